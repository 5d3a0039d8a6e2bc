// `node --import tsx bench/queries.ts [--events N] [--seed S] [--sqlite FILE] [--postgres URL] [--only dyad,actor,events]`:
// the query half of `npm run bench` alone, on stores that can be kept between runs.
// Filling a store of a million events takes minutes; asking the questions, seconds. A
// store given with --sqlite or --postgres is filled when empty and reused as it is
// otherwise (the actors and pairs to ask about are generated again from the seed,
// nothing written). Without either, both stores are made in temporary places (a
// PostgreSQL server started for the run) and removed at the end.
import { loadavg, tmpdir } from 'node:os';
import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openStore, type Store } from '../src/store/store.ts';
import { startPostgres, type PostgresServer } from '../test/helpers/postgres-server.ts';
import { fillSyntheticStore, type SyntheticStore } from './synthetic-store.ts';
import { QUERIES, queryBench, type QueryName } from './query-bench.ts';
import { round } from './measure.ts';

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '1000000' },
    seed: { type: 'string', default: '20240501' },
    sqlite: { type: 'string' },
    postgres: { type: 'string' },
    only: { type: 'string' },
  },
});
const events = Number(values.events);
const seed = Number(values.seed);
const only = values.only === undefined ? [...QUERIES] : values.only.split(',') as QueryName[];
const unknown = only.filter((q) => !QUERIES.includes(q));
if (!Number.isInteger(events) || events <= 0 || !Number.isInteger(seed) || unknown.length > 0) {
  console.error(`bench/queries: --events and --seed take whole numbers, --only some of ${QUERIES.join(',')}`);
  process.exit(2);
}
const log = (message: string) => process.stderr.write(`bench/queries: ${message}\n`);

let server: PostgresServer | null = null;
let work: string | null = null;
const locations: [string, string][] = [];
if (values.sqlite !== undefined) locations.push(['sqlite', values.sqlite]);
if (values.postgres !== undefined) locations.push(['postgres', values.postgres]);
try {
  if (locations.length === 0) {
    work = await mkdtemp(join(tmpdir(), 'entente-queries-'));
    server = await startPostgres();
    locations.push(['sqlite', join(work, 'events.db')], ['postgres', await server.createDatabase('bench_events')]);
  }
  for (const [backend, location] of locations) {
    const store = await openStore(location);
    try {
      const data = await syntheticData(store, backend);
      const load = loadavg()[0]!;
      const figures = await queryBench(store, data, seed, only);
      for (const [name, f] of Object.entries(figures)) {
        console.log(`${name.padEnd(8)} ${backend.padEnd(9)} p50 ${round(f.p50)} / p95 ${round(f.p95)} ms, ${f.calls} calls, `
          + `size ${round(f.size)}; load ${round(load)} → ${round(loadavg()[0]!)}`);
      }
    } finally {
      await store.close();
    }
  }
} finally {
  await server?.stop();
  if (work !== null) await rm(work, { recursive: true, force: true });
}

/** Fills an empty store; for a filled one, the same description generated again without writing. */
async function syntheticData(store: Store, backend: string): Promise<SyntheticStore> {
  const stored = (await store.counts()).events;
  if (stored === 0) {
    log(`${backend}: writing ${events} synthetic events`);
    return fillSyntheticStore(store, { events, seed, onProgress: (n) => { if (n % 200_000 === 0) log(`${backend}: ${n} events`); } });
  }
  if (stored !== events) log(`${backend}: the store holds ${stored} events, not ${events}: pass the --events and --seed it was filled with`);
  return fillSyntheticStore({ saveBatch: async () => {} }, { events, seed });
}
