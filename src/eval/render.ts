// Terminal and JSON renderings of a report. The totals come last so that
// `entente eval … | tail -n 12` shows every headline figure.
import type { GoldItem } from './gold.ts';
import type { Prediction } from './match.ts';
import type { DocResult, Figures, Report } from './report.ts';

const num = (x: number | null, digits = 3): string => (x === null ? 'n/a' : x.toFixed(digits));

function table(header: string[], rows: string[][]): string[] {
  const all = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...all.map((r) => (r[c] ?? '').length)));
  // First column (a name) left-aligned, figures right-aligned.
  return all.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ').trimEnd());
}

const ratios = (f: Figures): string[] => [num(f.recall, 2), num(f.precision, 2), num(f.f1, 2)];

const clip = (text: string, max: number): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

const goldNames = (names: string[] | null): string =>
  names === null ? '(any)' : names.length > 1 ? `${names[0]} (+${names.length - 1})` : (names[0] ?? '');

export function describeGold(g: GoldItem): string {
  return `${g.type.join('|')} ${goldNames(g.source)} → ${goldNames(g.target)}  "${clip(g.evidence, 90)}"  (line ${g.line})`;
}

export function describePrediction(p: Prediction): string {
  return `${p.type} ${p.source} → ${p.target ?? '(none)'}  @${p.evidence.start} "${clip(p.evidence.text, 60)}"`;
}

/** Per document: every missed gold item and every unmatched prediction. */
export function renderMisses(results: readonly DocResult[]): string[] {
  const lines: string[] = [];
  for (const r of results) {
    const matchedGold = new Set(r.pairs.map((p) => p.gold));
    const matchedPred = new Set(r.pairs.map((p) => p.prediction));
    lines.push(`== ${r.doc}`);
    for (const d of r.diagnostics) lines.push(`  note    ${d}`);
    r.gold.forEach((g, i) => { if (!matchedGold.has(i)) lines.push(`  missed  ${g.kind} ${describeGold(g)}`); });
    r.predictions.forEach((p, j) => { if (!matchedPred.has(j)) lines.push(`  extra   ${p.kind} ${describePrediction(p)}`); });
    // Matched, but with the wrong date or amount: what analysts would see as a wrong fact.
    for (const pair of r.pairs) {
      const g = r.gold[pair.gold]!;
      const p = r.predictions[pair.prediction]!;
      if (g.date && !pair.dateCorrect) lines.push(`  date    ${describeGold(g)}: gold ${g.date}, predicted ${p.date ?? 'none'}`);
      if (g.amount && !pair.amountCorrect) lines.push(`  amount  ${describeGold(g)}: gold ${g.amount.value}/${g.amount.per ?? '-'}, predicted ${p.amount ? `${p.amount.value}/${p.amount.per ?? '-'}` : 'none'}`);
    }
    lines.push('');
  }
  return lines;
}

export function renderText(report: Report): string[] {
  const t = report.totals;
  const docRows = report.documents.map((d) => [
    d.doc, String(d.gold), String(d.predicted), String(d.matchedGold), ...ratios(d), num(d.coreRecall, 2), num(d.dateAccuracy, 2), num(d.amountAccuracy, 2), num(d.verbatimRate, 2),
  ]);
  // Per type the two sides of a match can differ (a SUPPORT prediction matching a gold
  // COOPERATE item), so matched gold items and matched predictions get their own columns.
  const typeRows = report.types.map((x) => [
    x.type, String(x.gold), String(x.matchedGold), String(x.predicted), String(x.matchedPredicted), ...ratios(x),
  ]);
  return [
    ...table(['document', 'gold', 'pred', 'match', 'recall', 'prec', 'F1', 'core', 'date', 'amount', 'verbatim'], docRows), '',
    ...table(['type', 'gold', 'found', 'pred', 'right', 'recall', 'prec', 'F1'], typeRows),
    'found: gold items matched, under their first type; right: predictions matched, under their own type', '',
    `Totals over ${report.documents.length} document(s)`,
    `  gold ${t.gold}, predicted ${t.predicted}, matched ${t.matchedGold}`,
    `  recall             ${num(t.recall)}  (${t.matchedGold}/${t.gold})`,
    `  precision          ${num(t.precision)}  (${t.matchedPredicted}/${t.predicted})`,
    `  F1                 ${num(t.f1)}`,
    `  core recall        ${num(t.coreRecall)}  (${t.coreMatched}/${t.coreGold})`,
    `  date accuracy      ${num(t.dateAccuracy)}  (${t.dateCorrect}/${t.dated} matched items with a gold date)`,
    `  amount accuracy    ${num(t.amountAccuracy)}  (${t.amountCorrect}/${t.withAmount} matched items with a gold amount)`,
    `  evidence verbatim  ${num(t.verbatimRate)}  (${t.verbatim}/${t.predicted} predictions)`,
  ];
}

const round = (x: number | null): number | null => (x === null ? null : Math.round(x * 10000) / 10000);

function roundFigures<T extends Figures>(f: T): T {
  const out = { ...f };
  for (const k of ['recall', 'precision', 'f1', 'coreRecall', 'dateAccuracy', 'amountAccuracy', 'verbatimRate'] as const) {
    out[k] = round(f[k]);
  }
  return out;
}

/** One JSON object; with `results`, each document also lists its misses. */
export function renderJson(report: Report, results?: readonly DocResult[]): string {
  const documents = report.documents.map((d, i) => {
    const r = results?.[i];
    if (!r) return roundFigures(d);
    const matchedGold = new Set(r.pairs.map((p) => p.gold));
    const matchedPred = new Set(r.pairs.map((p) => p.prediction));
    return {
      ...roundFigures(d),
      diagnostics: r.diagnostics,
      missed: r.gold.filter((_, k) => !matchedGold.has(k)),
      unmatched: r.predictions.filter((_, k) => !matchedPred.has(k)).map(({ sourceKeys: _s, targetKeys: _t, ...p }) => p),
    };
  });
  return JSON.stringify({ totals: roundFigures(report.totals), documents, types: report.types.map(roundFigures) });
}
