// Runs ingest() for a person at a terminal: failures and notices on stderr, a
// progress line when stderr is a terminal, and Ctrl-C that stops cleanly (the
// batch in hand is committed) while a second Ctrl-C stops at once. Either way
// the database holds whole batches only: each is one transaction.
import type { Store } from '../store/store.ts';
import { ingest } from './ingest.ts';
import { failureLine } from '../read/failure-line.ts';
import { ProgressLine } from './progress-line.ts';
import type { IngestOptions, IngestSummary } from './types.ts';

export interface TerminalOptions extends Pick<IngestOptions, 'maxBytes' | 'batchSize' | 'workers' | 'docTimeoutMs'> {
  /** Print nothing but failures. */
  quiet?: boolean;
}

export interface TerminalResult {
  summary: IngestSummary;
  /** 0 all processed, 1 some input failed, 128 + signal number when interrupted. */
  exitCode: number;
}

const SIGNAL_EXIT: Record<string, number> = { SIGINT: 130, SIGTERM: 143 };

export async function ingestInTerminal(args: string[], store: Store, options: TerminalOptions): Promise<TerminalResult> {
  const progress = !options.quiet && process.stderr.isTTY ? new ProgressLine(process.stderr) : null;
  const say = (line: string) => (progress ? progress.println(line) : process.stderr.write(`${line}\n`));
  const controller = new AbortController();
  let caught: NodeJS.Signals | null = null;
  const onSignal = (signal: NodeJS.Signals) => {
    if (caught !== null) process.exit(SIGNAL_EXIT[signal] ?? 130);
    caught = signal;
    controller.abort();
    if (!options.quiet) say('entente: interrupted — saving the documents read so far (press Ctrl-C again to stop at once)');
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    // Counting the inputs first only pays when there is a progress line to show the total.
    const ingestOptions = { ...options, signal: controller.signal, countInputs: progress !== null };
    const summary = await ingest(args, ingestOptions, store, (event) => {
      if (event.kind === 'failure') say(failureLine(event.source, event.reason));
      else if (event.kind === 'notice' && !options.quiet) say(failureLine(event.source, event.message));
      else if (event.kind === 'progress') progress?.update(event);
    });
    const exitCode = caught !== null ? (SIGNAL_EXIT[caught] ?? 130) : summary.failed > 0 ? 1 : 0;
    return { summary, exitCode };
  } finally {
    progress?.done();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
