// `npm run bench [-- --docs N | --quick] [--events N] [--seed S]`: throughput of
// extraction (one thread and every core) and its cost against bare tokenisation, on a
// sample of at most 2,000 articles; end-to-end `entente ingest` of N articles into
// SQLite and into PostgreSQL (a real server started for the run) with the ingest
// process's peak memory; and the latency of the dyad, actor, events and network
// questions on a store of one million events in each backend. The corpus is
// synthetic ~700-word articles. Prints a table, then as the last line one JSON object
// for tools. Figures are printed beside their targets; nothing here fails on them.
// Besides wall-clock rates it gives the CPU time each ingest used per article (the
// ingest process with its workers, and the PostgreSQL server): on a shared machine
// CPU time moves far less with other people's load than wall time, and it is what
// docs/scaling.md multiplies out. bench/stage-costs.ts splits it by stage.
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { existsSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import postgres from 'postgres';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { cleanDoc } from '../src/clean/index.ts';
import type { Doc } from '../src/clean/doc.ts';
import { analyze } from '../src/extract/index.ts';
import { tokenize } from '../src/text/tokens.ts';
import { buildTextLayer } from '../src/text/layer.ts';
import { generateArticles } from './corpus.ts';
import { median, msPerPass, perSecond, round, timeMs } from './measure.ts';
import { parallelExtractMs } from './parallel.ts';
import { cpuScaling } from './cpu-baseline.ts';
import { ingestWithCli, writeCorpus } from './ingest-cli.ts';
import { fillSyntheticStore } from './synthetic-store.ts';
import { analysedItems, writeCapacity } from './write-capacity.ts';
import { QUERIES, queryBench, type QueryFigures, type QueryName } from './query-bench.ts';
import { renderTable, type Row } from './table.ts';
import { openStore } from '../src/store/store.ts';
import { startPostgres } from '../test/helpers/postgres-server.ts';
import { settledPostgresCpuMs } from './pg-cpu.ts';

const DEFAULT_DOCS = 2000;
const QUICK_DOCS = 300;
/** Extraction is timed on at most this many articles; ingest takes them all. */
const MAX_EXTRACT_DOCS = 2000;
const DEFAULT_EVENTS = 1_000_000;
const QUICK_EVENTS = 100_000;
const DEFAULT_SEED = 20240501;
const RUNS = 3;
const WARMUP_DOCS = 200;
/** Fast passes (tokenising 300 articles takes ~0.1 s) are repeated to at least this long. */
const MIN_PASS_MS = 500;
/** Targets from the brief: articles per second per core, and extraction ÷ tokenisation. */
const TARGET_DOCS_PER_S_PER_CORE = 200;
const TARGET_EXTRACT_VS_TOKENIZE = 5;
const TARGET_INGEST_SQLITE = 400;
const TARGET_INGEST_POSTGRES = 300;
const TARGET_PEAK_RSS_MB = 400;
const TARGET_QUERY_P95_MS = 50;

const { values } = parseArgs({
  options: {
    docs: { type: 'string' },
    events: { type: 'string' },
    quick: { type: 'boolean', default: false },
    seed: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  console.log('usage: npm run bench -- [--docs N (articles ingested, default 2000)] [--events N (query stores, default 1000000)] [--quick (300 articles, 100000 events)] [--seed S]');
  process.exit(0);
}
const n = values.docs !== undefined ? positiveInt(values.docs, '--docs') : values.quick ? QUICK_DOCS : DEFAULT_DOCS;
const seed = values.seed !== undefined ? positiveInt(values.seed, '--seed') : DEFAULT_SEED;
const eventCount = values.events !== undefined ? positiveInt(values.events, '--events') : values.quick ? QUICK_EVENTS : DEFAULT_EVENTS;
const log = (message: string) => process.stderr.write(`bench: ${message}\n`);

// Other work on the machine slows every figure: record how busy it was at the start.
const loadAtStart = loadavg()[0]!;
const sampleSize = Math.min(n, MAX_EXTRACT_DOCS);
log(`generating ${sampleSize} articles (seed ${seed}) for extraction`);
const articles = generateArticles(sampleSize, seed);
const docs: Doc[] = [];
for (const a of articles) {
  const cleaned = cleanDoc({ source: a.source, text: a.text, meta: {} });
  if (cleaned.ok) docs.push(cleaned.doc);
  else log(`not an article after cleaning: ${cleaned.failure.source}: ${cleaned.failure.reason}`);
}
const bytes = docs.reduce((sum, d) => sum + Buffer.byteLength(d.text, 'utf8'), 0);
const words = docs.reduce((sum, d) => sum + d.text.split(/\s+/).filter(Boolean).length, 0);
const mb = bytes / 1e6;

log(`warming up on ${Math.min(WARMUP_DOCS, docs.length)} articles`);
let events = 0;
let relations = 0;
for (const doc of docs.slice(0, WARMUP_DOCS)) {
  const { extraction } = analyze(doc);
  events += extraction.events.length;
  relations += extraction.relations.length;
  tokenize(doc.text);
}
const warmed = Math.min(WARMUP_DOCS, docs.length);

// Tokenisation and extraction are timed back to back in each round and compared
// round by round: on a shared machine the load drifts, and a ratio of two figures
// taken a minute apart would measure the drift.
log(`tokenize() and analyze() ×${RUNS} on one thread`);
const tokenizeTimes: number[] = [];
const extractTimes: number[] = [];
for (let r = 0; r < RUNS; r++) {
  tokenizeTimes.push(msPerPass(() => {
    for (const doc of docs) tokenize(doc.text);
  }, MIN_PASS_MS));
  extractTimes.push(timeMs(() => {
    for (const doc of docs) analyze(doc);
  }));
}
const tokenizeMs = median(tokenizeTimes);
const extractMs = median(extractTimes);
const extractVsTokenize = median(extractTimes.map((ms, i) => ms / tokenizeTimes[i]!));
const layerMs = median(Array.from({ length: RUNS }, () => msPerPass(() => {
  for (const doc of docs) buildTextLayer(doc.text);
}, MIN_PASS_MS)));

const cores = availableParallelism();
log(`analyze() on ${cores} worker threads ×${RUNS}`);
const parallelMs = await parallelExtractMs(docs, cores, RUNS, Math.min(WARMUP_DOCS, Math.ceil(docs.length / cores)));
const scaling = await cpuScaling(cores);

// Ingest and queries need a PostgreSQL server: a real one, durable settings, started
// here and removed at the end.
log('starting PostgreSQL');
const pg = await startPostgres();
const work = await mkdtemp(join(tmpdir(), 'entente-bench-'));
log(`writing ${n} article files`);
const corpus = await writeCorpus(n, seed);
let ingestSqlite;
let ingestSqlite1;
let ingestPostgres;
const queries = {} as Record<'sqlite' | 'postgres', Record<QueryName, QueryFigures>>;
const stores = {} as Record<'sqlite' | 'postgres', { fillMs: number; events: number; documents: number }>;
const bytesPerDoc = { sqlite: 0, postgres: 0 };
const writeRate = { sqlite: 0, postgres: 0 };
/** CPU milliseconds of the PostgreSQL server during the PostgreSQL ingest, and during the writes alone. */
const serverCpuMs = { ingest: 0, write: 0 };
try {
  log(`entente ingest of ${n} files into SQLite, ${cores} workers`);
  ingestSqlite = await ingestWithCli(corpus.dir, join(work, 'ingest.db'), cores);
  bytesPerDoc.sqlite = sqliteBytes(join(work, 'ingest.db')) / ingestSqlite.summary.new;
  log(`entente ingest of ${n} files into SQLite, 1 worker`);
  ingestSqlite1 = await ingestWithCli(corpus.dir, join(work, 'ingest-1.db'), 1);
  log(`entente ingest of ${n} files into PostgreSQL, ${cores} workers`);
  const ingestUrl = await pg.createDatabase('bench_ingest');
  await (await openStore(ingestUrl)).close();
  const emptyBytes = await postgresBytes(ingestUrl);
  let serverBefore = await settledPostgresCpuMs(pg.port);
  ingestPostgres = await ingestWithCli(corpus.dir, ingestUrl, cores);
  serverCpuMs.ingest = (await settledPostgresCpuMs(pg.port)) - serverBefore;
  bytesPerDoc.postgres = ((await postgresBytes(ingestUrl)) - emptyBytes) / ingestPostgres.summary.new;
  for (const failure of ingestSqlite.stderr.split('\n').filter(Boolean).slice(0, 5)) log(`ingest: ${failure}`);
  await corpus.remove();

  log(`writing the ${docs.length} analysed articles with Store.saveBatch alone`);
  const items = analysedItems(docs);
  writeRate.sqlite = await writeCapacity(join(work, 'write.db'), items);
  const writeUrl = await pg.createDatabase('bench_write');
  serverBefore = await settledPostgresCpuMs(pg.port);
  writeRate.postgres = await writeCapacity(writeUrl, items);
  serverCpuMs.write = (await settledPostgresCpuMs(pg.port)) - serverBefore;

  for (const backend of ['sqlite', 'postgres'] as const) {
    const location = backend === 'sqlite' ? join(work, 'events.db') : await pg.createDatabase('bench_events');
    const store = await openStore(location);
    try {
      log(`${backend}: writing a store of ${eventCount} synthetic events`);
      const data = await fillSyntheticStore(store, {
        events: eventCount, seed,
        onProgress: (done) => { if (done % 200_000 === 0) log(`${backend}: ${done} events`); },
      });
      stores[backend] = { fillMs: data.ms, events: data.events, documents: data.documents };
      log(`${backend}: dyad, actor, events and network questions`);
      queries[backend] = await queryBench(store, data, seed);
    } finally {
      await store.close();
    }
  }
} finally {
  await corpus.remove();
  await pg.stop();
  await rm(work, { recursive: true, force: true });
}
const perSecondOf = (run: { summary: { documents: number; elapsedMs: number } }) => perSecond(run.summary.documents, run.summary.elapsedMs);
/** CPU milliseconds per article stored; start-up included (1.5–2.3 s of CPU: about 1 ms an article at 2,000). */
const cpuPerDoc = (cpuMs: number, run: { summary: { new: number } }) => cpuMs / Math.max(1, run.summary.new);
const peakRssMb = Math.max(ingestSqlite.peakRssMb, ingestPostgres.peakRssMb);
const byStore = (pick: (f: QueryFigures) => number) => Object.fromEntries(QUERIES.flatMap((q) =>
  (['sqlite', 'postgres'] as const).map((b) => [`${q}_${b}`, round(pick(queries[b][q]))])));

const figures = {
  docs: docs.length,
  seed,
  words_per_doc: round(words / docs.length),
  corpus_mb: round(mb),
  events_per_doc: round(events / warmed),
  relations_per_doc: round(relations / warmed),
  extract_docs_per_s_1w: round(perSecond(docs.length, extractMs)),
  extract_mb_per_s_1w: round(perSecond(mb, extractMs)),
  tokenize_docs_per_s: round(perSecond(docs.length, tokenizeMs)),
  text_layer_docs_per_s: round(perSecond(docs.length, layerMs)),
  extract_vs_tokenize: round(extractVsTokenize),
  extract_docs_per_s_all: round(perSecond(docs.length, parallelMs)),
  extract_mb_per_s_all: round(perSecond(mb, parallelMs)),
  workers: cores,
  extract_speedup_all: round(extractMs / parallelMs),
  ingest_docs: n,
  ingest_sqlite_docs_per_s: round(perSecondOf(ingestSqlite)),
  ingest_sqlite_docs_per_s_1w: round(perSecondOf(ingestSqlite1)),
  ingest_postgres_docs_per_s: round(perSecondOf(ingestPostgres)),
  peak_rss_mb: round(peakRssMb),
  peak_rss_mb_1w: round(ingestSqlite1.peakRssMb),
  peak_rss_mb_by_run: { sqlite: round(ingestSqlite.peakRssMb), sqlite_1w: round(ingestSqlite1.peakRssMb), postgres: round(ingestPostgres.peakRssMb) },
  ingest_cpu_ms_per_doc: {
    sqlite: round(cpuPerDoc(ingestSqlite.cpuMs, ingestSqlite)),
    sqlite_1w: round(cpuPerDoc(ingestSqlite1.cpuMs, ingestSqlite1)),
    postgres: round(cpuPerDoc(ingestPostgres.cpuMs, ingestPostgres)),
    postgres_server: round(cpuPerDoc(serverCpuMs.ingest, ingestPostgres)),
  },
  // CPU time ÷ wall time: the cores each ingest really had (less than the machine's on a shared one).
  ingest_cores_used: {
    sqlite: round(ingestSqlite.cpuMs / ingestSqlite.wallMs),
    sqlite_1w: round(ingestSqlite1.cpuMs / ingestSqlite1.wallMs),
    postgres: round((ingestPostgres.cpuMs + serverCpuMs.ingest) / ingestPostgres.wallMs),
  },
  query_events: eventCount,
  query_p95_ms: byStore((f) => f.p95),
  query_p50_ms: byStore((f) => f.p50),
  store_write_docs_per_s: { sqlite: round(writeRate.sqlite), postgres: round(writeRate.postgres) },
  store_write_server_cpu_ms_per_doc: { postgres: round(serverCpuMs.write / docs.length) },
  store_bytes_per_doc: { sqlite: Math.round(bytesPerDoc.sqlite), postgres: Math.round(bytesPerDoc.postgres) },
  store_fill_events_per_s: { sqlite: round(perSecond(stores.sqlite.events, stores.sqlite.fillMs)), postgres: round(perSecond(stores.postgres.events, stores.postgres.fillMs)) },
  machine: {
    cores, node: process.version, platform: `${process.platform}-${process.arch}`, cpu: cpus()[0]?.model.trim() ?? 'unknown',
    load_at_start: round(loadAtStart), load_at_end: round(loadavg()[0]!), cpu_speedup_all: round(scaling),
    git: revision(),
  },
};

const status = (ok: boolean) => (ok ? 'met' : 'BELOW');
const ingestNote = (run: typeof ingestSqlite) => {
  const t = run.summary;
  return `${t.new} new, ${t.duplicate} near-copies, ${t.failed} failed; ${t.events} events; wall ${round(run.wallMs / 1000)} s with start-up; `
    + `CPU ${round(cpuPerDoc(run.cpuMs, run))} ms/article, ${round(run.cpuMs / run.wallMs)} cores busy on average; peak RSS ${round(run.peakRssMb)} MB`;
};
const QUERY_NOTES: Record<QueryName, string> = {
  dyad: 'entente dyad A B: one of the 500 busiest pairs',
  actor: 'entente actor A: one of the 500 busiest actors',
  events: 'entente events --actor A --from Y --to Y+1',
  network: 'entente network --at Y: every tie in a year (no target)',
};
const rows: Row[] = [
  { metric: 'corpus', value: `${figures.docs} articles`, note: `${figures.words_per_doc} words/article, ${figures.corpus_mb} MB cleaned text, seed ${seed} (extraction sample)` },
  { metric: 'facts (first articles)', value: `${figures.events_per_doc} ev + ${figures.relations_per_doc} rel per article`, note: `over the ${warmed} warm-up articles` },
  {
    metric: 'extract, 1 thread', value: `${figures.extract_docs_per_s_1w} docs/s`, target: `≥ ${TARGET_DOCS_PER_S_PER_CORE} docs/s`,
    status: status(figures.extract_docs_per_s_1w >= TARGET_DOCS_PER_S_PER_CORE), note: `median of ${RUNS} runs of analyze(cleaned doc)`,
  },
  { metric: 'extract, 1 thread', value: `${figures.extract_mb_per_s_1w} MB/s` },
  { metric: 'tokenize, 1 thread', value: `${figures.tokenize_docs_per_s} docs/s`, note: 'src/text/tokens.ts tokenize(text) alone' },
  { metric: 'text layer, 1 thread', value: `${figures.text_layer_docs_per_s} docs/s`, note: 'tokens + sentences (buildTextLayer), for reference' },
  {
    metric: 'extract ÷ tokenize', value: `${figures.extract_vs_tokenize}×`, target: `≤ ${TARGET_EXTRACT_VS_TOKENIZE}×`,
    status: status(figures.extract_vs_tokenize <= TARGET_EXTRACT_VS_TOKENIZE), note: `time ratio on the same texts, median of ${RUNS} paired rounds`,
  },
  {
    metric: `extract, ${cores} workers`, value: `${figures.extract_docs_per_s_all} docs/s, ${figures.extract_mb_per_s_all} MB/s`,
    target: `≥ ${TARGET_DOCS_PER_S_PER_CORE * cores} docs/s`,
    status: status(figures.extract_docs_per_s_all >= TARGET_DOCS_PER_S_PER_CORE * cores),
    note: `one worker_thread per core, wall time, median; ${figures.extract_speedup_all}× one thread`,
  },
  {
    metric: 'machine speed-up, all cores', value: `${figures.machine.cpu_speedup_all}×`, target: `${cores}× ideal`,
    note: 'pure arithmetic on every core vs one: the ceiling for the line above',
  },
  {
    metric: `ingest → SQLite, ${cores} workers`, value: `${figures.ingest_sqlite_docs_per_s} docs/s`, target: `≥ ${TARGET_INGEST_SQLITE} docs/s`,
    status: status(figures.ingest_sqlite_docs_per_s >= TARGET_INGEST_SQLITE), note: `entente ingest of ${n} files: ${ingestNote(ingestSqlite)}`,
  },
  { metric: 'ingest → SQLite, 1 worker', value: `${figures.ingest_sqlite_docs_per_s_1w} docs/s`, note: ingestNote(ingestSqlite1) },
  {
    metric: `ingest → PostgreSQL, ${cores} workers`, value: `${figures.ingest_postgres_docs_per_s} docs/s`, target: `≥ ${TARGET_INGEST_POSTGRES} docs/s`,
    status: status(figures.ingest_postgres_docs_per_s >= TARGET_INGEST_POSTGRES), note: ingestNote(ingestPostgres),
  },
  {
    metric: 'ingest CPU per article',
    value: `${figures.ingest_cpu_ms_per_doc.sqlite} ms SQLite, ${round(figures.ingest_cpu_ms_per_doc.postgres + figures.ingest_cpu_ms_per_doc.postgres_server)} ms PostgreSQL`,
    note: `ingest process, all threads (PostgreSQL: ${figures.ingest_cpu_ms_per_doc.postgres} ms + server ${figures.ingest_cpu_ms_per_doc.postgres_server} ms): `
      + `${cores} cores can do at most ${round((cores * 1000) / figures.ingest_cpu_ms_per_doc.sqlite)} / `
      + `${round((cores * 1000) / (figures.ingest_cpu_ms_per_doc.postgres + figures.ingest_cpu_ms_per_doc.postgres_server))} articles/s`,
  },
  {
    metric: 'store writes alone', value: `${figures.store_write_docs_per_s.sqlite} docs/s SQLite, ${figures.store_write_docs_per_s.postgres} docs/s PostgreSQL`,
    note: `the ${docs.length} articles' analyses written with Store.saveBatch, 50 a batch, no extraction: the ceiling for many writers; `
      + `PostgreSQL server CPU ${figures.store_write_server_cpu_ms_per_doc.postgres} ms/article`,
  },
  {
    metric: 'storage per article', value: `${round(bytesPerDoc.sqlite / 1024)} KB SQLite, ${round(bytesPerDoc.postgres / 1024)} KB PostgreSQL`,
    note: 'database size after the ingests above ÷ articles stored: text, facts, mentions and every index',
  },
  {
    metric: 'peak RSS, ingest', value: `${figures.peak_rss_mb} MB`, target: `< ${TARGET_PEAK_RSS_MB} MB`, status: status(figures.peak_rss_mb < TARGET_PEAK_RSS_MB),
    note: `the entente ingest process with its ${cores} worker threads, ${n} articles (1 worker: ${figures.peak_rss_mb_1w} MB)`,
  },
  ...(['sqlite', 'postgres'] as const).map((b): Row => ({
    metric: `${eventCount} events → ${b === 'sqlite' ? 'SQLite' : 'PostgreSQL'}`, value: `${figures.store_fill_events_per_s[b]} events/s`,
    note: `synthetic store, ${stores[b].documents} documents written with Store.saveBatch (bench/synthetic-store.ts)`,
  })),
  ...QUERIES.flatMap((q) => (['sqlite', 'postgres'] as const).map((b): Row => {
    const f = queries[b][q];
    return {
      metric: `${q}, ${b === 'sqlite' ? 'SQLite' : 'PostgreSQL'}`, value: `p50 ${round(f.p50)} / p95 ${round(f.p95)} ms`,
      ...(q === 'network' ? {} : { target: `p95 < ${TARGET_QUERY_P95_MS} ms`, status: status(f.p95 < TARGET_QUERY_P95_MS) }),
      note: `${QUERY_NOTES[q]}; ${f.calls} calls, ${round(f.size)} ${q === 'actor' ? 'profiles' : q === 'network' ? 'ties' : 'events'} per answer`,
    };
  })),
  {
    metric: 'machine', value: `${cores} cores`,
    note: `${figures.machine.cpu}, Node ${process.version}, ${figures.machine.platform}, load ${figures.machine.load_at_start} at start, `
      + `${figures.machine.load_at_end} at end (1-minute averages; ${cores} = fully busy); ${figures.machine.git}`,
  },
];
console.log(renderTable(['metric', 'value', 'target', 'status', 'note'], rows));
console.log(JSON.stringify(figures));

/** The commit measured, "+changes" when the working tree differs from it. */
function revision(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return dirty ? `${head}+changes` : head;
  } catch {
    return 'unknown';
  }
}

/** An SQLite database's size on disk, its write-ahead log included. */
function sqliteBytes(path: string): number {
  return [path, `${path}-wal`].reduce((sum, file) => sum + (existsSync(file) ? statSync(file).size : 0), 0);
}

async function postgresBytes(url: string): Promise<number> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await sql`CHECKPOINT`;
    const [row] = await sql<{ bytes: string }[]>`SELECT pg_database_size(current_database())::text AS bytes`;
    return Number(row!.bytes);
  } finally {
    await sql.end();
  }
}

function positiveInt(text: string, flag: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value <= 0) {
    console.error(`bench: ${flag} takes a positive whole number, got '${text}'`);
    process.exit(2);
  }
  return value;
}
