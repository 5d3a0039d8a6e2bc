// Worker bootstrap: registers tsx inside the worker, then loads the TypeScript
// module named in workerData.module. Plain JavaScript because nothing can load
// TypeScript before this runs.
//
// Why not `new Worker(url, { execArgv: ['--import', 'tsx'] })`: on Node 20.20 the
// worker then fails with ERR_UNKNOWN_FILE_EXTENSION ".ts" (the hooks registered by
// --import do not reach the worker's loader); registering here works on Node 20.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.module);
