// The ingest worker: reads, extracts and stores uploaded files off the server's
// thread, so the API keeps answering while a large upload is analysed. It has its
// own connection to the store (SQLite in WAL mode lets the server read while it
// writes) and brings the resolution up to date after each job, so the server's next
// question finds the new actors resolved without doing that work itself.
import { parentPort, workerData } from 'node:worker_threads';
import { openStore, type Store } from '../../store/store.ts';
import { ingest } from '../../ingest/ingest.ts';
import { ensureResolution } from '../../graph/resolve/ensure.ts';
import type { FromWorker, IngestWorkerData, ToWorker } from './messages.ts';
import { uploadedSource } from './upload-checks.ts';
import { errorMessage } from '../../error-message.ts';

const data = workerData as IngestWorkerData;
const port = parentPort!;
const post = (message: FromWorker) => port.postMessage(message);
const controller = new AbortController();
let store: Store | null = null;
let queue: Promise<void> = Promise.resolve();

port.on('message', (message: ToWorker) => {
  if (message.kind === 'stop') {
    controller.abort();
    void queue.then(async () => {
      await store?.close();
      port.close();
    });
    return;
  }
  queue = queue.then(() => run(message.job, message.folder, message.files));
});

async function run(job: string, folder: string, files: string[]): Promise<void> {
  try {
    store ??= await openStore(data.location);
    const summary = await ingest(files, { maxBytes: data.maxBytes, countInputs: false, signal: controller.signal },
      storingUploadedNames(store, folder), (event) => post({ kind: 'event', job, event }));
    if (summary.new > 0) await ensureResolution(store);
    post({ kind: 'done', job, summary });
  } catch (error) {
    post({ kind: 'failed', job, message: errorMessage(error) });
  }
}

/**
 * The store as ingest sees it, but documents are stored with the name the user
 * uploaded as their source: the temporary folder they were read from is gone once
 * the job ends, and its path would tell the user nothing.
 */
function storingUploadedNames(target: Store, folder: string): Store {
  return {
    ...target,
    saveBatch: (items) => target.saveBatch(items.map((item) =>
      ({ ...item, doc: { ...item.doc, source: uploadedSource(folder, item.doc.source) } }))),
  };
}

post({ kind: 'ready' });
