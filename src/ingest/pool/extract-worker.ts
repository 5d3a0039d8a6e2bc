// One worker thread of the pool: prepares (cleans and fingerprints) or analyses each
// document it is sent, or both, and posts the result back; when analysis throws, the error
// message (one document's engine bug must not end the worker, nor the run).
import { parentPort } from 'node:worker_threads';
import type { Doc } from '../../clean/doc.ts';
import type { RawDoc } from '../../read/raw-doc.ts';
import { analyze } from '../../extract/index.ts';
import { packAnalysis, prepare, prepareAndAnalyze, type PackedAnalysis, type Prepared } from './prepare.ts';
import { errorMessage } from '../../error-message.ts';

export type WorkerTask =
  | { id: number; kind: 'prepare'; raw: RawDoc; analyze: boolean }
  | { id: number; kind: 'analyze'; doc: Doc };

export type WorkerReply =
  | { id: number; ok: true; result: Prepared | PackedAnalysis }
  | { id: number; ok: false; message: string };

const WARM_UP: RawDoc = {
  source: 'warm-up', meta: { published: '2020-01-06' },
  text: 'Iran pledged $10 million to Hamas on Monday, officials said.\n\nQatar hosted talks between Chad and Sudan in Doha.',
};

const port = parentPort;
if (port === null) throw new Error('extract-worker.ts runs in a worker thread (see extract-pool.ts)');

port.on('message', (task: WorkerTask) => {
  let reply: WorkerReply;
  try {
    reply = { id: task.id, ok: true, result: run(task) };
  } catch (error) {
    reply = { id: task.id, ok: false, message: errorMessage(error) };
  }
  port.postMessage(reply);
});
// A first document loads the lexicons and compiles the engine (about 0.2 s): done here, before
// the worker says it is ready, so that no document's time limit pays for it.
prepareAndAnalyze(WARM_UP);
port.postMessage({ ready: true });

function run(task: WorkerTask): Prepared | PackedAnalysis {
  if (task.kind === 'analyze') return packAnalysis(analyze(task.doc));
  return task.analyze ? prepareAndAnalyze(task.raw) : prepare(task.raw);
}
