// How much faster this machine runs pure arithmetic on all its cores than on one,
// right now. On a shared or throttled VM two "cores" can give far less than 2×;
// the extraction speed-up on every core can only be judged against this figure.
import { Worker } from 'node:worker_threads';

/** A fixed amount of integer work; plain JavaScript, so no TypeScript loader needed. */
const SPIN = `
const { parentPort } = require('node:worker_threads');
const start = performance.now();
let x = 0;
for (let i = 0; i < 1.5e8; i++) x = (x * 31 + i) | 0;
parentPort.postMessage({ ms: performance.now() - start, x });
`;

function spin(workers: number): Promise<number> {
  const start = performance.now();
  const runs = Array.from({ length: workers }, () => new Promise<void>((resolve, reject) => {
    const w = new Worker(SPIN, { eval: true });
    w.once('message', () => void w.terminate().then(() => resolve()));
    w.once('error', reject);
  }));
  return Promise.all(runs).then(() => performance.now() - start);
}

/** Throughput on `workers` threads divided by throughput on one (ideal: `workers`). */
export async function cpuScaling(workers: number): Promise<number> {
  const one = await spin(1);
  const all = await spin(workers);
  return (workers * one) / all;
}
