// CPU profile of extraction (or of cleaning and fingerprinting with --prepare, the
// pool's other task, or of ingest with --ingest) on the synthetic corpus.
// Only the measured loop is profiled (through node:inspector), so corpus
// generation, module loading and warm-up do not crowd the picture. Writes a
// .cpuprofile (open it in Chrome DevTools) and prints its hot spots.
//
//   node --import tsx bench/profile-extract.ts [--docs N] [--passes P] [--prepare | --ingest] [--out FILE]
import { Session } from 'node:inspector/promises';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { cleanDoc } from '../src/clean/index.ts';
import type { Doc } from '../src/clean/doc.ts';
import { analyze } from '../src/extract/index.ts';
import { prepare } from '../src/ingest/pool/prepare.ts';
import { generateArticles } from './corpus.ts';
import { ingestBench } from './ingest-bench.ts';
import { printHotSpots, type CpuProfile } from './hot-spots.ts';

const { values } = parseArgs({
  options: {
    docs: { type: 'string', default: '300' },
    passes: { type: 'string', default: '3' },
    ingest: { type: 'boolean', default: false },
    prepare: { type: 'boolean', default: false },
    out: { type: 'string' },
  },
});
const n = Number(values.docs);
const passes = Number(values.passes);
const kind = values.ingest ? 'ingest' : values.prepare ? 'prepare' : 'extract';
const out = values.out ?? join(tmpdir(), `entente-${kind}-${process.pid}.cpuprofile`);

const articles = generateArticles(n, 20240501);
const docs: Doc[] = articles.flatMap((a) => {
  const cleaned = cleanDoc({ source: a.source, text: a.text, meta: {} });
  return cleaned.ok ? [cleaned.doc] : [];
});
for (const doc of docs) analyze(doc);
const raws = articles.map((a) => ({ source: a.source, text: a.text, meta: {} }));
for (const raw of raws) prepare(raw);

const session = new Session();
session.connect();
await session.post('Profiler.enable');
// 200 µs instead of the default 1 ms: enough samples for small functions.
await session.post('Profiler.setSamplingInterval', { interval: 200 });
await session.post('Profiler.start');
const start = performance.now();
if (values.ingest) {
  await ingestBench(articles, { timeQuery: false });
} else if (values.prepare) {
  for (let p = 0; p < passes; p++) for (const raw of raws) prepare(raw);
} else {
  for (let p = 0; p < passes; p++) for (const doc of docs) analyze(doc);
}
const ms = performance.now() - start;
const { profile } = await session.post('Profiler.stop');
session.disconnect();

await writeFile(out, JSON.stringify(profile));
const what = values.ingest ? `ingest of ${articles.length} articles`
  : `${passes} passes of ${values.prepare ? 'prepare()' : 'analyze()'} over ${values.prepare ? raws.length : docs.length} articles`;
console.log(`${what}: ${Math.round(ms)} ms; profile written to ${out}\n`);
printHotSpots(profile as CpuProfile, 25);
