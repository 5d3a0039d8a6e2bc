// A pool of extraction worker threads with a bounded queue. Each worker prepares
// (cleans) or analyses one document at a time; at most `capacity` documents are in the pool (running or
// waiting), and ready() makes the sender wait below that bound — the back-pressure
// that keeps memory flat however fast documents are read. Results come back as
// promises, which the sender consumes in its own order (ingest keeps input order).
//
// A worker that dies (out of memory on a huge document, an uncaught error) is
// replaced; the document it held is done again in the calling thread, once.
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { Doc } from '../../clean/doc.ts';
import type { Analysis } from '../../extract/index.ts';
import type { RawDoc } from '../../read/raw-doc.ts';
import type { Extractor } from './extractor.ts';
import type { Prepared } from './prepare.ts';
import type { WorkerReply, WorkerTask } from './extract-worker.ts';

const ENTRY = new URL('./worker-entry.mjs', import.meta.url);
const MODULE = new URL('./extract-worker.ts', import.meta.url).href;
/** Documents per worker in the pool: one running, one waiting so no worker idles between two. */
const PER_WORKER = 4;
/**
 * Each worker's heap is capped so that the pool's memory stays flat over a long run
 * (V8 otherwise lets every isolate's heap grow before collecting it). The cap is far
 * above what an article needs (a few MB); a document too big for it (analysis takes
 * about 100 bytes per byte of text) ends its worker, and is then done in the calling
 * thread, which has no such cap.
 */
const RESOURCE_LIMITS: ResourceLimits = { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 256 };

type Task = WorkerTask & {
  resolve: (result: never) => void;
  reject: (error: Error) => void;
};

interface Slot {
  worker: Worker;
  task: Task | null;
}

export class ExtractPool implements Extractor {
  private readonly slots: Slot[] = [];
  private readonly waiting: Task[] = [];
  private readonly readyWaiters: (() => void)[] = [];
  private inPool = 0;
  private nextId = 0;
  private closed = false;

  private constructor(readonly workers: number, readonly capacity: number, private readonly limits: ResourceLimits) {}

  /** Starts `workers` threads and resolves once every one has loaded the extractor. */
  static async start(workers: number, options: { capacity?: number; resourceLimits?: ResourceLimits } = {}): Promise<ExtractPool> {
    const capacity = options.capacity ?? workers * PER_WORKER;
    const pool = new ExtractPool(workers, Math.max(capacity, workers), options.resourceLimits ?? RESOURCE_LIMITS);
    try {
      await Promise.all(Array.from({ length: workers }, () => pool.spawn()));
    } catch (error) {
      await pool.close();
      throw error;
    }
    return pool;
  }

  /** Documents sent and not yet answered. */
  get pending(): number {
    return this.inPool;
  }

  prepare(raw: RawDoc): Promise<Prepared> {
    return this.send<Prepared>((id) => ({ id, kind: 'prepare', raw }));
  }

  analyze(doc: Doc): Promise<Analysis> {
    return this.send<Analysis>((id) => ({ id, kind: 'analyze', doc }));
  }

  private send<T>(task: (id: number) => WorkerTask): Promise<T> {
    if (this.closed) return Promise.reject(new Error('the extraction pool is closed'));
    return new Promise<T>((resolve, reject) => {
      this.inPool++;
      this.waiting.push({ ...task(this.nextId++), resolve: resolve as (result: never) => void, reject });
      this.dispatch();
    });
  }

  ready(): Promise<void> {
    if (this.inPool < this.capacity || this.closed) return Promise.resolve();
    return new Promise((resolve) => this.readyWaiters.push(resolve));
  }

  async close(): Promise<void> {
    this.closed = true;
    const error = new Error('the extraction pool was closed');
    for (const task of this.waiting.splice(0)) task.reject(error);
    for (const slot of this.slots) slot.task?.reject(error);
    for (const wake of this.readyWaiters.splice(0)) wake();
    await Promise.all(this.slots.splice(0).map((slot) => slot.worker.terminate()));
  }

  private spawn(): Promise<void> {
    const worker = new Worker(ENTRY, { workerData: { module: MODULE }, resourceLimits: this.limits });
    const slot: Slot = { worker, task: null };
    return new Promise((started, failed) => {
      let ready = false;
      worker.on('message', (message: WorkerReply | { ready: true }) => {
        if ('ready' in message) {
          ready = true;
          this.slots.push(slot);
          started();
          this.dispatch();
          return;
        }
        const task = slot.task;
        slot.task = null;
        if (task !== null && task.id === message.id) {
          if (message.ok) task.resolve(message.result as never);
          else task.reject(new Error(message.message));
          this.settled();
        }
        this.dispatch();
      });
      const died = (reason: string) => {
        const index = this.slots.indexOf(slot);
        if (index >= 0) this.slots.splice(index, 1);
        if (!ready) return failed(new Error(`extraction worker did not start: ${reason}`));
        const task = slot.task;
        slot.task = null;
        if (task !== null) {
          runHere(task).then(task.resolve as (result: unknown) => void, (error: Error) =>
            task.reject(new Error(`extraction worker died (${reason}), and in this thread: ${error.message}`)))
            .finally(() => this.settled());
        }
        if (!this.closed) this.spawn().catch(() => this.failAll(reason));
      };
      worker.on('error', (error) => died(error.message));
      worker.on('exit', (code) => {
        if (this.slots.includes(slot) || !ready) died(`exit code ${code}`);
      });
    });
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.task !== null) continue;
      const task = this.waiting.shift();
      if (task === undefined) return;
      slot.task = task;
      const { resolve: _resolve, reject: _reject, ...message } = task;
      slot.worker.postMessage(message satisfies WorkerTask);
    }
  }

  private settled(): void {
    this.inPool--;
    if (this.inPool < this.capacity) this.readyWaiters.shift()?.();
  }

  /** No worker can be started any more: fail what waits rather than hang. */
  private failAll(reason: string): void {
    if (this.slots.length > 0) return;
    const error = new Error(`no extraction worker could be restarted: ${reason}`);
    for (const task of this.waiting.splice(0)) {
      task.reject(error);
      this.settled();
    }
  }
}

/** A task done in the calling thread instead (its worker died): modules loaded on first need. */
async function runHere(task: WorkerTask): Promise<unknown> {
  if (task.kind === 'prepare') return (await import('./prepare.ts')).prepare(task.raw);
  return (await import('../../extract/index.ts')).analyze(task.doc);
}
