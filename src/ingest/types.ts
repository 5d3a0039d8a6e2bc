// What ingest() takes, tells while it runs, and returns.

export interface IngestOptions {
  /** Inputs larger than this are refused (default: the readers' DEFAULT_MAX_BYTES). */
  maxBytes?: number;
  /** Documents per transaction (default 50). */
  batchSize?: number;
  /** SimHash bits within which a document counts as a copy of another (default 3). */
  maxDistance?: number;
  /** When aborted: stop reading inputs, commit the batch in hand, return the summary. */
  signal?: AbortSignal;
  /** Count the inputs first so that progress can show a total (default true; never for stdin). */
  countInputs?: boolean;
  /**
   * Threads cleaning and analysing documents (default: one per core); with 1, only
   * long documents leave the calling thread (for one worker thread, so that their
   * time limit can be enforced).
   */
  workers?: number;
  /**
   * Milliseconds a worker may spend cleaning, or analysing, one document (default
   * 15 s); a document past it is reported as a failure and not stored.
   */
  docTimeoutMs?: number;
}

export type IngestEvent =
  /** Inputs to expect; null when unknown (standard input, or not counted). */
  | { kind: 'start'; totalInputs: number | null }
  /** An input or a record that could not be stored; the rest goes on. */
  | { kind: 'failure'; source: string; reason: string }
  /** Something a user may want to know that is not a failure. */
  | { kind: 'notice'; source: string; message: string }
  | { kind: 'progress'; inputsDone: number; totalInputs: number | null; documents: number }
  /** A batch is committed: `documents` more are safely stored. */
  | { kind: 'committed'; documents: number };

export interface IngestSummary {
  /** Everything met: new + unchanged + duplicate + failed. */
  documents: number;
  /** Stored by this run, including documents stored without extraction (not English). */
  new: number;
  /** Already stored (same cleaned text), left untouched. */
  unchanged: number;
  /** Stored as a near copy of another document, without facts of its own. */
  duplicate: number;
  failed: number;
  /** New documents stored without extraction because of their language. */
  notAnalyzed: number;
  events: number;
  relations: number;
  elapsedMs: number;
  /** True when the run stopped early on a signal. */
  interrupted: boolean;
}

export const DEFAULT_BATCH_SIZE = 50;
/** Far beyond what an article takes (5 MB of prose on one line is analysed in 5 to 10 s). */
export const DEFAULT_DOC_TIMEOUT_MS = 15_000;
/** A few bits of 64: an edited headline or a changed byline, not another story. */
export const DEFAULT_MAX_DISTANCE = 3;
