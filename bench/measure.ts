// Timing helpers: wall-clock milliseconds, medians and percentiles.

export function timeMs(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/**
 * Milliseconds per call of `run`, repeating it until `minMs` have passed: a pass
 * of a few milliseconds alone is mostly timer and scheduler noise.
 */
export function msPerPass(run: () => void, minMs: number): number {
  let passes = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    run();
    passes++;
    elapsed = performance.now() - start;
  } while (elapsed < minMs);
  return elapsed / passes;
}

export function median(values: number[]): number {
  return percentile(values, 50);
}

/** Nearest-rank percentile (p in 0–100). */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

export function perSecond(count: number, ms: number): number {
  return ms > 0 ? (count * 1000) / ms : Number.POSITIVE_INFINITY;
}

/** Rounds for display and JSON: three significant figures are all a benchmark can claim. */
export function round(value: number): number {
  if (!Number.isFinite(value) || value === 0) return value;
  const digits = Math.max(0, 2 - Math.floor(Math.log10(Math.abs(value))));
  return Number(value.toFixed(Math.min(digits, 3)));
}
