// Worker bootstrap for when the bundles cannot be used (bundles.mjs): registers tsx
// inside the worker thread, then loads the TypeScript module named in
// workerData.module. Plain JavaScript because nothing can load TypeScript before this
// runs: on Node 20 the hooks the main thread registered (bin/entente.js, or
// --import tsx) do not reach a worker's loader, and `new Worker(url, { execArgv:
// ['--import', 'tsx'] })` fails with ERR_UNKNOWN_FILE_EXTENSION ".ts".
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.module);
