// Worker bootstrap: registers tsx inside the worker thread, then loads the TypeScript
// module named in workerData.module. Plain JavaScript because nothing can load
// TypeScript before this runs, and `new Worker(url, { execArgv: ['--import', 'tsx'] })`
// fails on Node 20 (ERR_UNKNOWN_FILE_EXTENSION ".ts": the hooks registered by
// --import do not reach a worker's loader). Same as bench/ts-worker.mjs.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.module);
