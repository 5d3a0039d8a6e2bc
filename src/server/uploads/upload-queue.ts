// Uploaded files waiting to be ingested, and the jobs a client polls for progress.
// One worker thread does the ingesting, one job at a time: SQLite has one writer,
// and a queue keeps the order in which files were dropped.
import { Worker } from 'node:worker_threads';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IngestSummary } from '../../ingest/types.ts';
import { HttpError } from '../http.ts';
import { uploadedSource } from './upload-checks.ts';
import type { FromWorker, IngestWorkerData, ToWorker } from './messages.ts';
import { workerScript } from '../../runtime/bundles.mjs';

export type JobState = 'queued' | 'running' | 'done' | 'failed';

export interface UploadJob {
  id: string;
  name: string;
  bytes: number;
  state: JobState;
  createdAt: string;
  finishedAt: string | null;
  /** Documents read so far (a JSONL or feed file holds many). */
  documents: number;
  failures: { source: string; reason: string }[];
  notices: { source: string; message: string }[];
  summary: IngestSummary | null;
  error: string | null;
}

const KEEP_JOBS = 200;
const NOTES_PER_JOB = 100;

export class UploadQueue {
  private readonly jobs = new Map<string, UploadJob>();
  private readonly folders = new Map<string, string>();
  private readonly waiting: string[] = [];
  private worker: Worker | null = null;
  private current: string | null = null;

  constructor(
    private readonly location: string,
    private readonly maxBytes: number,
    private readonly maxQueued: number,
    private readonly onStored: () => void,
  ) {}

  get busy(): boolean {
    return this.current !== null || this.waiting.length > 0;
  }

  list(): UploadJob[] {
    return [...this.jobs.values()].reverse();
  }

  get(id: string): UploadJob | undefined {
    return this.jobs.get(id);
  }

  async add(name: string, bytes: Buffer): Promise<UploadJob> {
    if (this.waiting.length >= this.maxQueued) {
      throw new HttpError(503, 'queue_full', `${this.waiting.length} uploads are already waiting — try again when they are done`, {}, { 'Retry-After': '10' });
    }
    // A private folder per upload: the name is the user's, the place is ours.
    const folder = await mkdtemp(join(tmpdir(), 'entente-upload-'));
    await writeFile(join(folder, name), bytes, { mode: 0o600 });
    const job: UploadJob = {
      id: randomUUID(), name, bytes: bytes.length, state: 'queued', createdAt: new Date().toISOString(), finishedAt: null,
      documents: 0, failures: [], notices: [], summary: null, error: null,
    };
    this.jobs.set(job.id, job);
    this.folders.set(job.id, folder);
    this.waiting.push(job.id);
    this.forgetOld();
    this.next();
    return job;
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    this.waiting.length = 0;
    if (worker) {
      // Let a batch in hand commit (each is one transaction), then stop.
      const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
      worker.postMessage({ kind: 'stop' } satisfies ToWorker);
      const timer = setTimeout(() => void worker.terminate(), 5_000);
      await exited;
      clearTimeout(timer);
    }
    await Promise.all([...this.folders.values()].map((folder) => rm(folder, { recursive: true, force: true })));
  }

  private next(): void {
    if (this.current !== null) return;
    const id = this.waiting.shift();
    if (id === undefined) return;
    const job = this.jobs.get(id)!;
    this.current = id;
    job.state = 'running';
    const folder = this.folders.get(id)!;
    this.ensureWorker().postMessage({ kind: 'ingest', job: id, folder, files: [join(folder, job.name)] } satisfies ToWorker);
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const { url, module } = workerScript('ingest-worker');
    const data: IngestWorkerData = { module, location: this.location, maxBytes: this.maxBytes };
    const worker = new Worker(url, { workerData: data });
    worker.on('message', (message: FromWorker) => this.onMessage(message));
    worker.on('error', (error) => this.onCrash(error));
    worker.on('exit', () => {
      if (this.worker === worker) this.worker = null;
    });
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private onMessage(message: FromWorker): void {
    if (message.kind === 'ready') return;
    const job = this.jobs.get(message.job);
    if (!job) return;
    const shown = (source: string) => this.shownSource(message.job, source);
    if (message.kind === 'event') {
      const { event } = message;
      if (event.kind === 'failure' && job.failures.length < NOTES_PER_JOB) job.failures.push({ source: shown(event.source), reason: event.reason });
      else if (event.kind === 'notice' && job.notices.length < NOTES_PER_JOB) job.notices.push({ source: shown(event.source), message: event.message });
      else if (event.kind === 'progress') job.documents = event.documents;
      return;
    }
    if (message.kind === 'done') {
      job.summary = message.summary;
      job.state = message.summary.failed > 0 && message.summary.new + message.summary.unchanged + message.summary.duplicate === 0 ? 'failed' : 'done';
      if (job.state === 'failed') job.error = job.failures[0]?.reason ?? 'nothing could be read';
    } else {
      job.state = 'failed';
      job.error = message.message;
    }
    this.finish(job);
    if (message.kind === 'done' && message.summary.new > 0) this.onStored();
  }

  private onCrash(error: Error): void {
    this.worker = null;
    const job = this.current === null ? undefined : this.jobs.get(this.current);
    if (job) {
      job.state = 'failed';
      job.error = `the ingest worker stopped: ${error.message}`;
      this.finish(job);
    }
  }

  private finish(job: UploadJob): void {
    job.finishedAt = new Date().toISOString();
    const folder = this.folders.get(job.id);
    this.folders.delete(job.id);
    if (folder) void rm(folder, { recursive: true, force: true });
    if (this.current === job.id) this.current = null;
    this.next();
  }

  /** The temporary path the worker read becomes the name the user dropped. */
  private shownSource(id: string, source: string): string {
    const folder = this.folders.get(id);
    return folder === undefined ? source : uploadedSource(folder, source);
  }

  private forgetOld(): void {
    for (const [id, job] of this.jobs) {
      if (this.jobs.size <= KEEP_JOBS) break;
      if (job.state === 'done' || job.state === 'failed') this.jobs.delete(id);
    }
  }
}
