// Extraction against another commit, in one process: the same synthetic articles go through
// this checkout's analyze() and through the analyze() of REF (extracted to a temporary
// directory), output compared byte for byte, then both are timed in alternating rounds beside
// tokenize(). On a shared machine two runs minutes apart measure the load as much as the code;
// timed round by round on the same texts, new ÷ old is a fair figure. CPU time of this process
// is used, which moves less than wall time when other work takes the cores.
//
//   node --import tsx bench/compare-extract.ts [REF (default HEAD)] [--docs N] [--rounds R] [--seed S]
//
// Exits with 1 when any output differs.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { cleanDoc } from '../src/clean/index.ts';
import type { Doc } from '../src/clean/doc.ts';
import { analyze, type Analysis } from '../src/extract/index.ts';
import { tokenize } from '../src/text/tokens.ts';
import { generateArticles } from './corpus.ts';
import { median, round } from './measure.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    docs: { type: 'string', default: '400' },
    rounds: { type: 'string', default: '9' },
    seed: { type: 'string', default: '20240501' },
  },
});
const ref = positionals[0] ?? 'HEAD';
const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The tree of `ref` in a temporary directory, sharing this checkout's node_modules. */
function checkOut(commit: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'entente-compare-'));
  const tar = execFileSync('git', ['archive', commit], { cwd: ROOT, maxBuffer: 1 << 30 });
  execFileSync('tar', ['-x', '-C', dir], { input: tar });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function cpuMsOf(run: () => void): number {
  const start = cpuMs();
  run();
  return cpuMs() - start;
}

const dir = checkOut(ref);
try {
  const old = (await import(pathToFileURL(join(dir, 'src/extract/index.ts')).href)) as { analyze: (doc: Doc) => Analysis };
  const docs: Doc[] = [];
  for (const a of generateArticles(Number(values.docs), Number(values.seed))) {
    const cleaned = cleanDoc({ source: a.source, text: a.text, meta: {} });
    if (cleaned.ok) docs.push(cleaned.doc);
  }
  const differing = docs.filter((d) => JSON.stringify(analyze(d)) !== JSON.stringify(old.analyze(d)));
  console.log(`output: ${docs.length - differing.length} of ${docs.length} articles identical to ${ref}`);
  for (const d of differing.slice(0, 5)) console.log(`  differs: ${d.source}`);

  const passes = {
    tokenize: () => { for (const d of docs) tokenize(d.text); },
    old: () => { for (const d of docs) old.analyze(d); },
    new: () => { for (const d of docs) analyze(d); },
  };
  passes.old();
  passes.new();
  const oldRatios: number[] = [];
  const newRatios: number[] = [];
  const speedups: number[] = [];
  for (let r = 0; r < Number(values.rounds); r++) {
    const before = cpuMsOf(passes.tokenize);
    // Alternating which goes first, so that neither always follows the other's garbage.
    let o: number;
    let n: number;
    if (r % 2 === 0) {
      o = cpuMsOf(passes.old);
      n = cpuMsOf(passes.new);
    } else {
      n = cpuMsOf(passes.new);
      o = cpuMsOf(passes.old);
    }
    const tok = (before + cpuMsOf(passes.tokenize)) / 2;
    oldRatios.push(o / tok);
    newRatios.push(n / tok);
    speedups.push(o / n);
  }
  console.log(`extract ÷ tokenize: ${ref} ${round(median(oldRatios))}×, this checkout ${round(median(newRatios))}× (medians of ${speedups.length} paired rounds, CPU time)`);
  console.log(`this checkout is ${round(median(speedups))}× as fast as ${ref} (old ÷ new time, per round: ${speedups.map((s) => round(s)).join(' ')})`);
  process.exitCode = differing.length > 0 ? 1 : 0;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
