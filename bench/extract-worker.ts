// One extraction worker of the all-cores benchmark: warms up on its share, says
// it is ready, and on each "go" analyses its whole share and reports the time.
// Warming up before the start signal keeps module loading and JIT out of the figure.
import { parentPort, workerData } from 'node:worker_threads';
import type { Doc } from '../src/clean/doc.ts';
import { analyze } from '../src/extract/index.ts';
import { timeMs } from './measure.ts';

export interface ExtractWorkerData {
  module: string;
  docs: Doc[];
  warmupDocs: number;
}

export type ExtractWorkerMessage = { kind: 'ready' } | { kind: 'done'; ms: number };

const port = parentPort;
if (port === null) throw new Error('extract-worker.ts must run in a worker thread (see bench/run.ts)');
const { docs, warmupDocs } = workerData as ExtractWorkerData;

for (let i = 0; i < warmupDocs; i++) analyze(docs[i % docs.length]!);
port.postMessage({ kind: 'ready' } satisfies ExtractWorkerMessage);
// The only message is 'go'; the parent terminates the worker when it is done.
port.on('message', () => {
  const ms = timeMs(() => {
    for (const doc of docs) analyze(doc);
  });
  port.postMessage({ kind: 'done', ms } satisfies ExtractWorkerMessage);
});
