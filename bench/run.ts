// `npm run bench [-- --docs N | --quick] [--seed S]`: throughput of extraction
// (one thread and every core), its cost against bare tokenisation, end-to-end
// SQLite ingest, one store query and peak memory, on a synthetic corpus of ~700-word
// articles. Prints a table, then as the last line one JSON object for tools.
// Figures are printed beside their targets; nothing here fails on them.
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
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
import { ingestBench } from './ingest-bench.ts';
import { renderTable, type Row } from './table.ts';

const DEFAULT_DOCS = 2000;
const QUICK_DOCS = 300;
const DEFAULT_SEED = 20240501;
const RUNS = 3;
const WARMUP_DOCS = 200;
/** Fast passes (tokenising 300 articles takes ~0.1 s) are repeated to at least this long. */
const MIN_PASS_MS = 500;
/** Targets from the brief: articles per second per core, and extraction ÷ tokenisation. */
const TARGET_DOCS_PER_S_PER_CORE = 200;
const TARGET_EXTRACT_VS_TOKENIZE = 5;

const { values } = parseArgs({
  options: {
    docs: { type: 'string' },
    quick: { type: 'boolean', default: false },
    seed: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  console.log('usage: npm run bench -- [--docs N (default 2000)] [--quick (N=300)] [--seed S]');
  process.exit(0);
}
const n = values.docs !== undefined ? positiveInt(values.docs, '--docs') : values.quick ? QUICK_DOCS : DEFAULT_DOCS;
const seed = values.seed !== undefined ? positiveInt(values.seed, '--seed') : DEFAULT_SEED;
const log = (message: string) => process.stderr.write(`bench: ${message}\n`);

// Other work on the machine slows every figure: record how busy it was at the start.
const loadAtStart = loadavg()[0]!;
log(`generating ${n} articles (seed ${seed})`);
const articles = generateArticles(n, seed);
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

log(`ingest() of ${articles.length} files into a fresh SQLite database under ${tmpdir()}`);
const ingested = await ingestBench(articles);
for (const failure of ingested.failures.slice(0, 5)) log(`ingest failure: ${failure}`);
const ingestDocs = ingested.summary.documents;
const peakRssMb = process.resourceUsage().maxRSS / 1024;
const dyad = ingested.dyad!;

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
  workers: cores,
  extract_speedup_all: round(extractMs / parallelMs),
  ingest_sqlite_docs_per_s: round(perSecond(ingestDocs, ingested.ms)),
  ingest_postgres_docs_per_s: null,
  peak_rss_mb: round(peakRssMb),
  query_p95_ms: { dyad_sqlite: round(dyad.p95) },
  query_p50_ms: { dyad_sqlite: round(dyad.p50) },
  machine: {
    cores, node: process.version, platform: `${process.platform}-${process.arch}`, cpu: cpus()[0]?.model.trim() ?? 'unknown',
    load_at_start: round(loadAtStart), cpu_speedup_all: round(scaling),
  },
};

const status = (ok: boolean) => (ok ? 'met' : 'BELOW');
const s = ingested.summary;
const rows: Row[] = [
  { metric: 'corpus', value: `${figures.docs} articles`, note: `${figures.words_per_doc} words/article, ${figures.corpus_mb} MB cleaned text, seed ${seed}` },
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
    metric: `extract, ${cores} workers`, value: `${figures.extract_docs_per_s_all} docs/s`, target: `≥ ${TARGET_DOCS_PER_S_PER_CORE * cores} docs/s`,
    status: status(figures.extract_docs_per_s_all >= TARGET_DOCS_PER_S_PER_CORE * cores),
    note: `one worker_thread per core, wall time, median; ${figures.extract_speedup_all}× one thread`,
  },
  {
    metric: 'machine speed-up, all cores', value: `${figures.machine.cpu_speedup_all}×`, target: `${cores}× ideal`,
    note: 'pure arithmetic on every core vs one: the ceiling for the line above',
  },
  {
    metric: 'ingest → SQLite', value: `${figures.ingest_sqlite_docs_per_s} docs/s`,
    note: `${s.new} new, ${s.duplicate} near-copies, ${s.failed} failed; ${s.events} events, ${s.relations} relations stored`,
  },
  { metric: 'ingest → PostgreSQL', value: 'n/a', note: 'PostgreSQL backend not built yet' },
  {
    metric: 'dyadEvents(iran, hamas)', value: `p50 ${figures.query_p50_ms.dyad_sqlite} / p95 ${figures.query_p95_ms.dyad_sqlite} ms`,
    note: `SQLite, ${dyad.rows} rows, 200 calls; other graph queries not built yet`,
  },
  { metric: 'peak RSS', value: `${figures.peak_rss_mb} MB`, note: `whole process incl. workers, for ${figures.docs} articles` },
  {
    metric: 'machine', value: `${cores} cores`,
    note: `${figures.machine.cpu}, Node ${process.version}, ${figures.machine.platform}, load ${figures.machine.load_at_start} at start`,
  },
];
console.log(renderTable(['metric', 'value', 'target', 'status', 'note'], rows));
console.log(JSON.stringify(figures));

function positiveInt(text: string, flag: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value <= 0) {
    console.error(`bench: ${flag} takes a positive whole number, got '${text}'`);
    process.exit(2);
  }
  return value;
}
