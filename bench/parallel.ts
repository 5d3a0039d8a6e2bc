// Extraction on every core: one worker thread per core, each analysing a share of
// the corpus. The figure is wall time from the common start signal until the last
// worker finishes, so an unbalanced split or a slow worker counts against it.
import { Worker } from 'node:worker_threads';
import type { Doc } from '../src/clean/doc.ts';
import type { ExtractWorkerData, ExtractWorkerMessage } from './extract-worker.ts';
import { median } from './measure.ts';

const BOOTSTRAP = new URL('../src/runtime/ts-worker.mjs', import.meta.url);
const WORKER_MODULE = new URL('./extract-worker.ts', import.meta.url).href;

export async function parallelExtractMs(docs: Doc[], workerCount: number, runs: number, warmupDocs: number): Promise<number> {
  // Round-robin so that every share has the same mix of article shapes.
  const shares = Array.from({ length: workerCount }, (_, w) => docs.filter((_, i) => i % workerCount === w));
  const workers = shares.map((share) => {
    const data: ExtractWorkerData = { module: WORKER_MODULE, docs: share, warmupDocs };
    return new Worker(BOOTSTRAP, { workerData: data });
  });
  try {
    await Promise.all(workers.map((w) => nextMessage(w)));
    const times: number[] = [];
    for (let run = 0; run < runs; run++) {
      const done = workers.map((w) => nextMessage(w));
      const start = performance.now();
      for (const w of workers) w.postMessage('go');
      await Promise.all(done);
      times.push(performance.now() - start);
    }
    return median(times);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

function nextMessage(worker: Worker): Promise<ExtractWorkerMessage> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: ExtractWorkerMessage) => {
      worker.off('error', onError);
      resolve(message);
    };
    const onError = (error: Error) => {
      worker.off('message', onMessage);
      reject(new Error(`extraction worker failed: ${error.message}`, { cause: error }));
    };
    worker.once('message', onMessage);
    worker.once('error', onError);
  });
}
