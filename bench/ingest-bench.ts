// End-to-end ingest into a fresh SQLite database, through the same ingest() and
// openStore() the CLI uses: files on disk → read → clean → analyze → store. Then
// times the one graph query the store has today (events of a dyad).
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { openStore, type Store } from '../src/store/store.ts';
import { ingest } from '../src/ingest/ingest.ts';
import type { IngestSummary } from '../src/ingest/types.ts';
import type { Article } from './corpus.ts';
import { percentile } from './measure.ts';

export interface IngestFigures {
  summary: IngestSummary;
  /** Wall time of ingest() alone (writing the files is not counted). */
  ms: number;
  failures: string[];
  /** Null when not asked for (profiling ingest alone). */
  dyad: { a: string; b: string; rows: number; p50: number; p95: number } | null;
}

const DYAD_CALLS = 200;

export async function ingestBench(articles: Article[], options: { timeQuery: boolean } = { timeQuery: true }): Promise<IngestFigures> {
  const root = await mkdtemp(join(tmpdir(), 'entente-bench-'));
  try {
    const folder = join(root, 'corpus');
    await mkdir(folder);
    await Promise.all(articles.map((a) => writeFile(join(folder, basename(a.source)), a.text)));
    const store = await openStore(join(root, 'bench.db'));
    try {
      const failures: string[] = [];
      const start = performance.now();
      const summary = await ingest([folder], {}, store, (event) => {
        if (event.kind === 'failure') failures.push(`${event.source}: ${event.reason}`);
      });
      const ms = performance.now() - start;
      return { summary, ms, failures, dyad: options.timeQuery ? await timeDyad(store, 'iran', 'hamas') : null };
    } finally {
      await store.close();
    }
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

async function timeDyad(store: Store, a: string, b: string): Promise<IngestFigures['dyad']> {
  const rows = (await store.dyadEvents(a, b)).length;
  const times: number[] = [];
  for (let i = 0; i < DYAD_CALLS; i++) {
    const start = performance.now();
    await store.dyadEvents(a, b);
    times.push(performance.now() - start);
  }
  return { a, b, rows, p50: percentile(times, 50), p95: percentile(times, 95) };
}
