// Where an ingested article's time goes, stage by stage, on one thread: reading the
// file, cleaning and fingerprinting (the pool's "prepare"), analyze(), the structured
// clones that carry documents and analyses between the ingest thread and the workers,
// the check of each analysis, and the store's side — the per-document questions
// ingest asks (already stored? claimed? a near copy?) and saveBatch — in SQLite and,
// with --postgres, in a PostgreSQL server started for the run (whose own CPU time is
// measured too). Each stage is timed in CPU time of this process as well as wall
// time: on a shared machine CPU time moves far less with other people's load.
//
// From these it works out the ceilings of `entente ingest` on this machine: the
// ingest thread does the reading, the store and its share of the cloning alone, the
// workers do the rest, and everything shares the cores (with the PostgreSQL server,
// when it runs on the same machine):
//   ingest thread ceiling  = 1000 / main-thread ms per article
//   worker ceiling         = W × 1000 / worker ms per article
//   CPU ceiling            = cores × 1000 / all CPU ms per article
//
//   node --import tsx bench/stage-costs.ts [--docs N] [--postgres] [--seed S]
import { cpus, loadavg, availableParallelism } from 'node:os';
import { deserialize, serialize } from 'node:v8';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readInput } from '../src/read/index.ts';
import type { RawDoc } from '../src/read/raw-doc.ts';
import { prepare, type Prepared } from '../src/ingest/pool/prepare.ts';
import { analyze, type Analysis } from '../src/extract/index.ts';
import { checkAnalysis } from '../src/ingest/check-analysis.ts';
import { openStore, type Store, type StoredDocInput } from '../src/store/store.ts';
import { DEFAULT_BATCH_SIZE } from '../src/ingest/types.ts';
import { writeCorpus } from './ingest-cli.ts';
import { round } from './measure.ts';
import { renderTable, type Row } from './table.ts';
import { startPostgres } from '../test/helpers/postgres-server.ts';
import { settledPostgresCpuMs } from './pg-cpu.ts';

const { values } = parseArgs({
  options: {
    docs: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '20240501' },
    postgres: { type: 'boolean', default: false },
  },
});
const n = Number(values.docs);
const seed = Number(values.seed);
const log = (message: string) => process.stderr.write(`stage-costs: ${message}\n`);

interface Cost { cpuMs: number; wallMs: number }
/** CPU (user + system) and wall milliseconds per article of `run` over all n articles. */
async function cost(run: () => unknown): Promise<Cost> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  await run();
  const wallMs = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { cpuMs: (used.user + used.system) / 1000 / n, wallMs: wallMs / n };
}

log(`writing ${n} article files`);
const corpus = await writeCorpus(n, seed);
const files: string[] = [];
for (const sub of (await readdir(corpus.dir)).sort()) {
  for (const f of await readdir(join(corpus.dir, sub))) files.push(join(corpus.dir, sub, f));
}
const work = await mkdtemp(join(tmpdir(), 'entente-stages-'));
const loadAtStart = loadavg()[0]!;
const stages: { stage: string; thread: 'main' | 'worker' | 'server'; c: Cost; note: string }[] = [];
try {
  // Warm-up: the JIT and the lexicons, so that the timed passes measure steady work.
  for (const file of files.slice(0, 100)) {
    const read = await readInput(file);
    if (read.ok) for (const raw of read.docs) {
      const p = prepare(raw);
      if (p.ok) checkAnalysis(analyze(p.doc));
    }
  }

  let raws: RawDoc[] = [];
  stages.push({ stage: 'read file', thread: 'main', note: 'readInput(file): open, read, decode', c: await cost(async () => {
    raws = [];
    for (const file of files) {
      const read = await readInput(file);
      if (read.ok) raws.push(...read.docs);
    }
  }) });
  let prepared: Extract<Prepared, { ok: true }>[] = [];
  stages.push({ stage: 'clean + fingerprint', thread: 'worker', note: 'prepare(raw): boilerplate, dateline, language, SimHash', c: await cost(() => {
    prepared = [];
    for (const raw of raws) {
      const p = prepare(raw);
      if (p.ok) prepared.push(p);
    }
  }) });
  let analyses: Analysis[] = [];
  stages.push({ stage: 'analyze', thread: 'worker', note: 'analyze(doc)', c: await cost(() => {
    analyses = prepared.map((p) => analyze(p.doc));
  }) });
  // postMessage is V8's serializer in the sender and its deserializer in the receiver.
  // The ingest thread sends each raw document and each cleaned one and receives each
  // Prepared and each Analysis; a worker does the other halves.
  const toWorker = (i: number) => [{ kind: 'prepare', raw: raws[i] }, { kind: 'analyze', doc: prepared[i]?.doc }];
  const fromWorker = (i: number) => [{ ok: true, result: prepared[i] }, { ok: true, result: analyses[i] }];
  const sent = raws.map((_, i) => toWorker(i).map((m) => serialize(m)));
  const back = raws.map((_, i) => fromWorker(i).map((m) => serialize(m)));
  const send = await cost(() => { for (let i = 0; i < raws.length; i++) for (const m of toWorker(i)) serialize(m); });
  const receive = await cost(() => { for (const pair of back) for (const b of pair) deserialize(b); });
  const workerReceive = await cost(() => { for (const pair of sent) for (const b of pair) deserialize(b); });
  const workerSend = await cost(() => { for (let i = 0; i < raws.length; i++) for (const m of fromWorker(i)) serialize(m); });
  const plus = (a: Cost, b: Cost): Cost => ({ cpuMs: a.cpuMs + b.cpuMs, wallMs: a.wallMs + b.wallMs });
  stages.push({ stage: 'messages, ingest side', thread: 'main', note: 'serialize raw + doc, deserialize Prepared + Analysis', c: plus(send, receive) });
  stages.push({ stage: 'messages, worker side', thread: 'worker', note: 'deserialize raw + doc, serialize Prepared + Analysis', c: plus(workerReceive, workerSend) });
  stages.push({ stage: 'check analysis', thread: 'main', note: 'checkAnalysis(analysis) before storing', c: await cost(() => {
    for (const a of analyses) checkAnalysis(a);
  }) });

  const items: StoredDocInput[] = prepared.map((p, i) => ({ doc: p.doc, analysis: analyses[i]!, duplicateOf: null, fingerprint: p.fingerprint, skipped: null }));
  const storeStages = async (name: string, store: Store, serverCpu: () => Promise<number>) => {
    // The questions ingest asks of each document, one at a time, before it is batched.
    let server = await serverCpu();
    const decide = await cost(async () => {
      for (const item of items) {
        await store.hasDocument(item.doc.id);
        if (store.claimDocument) await store.claimDocument(item.doc.id);
        await store.findNearDuplicate(item.fingerprint, 3);
      }
    });
    const decideServer = ((await serverCpu()) - server) / n;
    stages.push({ stage: `${name}: per-document questions`, thread: 'main', c: decide,
      note: `hasDocument, ${store.claimDocument ? 'claimDocument, ' : ''}findNearDuplicate, awaited one after another` });
    server = await serverCpu();
    const save = await cost(async () => {
      for (let i = 0; i < items.length; i += DEFAULT_BATCH_SIZE) await store.saveBatch(items.slice(i, i + DEFAULT_BATCH_SIZE));
    });
    const saveServer = ((await serverCpu()) - server) / n;
    stages.push({ stage: `${name}: saveBatch`, thread: 'main', c: save, note: `${DEFAULT_BATCH_SIZE} articles a batch` });
    if (name === 'PostgreSQL') {
      stages.push({ stage: 'PostgreSQL: server, questions', thread: 'server', c: { cpuMs: decideServer, wallMs: 0 }, note: 'CPU of the postgres processes' });
      stages.push({ stage: 'PostgreSQL: server, saveBatch', thread: 'server', c: { cpuMs: saveServer, wallMs: 0 }, note: 'CPU of the postgres processes' });
    }
  };
  log('SQLite');
  const sqlite = await openStore(join(work, 'stages.db'));
  try {
    await storeStages('SQLite', sqlite, async () => 0);
  } finally {
    await sqlite.close();
  }
  if (values.postgres) {
    log('PostgreSQL');
    const pg = await startPostgres();
    try {
      const url = await pg.createDatabase('stages');
      const store = await openStore(url);
      try {
        await storeStages('PostgreSQL', store, () => settledPostgresCpuMs(pg.port));
      } finally {
        await store.close();
      }
    } finally {
      await pg.stop();
    }
  }
} finally {
  await corpus.remove();
  await rm(work, { recursive: true, force: true });
}

