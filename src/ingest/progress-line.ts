// A one-line progress display for a terminal, redrawn in place with "\r":
// "[#######-------------] 12/31 inputs · 240 documents · 85 docs/s · ETA 3 s".
// Other messages are printed above it without leaving half-drawn lines behind.
import { formatSeconds } from './format-summary.ts';

export interface ProgressState {
  inputsDone: number;
  totalInputs: number | null;
  documents: number;
}

const REDRAW_MS = 100;
const BAR_WIDTH = 20;
const CLEAR = '\r\x1b[K';

export class ProgressLine {
  private readonly started: number;
  private lastDraw = -Infinity;
  private state: ProgressState | null = null;

  constructor(private readonly stream: NodeJS.WriteStream, private readonly now = () => performance.now()) {
    this.started = now();
  }

  update(state: ProgressState): void {
    this.state = state;
    // Redrawing on every document would cost more than the work it reports.
    if (this.now() - this.lastDraw < REDRAW_MS) return;
    this.draw();
  }

  /** Prints a whole line (an error, a notice) and puts the progress back under it. */
  println(text: string): void {
    this.stream.write(`${CLEAR}${text}\n`);
    if (this.state !== null) this.draw();
  }

  /** Removes the progress line for good. */
  done(): void {
    if (this.state !== null) this.stream.write(CLEAR);
    this.state = null;
  }

  private draw(): void {
    if (this.state === null) return;
    this.lastDraw = this.now();
    const line = renderProgress(this.state, this.lastDraw - this.started);
    this.stream.write(CLEAR + line.slice(0, Math.max(10, (this.stream.columns || 80) - 1)));
  }
}

export function renderProgress({ inputsDone, totalInputs, documents }: ProgressState, elapsedMs: number): string {
  const seconds = elapsedMs / 1000;
  const parts: string[] = [];
  if (totalInputs !== null && totalInputs > 0) {
    const fraction = Math.min(1, inputsDone / totalInputs);
    const filled = Math.round(fraction * BAR_WIDTH);
    parts.push(`[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${inputsDone}/${totalInputs} inputs`);
  }
  parts.push(`${documents} document${documents === 1 ? '' : 's'}`);
  if (seconds >= 0.5) parts.push(`${Math.round(documents / seconds)} docs/s`);
  if (totalInputs !== null && inputsDone > 0 && inputsDone < totalInputs && seconds >= 1) {
    parts.push(`ETA ${formatSeconds((elapsedMs * (totalInputs - inputsDone)) / inputsDone)}`);
  }
  return parts.join(' · ');
}
