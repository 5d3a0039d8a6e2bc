// Where ingest sends each document to be cleaned and then analysed: the calling
// thread, or a pool of worker threads (extract-pool.ts). Both answer with promises,
// so ingest is written once; results are the same, as cleaning and analyze() are
// pure functions of the document.
import type { Doc } from '../../clean/doc.ts';
import type { RawDoc } from '../../read/raw-doc.ts';
import { analyze } from '../../extract/index.ts';
import { ExtractPool } from './extract-pool.ts';
import { prepare, type PackedAnalysis, type Prepared } from './prepare.ts';

export interface Extractor {
  /** Threads analysing documents. */
  readonly workers: number;
  /**
   * Cleans a read document and fingerprints its text; with `analyze`, a pool also
   * analyses it in the same trip when its language allows (Prepared.ahead; done in
   * this thread, the analysis is left to analyze()). A bad document is a failed
   * Prepared; a rejection is the work given up on (DocumentRefused: past the time limit).
   */
  prepare(raw: RawDoc, options?: { analyze?: boolean }): Promise<Prepared>;
  /** Rejects when analysis throws, or runs past the time limit (DocumentRefused). */
  analyze(doc: Doc): Promise<PackedAnalysis>;
  /** Resolves once another document may be sent without exceeding the queue bound. */
  ready(): Promise<void>;
  close(): Promise<void>;
}

/** Documents seen before the pool is started. */
const START_POOL_AFTER = 8;
/**
 * Characters of text above which a document is cleaned and analysed in a worker
 * only: a worker can be ended when the document runs past its time limit, the
 * calling thread cannot be stopped mid-function. Below this, a document takes well
 * under a second (analysis runs at about 1 MB/s), so it may be done in the calling
 * thread, untimed.
 */
const INLINE_MAX_CHARS = 100_000;

/**
 * Up to `workers` threads. The pool is started once a run has shown it has more
 * than a handful of documents (a run of a few never pays for starting threads), and
 * documents are done in the calling thread until it is up — except long ones, which
 * wait for it. With one worker, only a long document starts it.
 * `timeoutMs` is how long a worker may spend on one document (see extract-pool.ts).
 */
export async function createExtractor(workers: number, options: { timeoutMs?: number } = {}): Promise<Extractor> {
  if (!Number.isInteger(workers) || workers < 1) throw new Error(`workers must be a whole number ≥ 1, got ${workers}`);
  const { timeoutMs } = options;
  if (timeoutMs !== undefined && !(timeoutMs > 0)) throw new Error(`the time limit must be above 0 ms, got ${timeoutMs}`);
  return lazyPool(workers, timeoutMs);
}

/** Analyses in the calling thread, synchronously: the promise is settled when returned. */
function inlineExtractor(): Extractor {
  return {
    workers: 1,
    prepare: (raw) => Promise.resolve(prepare(raw)),
    analyze(doc) {
      try {
        return Promise.resolve({ analysis: analyze(doc) });
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
    },
    ready: () => Promise.resolve(),
    close: () => Promise.resolve(),
  };
}

function lazyPool(workers: number, timeoutMs: number | undefined): Extractor {
  const inline = inlineExtractor();
  // One worker thread would only take the calling thread's place: not worth starting for short documents.
  const startAfter = workers === 1 ? Infinity : START_POOL_AFTER;
  let seen = 0;
  let starting: Promise<ExtractPool | null> | null = null;
  let pool: ExtractPool | null = null;
  let closed = false;
  const start = () => {
    starting ??= ExtractPool.start(workers, { timeoutMs }).then(
      async (started) => {
        if (closed) {
          await started.close();
          return null;
        }
        pool = started;
        return started;
      },
      // No worker threads (a locked-down runtime): the calling thread does the work, untimed.
      () => null,
    );
    return starting;
  };
  /** The pool once it is up; a long document waits for it (and is dropped if the run ends meanwhile). */
  const place = async (chars: number): Promise<Extractor> => {
    if (pool === null && chars > INLINE_MAX_CHARS) await start();
    if (closed) throw new Error('the extraction pool was closed');
    return pool ?? inline;
  };
  return {
    workers,
    async prepare(raw, options) {
      if (++seen > startAfter) void start();
      return (await place(raw.text.length)).prepare(raw, options);
    },
    analyze: async (doc) => (await place(doc.text.length)).analyze(doc),
    ready: () => (pool ?? inline).ready(),
    async close() {
      closed = true;
      await pool?.close();
      await starting;
    },
  };
}