const sum = (pick: (s: (typeof stages)[number]) => boolean) => stages.filter(pick).reduce((t, s) => t + s.c.cpuMs, 0);
const cores = availableParallelism();
const worker = sum((s) => s.thread === 'worker');
const ceilings: Record<string, { main_ms: number; all_ms: number; ingest_thread: number; workers: number; cpu: number }> = {};
for (const backend of ['SQLite', ...(values.postgres ? ['PostgreSQL'] : [])]) {
  const mine = (s: (typeof stages)[number]) => !s.stage.includes(':') || s.stage.startsWith(`${backend}:`);
  const main = sum((s) => s.thread === 'main' && mine(s));
  const all = sum(mine);
  ceilings[backend] = {
    main_ms: round(main), all_ms: round(all),
    ingest_thread: round(1000 / main), workers: round((cores * 1000) / worker), cpu: round((cores * 1000) / all),
  };
}
const rows: Row[] = stages.map((s) => ({
  stage: s.stage, 'per article': `${round(s.c.cpuMs)} ms CPU`, wall: s.thread === 'server' ? '' : `${round(s.c.wallMs)} ms wall`,
  thread: s.thread, note: s.note,
}));
rows.push({ stage: 'worker work', 'per article': `${round(worker)} ms CPU`, note: `${cores} workers → at most ${ceilings.SQLite!.workers} articles/s` });
for (const [backend, c] of Object.entries(ceilings)) {
  rows.push({ stage: `${backend}: ingest thread`, 'per article': `${c.main_ms} ms CPU`, note: `→ at most ${c.ingest_thread} articles/s, whatever the workers` });
  rows.push({ stage: `${backend}: all CPU`, 'per article': `${c.all_ms} ms CPU`, note: `→ at most ${c.cpu} articles/s on ${cores} cores, if nothing waits` });
}
rows.push({ stage: 'machine', 'per article': `${cores} cores`, note: `${cpus()[0]?.model.trim()}, Node ${process.version}, load ${round(loadAtStart)} at start, ${round(loadavg()[0]!)} at end` });
console.log(renderTable(['stage', 'per article', 'wall', 'thread', 'note'], rows));
console.log(JSON.stringify({
  docs: n,
  stages_cpu_ms: Object.fromEntries(stages.map((s) => [s.stage, round(s.c.cpuMs)])),
  stages_wall_ms: Object.fromEntries(stages.filter((s) => s.thread !== 'server').map((s) => [s.stage, round(s.c.wallMs)])),
  worker_ms: round(worker), ceilings,
  machine: { cores, node: process.version, load_at_start: round(loadAtStart), load_at_end: round(loadavg()[0]!) },
}));
