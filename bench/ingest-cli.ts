// End-to-end ingest as a user runs it: `entente ingest FOLDER --db X` in a child
// process over N article files written to disk one at a time (the benchmark never
// holds the corpus in memory, so 100,000 articles are fine), timing it and taking the
// child's peak resident memory and CPU time, worker threads included.
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateArticle } from './corpus.ts';
import type { IngestSummary } from '../src/ingest/types.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const PEAK_RSS = fileURLToPath(new URL('./peak-rss.mjs', import.meta.url));

export interface CorpusFolder {
  dir: string;
  files: number;
  remove(): Promise<void>;
}

/** Writes articles 0…n-1 of the synthetic corpus as files, 1,000 to a folder. */
export async function writeCorpus(n: number, seed: number): Promise<CorpusFolder> {
  const dir = await mkdtemp(join(tmpdir(), 'entente-bench-corpus-'));
  for (let i = 0; i < n; i++) {
    const sub = join(dir, String(Math.floor(i / 1000)).padStart(3, '0'));
    if (i % 1000 === 0) await mkdir(sub);
    const article = generateArticle(i, seed);
    await writeFile(join(sub, `${i}.txt`), article.text);
  }
  return { dir, files: n, remove: () => rm(dir, { recursive: true, force: true }) };
}

export interface CliIngestFigures {
  summary: IngestSummary;
  /** Wall time of the child, start-up included. */
  wallMs: number;
  peakRssMb: number;
  /** CPU time (user + system) of the child, all its threads, start-up included. */
  cpuMs: number;
  stderr: string;
}

export async function ingestWithCli(folder: string, db: string, workers: number): Promise<CliIngestFigures> {
  const rssFile = join(await mkdtemp(join(tmpdir(), 'entente-bench-rss-')), 'rss');
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', PEAK_RSS, join(ROOT, 'bin', 'entente.js'),
    'ingest', folder, '--db', db, '--json', '--quiet', '--workers', String(workers)], {
    cwd: ROOT, env: { ...process.env, ENTENTE_BENCH_PEAK_RSS_FILE: rssFile }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const wallMs = performance.now() - started;
  if (status !== 0 && status !== 1) throw new Error(`entente ingest exited with ${status}: ${stderr.slice(-500)}`);
  const usage = JSON.parse(await readFile(rssFile, 'utf8')) as { maxRssBytes: number; userUs: number; systemUs: number };
  await rm(join(rssFile, '..'), { recursive: true, force: true });
  return {
    summary: JSON.parse(stdout) as IngestSummary, wallMs, peakRssMb: usage.maxRssBytes / 1024 / 1024,
    cpuMs: (usage.userUs + usage.systemUs) / 1000, stderr,
  };
}
