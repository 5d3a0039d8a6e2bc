// A pool of extraction worker threads with a bounded queue. Each worker prepares
// (cleans) or analyses the documents it is sent, one after another; at most
// `capacity` documents are in the pool, and ready() makes the sender wait below that
// bound — the back-pressure that keeps memory flat however fast documents are read.
// Results come back as promises, which the sender consumes in its own order (ingest
// keeps input order).
//
// Documents are sent to the workers as soon as they come, not one at a time as each
// finishes: the calling thread also writes to the store, and while a batch is being
// written (SQLite writes block it for a tenth of a second) it cannot hand out work. A
// worker with documents queued goes on meanwhile instead of waiting for it.
//
// With a time limit, a document still being cleaned or analysed when it runs out is
// refused: its worker is ended (the only way to stop a thread mid-function) and
// replaced, like a worker that dies; the documents queued behind it go to the other
// workers. A worker that dies (out of memory on a huge document, an uncaught error)
// is replaced; the document it held is tried once more in a worker of its own without
// the heap cap, as is every very long document.
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { Doc } from '../../clean/doc.ts';
import type { RawDoc } from '../../read/raw-doc.ts';
import type { Extractor } from './extractor.ts';
import type { PackedAnalysis, Prepared } from './prepare.ts';
import type { WorkerReply, WorkerTask } from './extract-worker.ts';
import { workerScript } from '../../runtime/bundles.mjs';

/**
 * Documents per worker in the pool, all sent to it: enough to keep it busy through
 * the calling thread's longest pause (a batch written to SQLite: 50 documents at
 * about 2 ms each, while a worker does a document in about 3 ms, cleaning and
 * analysis together).
 */
export const PER_WORKER = 16;
/**
 * Each worker's heap is capped so that the pool's memory stays flat over a long run
 * (V8 otherwise lets every isolate's heap grow before collecting it). The cap is far
 * above what an article needs (a few MB); a document too big for it (analysis takes
 * about 100 bytes per byte of text) ends its worker, and is then tried in a worker
 * with V8's default heap, as large as the calling thread's.
 */
const RESOURCE_LIMITS: ResourceLimits = { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 256 };
const UNCAPPED: ResourceLimits = {};
/**
 * Characters of text above which a document goes straight to a worker of its own
 * without the cap: it would need over half the capped heap, where the worker spends
 * its time collecting garbage (5 MB of prose: 13 s of analysis instead of 9) or dies.
 */
const ALONE_ABOVE_CHARS = 1_500_000;
/** setTimeout fires at once for a delay past this (about 24 days): longer limits are this. */
const LONGEST_TIMER_MS = 2 ** 31 - 1;

/** A document given up on for running past the time limit; the message is the whole reason. */
export class DocumentRefused extends Error {}

export interface PoolOptions {
  capacity?: number;
  resourceLimits?: ResourceLimits;
  /** Milliseconds a worker may spend cleaning or analysing one document (none: no limit). */
  timeoutMs?: number;
}

type Task = WorkerTask & {
  resolve: (result: never) => void;
  reject: (error: Error) => void;
  /** Over ALONE_ABOVE_CHARS: done in a worker of its own. */
  long: boolean;
  /** Time workers have spent on it: a second try has only what is left of the limit. */
  spentMs: number;
};

/** How one task went in one worker. */
type Outcome =
  | { done: unknown }
  /** The worker answered with an error (analysis threw). */
  | { failed: string }
  | { died: string }
  | { late: true };

interface Slot {
  worker: Worker;
  /** Tasks sent to the worker and not answered yet, in the order it does them. */
  sent: Task[];
  /** When the first of `sent` became the one the worker is doing (as seen from here). */
  headSince: number;
  timer: NodeJS.Timeout | undefined;
  /** The worker is being ended because its first task ran out of time. */
  late: boolean;
  /** Its last 'error' event, reported when it exits. */
  error: string | null;
  /** Lent to a long document done in a worker of its own: nothing is sent to it meanwhile. */
  lent: boolean;
}

