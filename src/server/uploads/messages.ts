// What the server and its ingest worker say to each other.
import type { IngestEvent, IngestSummary } from '../../ingest/types.ts';

export interface IngestWorkerData {
  /** The TypeScript module ts-worker.mjs loads; null when the worker runs from its bundle. */
  module: string | null;
  /** The store location: the worker opens its own connection to it. */
  location: string;
  maxBytes: number;
}

export type ToWorker =
  /** `files` are in `folder`, a private one per upload: their path inside it is what the user named. */
  | { kind: 'ingest'; job: string; folder: string; files: string[] }
  | { kind: 'stop' };

export type FromWorker =
  | { kind: 'ready' }
  | { kind: 'event'; job: string; event: IngestEvent }
  | { kind: 'done'; job: string; summary: IngestSummary }
  | { kind: 'failed'; job: string; message: string };