export class ExtractPool implements Extractor {
  private readonly slots: Slot[] = [];
  /** Workers started for one document each (see alone()). */
  private readonly loners = new Set<Worker>();
  /** Documents done alone go one at a time: each may take most of a gigabyte. */
  private aloneTurn: Promise<unknown> = Promise.resolve();
  private readonly waiting: Task[] = [];
  private readonly readyWaiters: (() => void)[] = [];
  private readonly perWorker: number;
  private inPool = 0;
  private nextId = 0;
  private closed = false;

  private constructor(
    readonly workers: number, readonly capacity: number,
    private readonly limits: ResourceLimits, private readonly timeoutMs: number | undefined,
  ) {
    this.perWorker = Math.ceil(capacity / workers);
  }

  /** Starts `workers` threads and resolves once every one has loaded the extractor. */
  static async start(workers: number, options: PoolOptions = {}): Promise<ExtractPool> {
    const capacity = options.capacity ?? workers * PER_WORKER;
    const pool = new ExtractPool(workers, Math.max(capacity, workers), options.resourceLimits ?? RESOURCE_LIMITS, options.timeoutMs);
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

  prepare(raw: RawDoc, options: { analyze?: boolean } = {}): Promise<Prepared> {
    return this.send<Prepared>((id) => ({ id, kind: 'prepare', raw, analyze: options.analyze === true }));
  }

  analyze(doc: Doc): Promise<PackedAnalysis> {
    return this.send<PackedAnalysis>((id) => ({ id, kind: 'analyze', doc }));
  }

  private send<T>(task: (id: number) => WorkerTask): Promise<T> {
    if (this.closed) return Promise.reject(new Error('the extraction pool is closed'));
    return new Promise<T>((resolve, reject) => {
      const message = task(this.nextId++);
      const long = textLength(message) > ALONE_ABOVE_CHARS; // a malformed document throws here, uncounted
      this.inPool++;
      this.waiting.push({ ...message, resolve: resolve as (result: never) => void, reject, long, spentMs: 0 });
      this.dispatch();
    });
  }

  ready(): Promise<void> {
    if (this.inPool < this.capacity || this.closed) return Promise.resolve();
    return new Promise((resolve) => this.readyWaiters.push(resolve));
  }

  /** Rejects what waits; a task under way is rejected when its worker ends. */
  async close(): Promise<void> {
    this.closed = true;
    const error = new Error('the extraction pool was closed');
    for (const task of this.waiting.splice(0)) task.reject(error);
    for (const wake of this.readyWaiters.splice(0)) wake();
    const workers = [...this.slots.splice(0).map((slot) => slot.worker), ...this.loners];
    await Promise.all(workers.map((worker) => worker.terminate()));
  }

  /** Starts one pool worker; when it ends (died, or ended for a late document), another takes its place. */
  private async spawn(): Promise<void> {
    const worker = startWorker(this.limits);
    await workerReady(worker);
    if (this.closed) {
      await worker.terminate();
      return;
    }
    const slot: Slot = { worker, sent: [], headSince: 0, timer: undefined, late: false, error: null, lent: false };
    worker.on('message', (reply: WorkerReply) => this.answered(slot, reply));
    worker.on('error', (error) => { slot.error = error.message; });
    worker.once('exit', (code) => {
      this.ended(slot, code);
      if (!this.closed) this.spawn().catch(() => this.failAll(`exit code ${code}`));
    });
    this.slots.push(slot);
    this.dispatch();
  }

  /** Sends waiting tasks, in order, to the workers with the fewest; a long one waits for an idle worker to lend. */
  private dispatch(): void {
    while (this.waiting.length > 0) {
      const task = this.waiting[0]!;
      const open = this.slots.filter((slot) => !slot.lent && !slot.late && slot.sent.length < (task.long ? 1 : this.perWorker));
      if (open.length === 0) return;
      this.waiting.shift();
      const slot = open.reduce((least, other) => (other.sent.length < least.sent.length ? other : least));
      if (task.long) void this.lend(slot, task);
      else this.post(slot, task);
    }
  }

  private post(slot: Slot, task: Task): void {
    try {
      slot.worker.postMessage(messageOf(task));
    } catch (e) {
      this.finish(task, { failed: `cannot be sent to a worker: ${(e as Error).message}` });
      return;
    }
    slot.sent.push(task);
    if (slot.sent.length === 1) this.startClock(slot);
  }

  /** The worker is now on its first task: its time starts (what is left of it, for a second try). */
  private startClock(slot: Slot): void {
    slot.headSince = performance.now();
    if (this.timeoutMs === undefined) return;
    const left = this.timeoutMs - slot.sent[0]!.spentMs;
    slot.timer = setTimeout(() => {
      slot.late = true;
      void slot.worker.terminate();
    }, Math.min(Math.max(left, 0), LONGEST_TIMER_MS));
  }

  /** Time the worker spent on its first task, counted to the task; the clock then moves to the next. */
  private stopClock(slot: Slot): Task {
    clearTimeout(slot.timer);
    slot.timer = undefined;
    const task = slot.sent.shift()!;
    task.spentMs += performance.now() - slot.headSince;
    return task;
  }

  private answered(slot: Slot, reply: WorkerReply): void {
    if (slot.late || slot.sent[0]?.id !== reply.id) return; // answered just as its time ran out
    const task = this.stopClock(slot);
    if (slot.sent.length > 0) this.startClock(slot);
    this.finish(task, reply.ok ? { done: reply.result } : { failed: reply.message });
    this.dispatch();
  }

  /**
   * The worker is gone: its first task ran out of time (refused) or was what it died
   * of (tried again alone); the tasks queued behind it go back to the front of the
   * queue for the other workers.
   */
  private ended(slot: Slot, code: number): void {
    this.drop(slot);
    if (slot.sent.length === 0) return;
    const task = this.stopClock(slot);
    if (this.closed) {
      for (const unfinished of [task, ...slot.sent.splice(0)]) this.finish(unfinished, { died: 'the extraction pool was closed' });
      return;
    }
    this.waiting.unshift(...slot.sent.splice(0));
    if (slot.late) this.finish(task, { late: true });
    else void this.alone(task, slot.error ?? `exit code ${code}`).then((outcome) => this.finish(task, outcome));
    this.dispatch();
  }

  /** A long document, done alone while this idle worker is kept free (its memory is the long one's). */
  private async lend(slot: Slot, task: Task): Promise<void> {
    slot.lent = true;
    const outcome = await this.alone(task);
    slot.lent = false;
    this.finish(task, outcome);
    this.dispatch();
  }

  /**
   * Does one task in a worker of its own with V8's default heap (as the calling
   * thread has), ended after it; `died` is why its first worker died, if it was tried.
   */
  private alone(task: Task, died?: string): Promise<Outcome> {
    const turn = this.aloneTurn.then(() => this.runAlone(task));
    this.aloneTurn = turn;
    return turn.then((outcome) => (died !== undefined && 'died' in outcome ? { died: `${died}, and again without a heap cap: ${outcome.died}` } : outcome));
  }

  /** Never rejects: a worker that does not start is a death. */
  private async runAlone(task: Task): Promise<Outcome> {
    if (this.closed) return { died: 'the extraction pool was closed' };
    const worker = startWorker(UNCAPPED);
    this.loners.add(worker);
    try {
      await workerReady(worker);
      const started = performance.now();
      const outcome = await runOn(worker, task, this.timeoutMs === undefined ? undefined : this.timeoutMs - task.spentMs);
      task.spentMs += performance.now() - started;
      return outcome;
    } catch (error) {
      return { died: (error as Error).message };
    } finally {
      this.loners.delete(worker);
      await worker.terminate();
    }
  }

  private finish(task: Task, outcome: Outcome): void {
    if (this.closed) task.reject(new Error('the extraction pool was closed'));
    else if ('done' in outcome) task.resolve(outcome.done as never);
    else if ('failed' in outcome) task.reject(new Error(outcome.failed));
    else if ('died' in outcome) task.reject(new Error(`extraction worker died (${outcome.died})`));
    else task.reject(new DocumentRefused(`${work(task)} took longer than ${this.timeoutMs! / 1000} s — refused; to allow it, ingest it with entente ingest --doc-timeout and more seconds`));
    this.inPool--;
    if (this.inPool < this.capacity) this.readyWaiters.shift()?.();
  }

  private drop(slot: Slot): void {
    const index = this.slots.indexOf(slot);
    if (index >= 0) this.slots.splice(index, 1);
  }

  /** No worker can be started any more: fail what waits rather than hang. */
  private failAll(reason: string): void {
    if (this.slots.length > 0) return;
    const error = new Error(`no extraction worker could be restarted: ${reason}`);
    for (const task of this.waiting.splice(0)) this.finish(task, { failed: error.message });
  }
}

function startWorker(resourceLimits: ResourceLimits): Worker {
  const { url, module } = workerScript('extract-worker');
  const worker = new Worker(url, { workerData: { module }, resourceLimits });
  // A worker's error (out of memory) is followed by its exit, which the pool (or
  // runOn()) acts on; unheard, the error would end this process.
  worker.on('error', () => {});
  return worker;
}

/** Resolves once the worker has loaded the extractor (its first message). */
function workerReady(worker: Worker): Promise<void> {
  return new Promise((started, failed) => {
    const early = (reason: string) => failed(new Error(`extraction worker did not start: ${reason}`));
    const onError = (error: Error) => early(error.message);
    const onExit = (code: number) => early(`exit code ${code}`);
    worker.on('error', onError).on('exit', onExit).once('message', () => {
      worker.off('error', onError).off('exit', onExit);
      started();
    });
  });
}

function work(task: WorkerTask): string {
  if (task.kind === 'analyze') return 'analysis';
  return task.analyze ? 'cleaning and analysis' : 'cleaning';
}

/** What the worker is sent: the task without what only this side keeps. */
function messageOf(task: Task): WorkerTask {
  const { resolve: _resolve, reject: _reject, long: _long, spentMs: _spentMs, ...message } = task;
  return message;
}

function textLength(task: WorkerTask): number {
  return task.kind === 'prepare' ? task.raw.text.length : task.doc.text.length;
}

/** Sends one task to a worker and waits for its answer, its death, or the end of its time (then ends it). */
function runOn(worker: Worker, task: Task, timeoutMs: number | undefined): Promise<Outcome> {
  return new Promise((settle) => {
    let error: string | null = null;
    const onError = (e: Error) => { error = e.message; };
    const onExit = (code: number) => end({ died: error ?? `exit code ${code}` });
    const onMessage = (reply: WorkerReply) => {
      if (reply.id === task.id) end(reply.ok ? { done: reply.result } : { failed: reply.message });
    };
    const timer = timeoutMs === undefined ? undefined : setTimeout(() => {
      end({ late: true });
      void worker.terminate();
    }, Math.min(Math.max(timeoutMs, 0), LONGEST_TIMER_MS));
    const end = (outcome: Outcome) => {
      clearTimeout(timer);
      worker.off('error', onError).off('exit', onExit).off('message', onMessage);
      settle(outcome);
    };
    worker.on('error', onError).on('exit', onExit).on('message', onMessage);
    try {
      worker.postMessage(messageOf(task));
    } catch (e) {
      end({ failed: `cannot be sent to a worker: ${(e as Error).message}` });
    }
  });
}
