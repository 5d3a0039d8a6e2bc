// `entente ingest PATH...`: read articles into the database.
import { InvalidArgumentError, type Command } from 'commander';
import { availableParallelism } from 'node:os';
import { openStore } from '../store/store.ts';
import { ingestInTerminal } from '../ingest/ingest-in-terminal.ts';
import { formatSummary } from '../ingest/format-summary.ts';
import { DEFAULT_BATCH_SIZE, DEFAULT_DOC_TIMEOUT_MS } from '../ingest/types.ts';

export const DEFAULT_DB = './entente.db';

interface IngestFlags {
  db?: string;
  maxSize?: number;
  batch: number;
  workers: number;
  docTimeout: number;
  quiet?: boolean;
  json?: boolean;
}

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('Read articles (files, folders, globs, - for stdin) into the database, with their events and relations')
    .argument('<paths...>', 'text, HTML, Markdown, JSONL/JSON or RSS/Atom files, folders or globs; - reads standard input')
    .option('--db <path>', `database file or postgres:// URL (default: $ENTENTE_DB, else ${DEFAULT_DB})`)
    .option('--max-size <MB>', 'refuse inputs larger than this many megabytes', positiveNumber)
    .option('--batch <N>', 'documents per transaction', positiveInteger, DEFAULT_BATCH_SIZE)
    .option('--workers <N>', 'threads cleaning and analysing articles (default: one per core)', positiveInteger, availableParallelism())
    .option('--doc-timeout <seconds>', 'refuse a document whose cleaning or analysis takes longer than this', positiveSeconds, DEFAULT_DOC_TIMEOUT_MS / 1000)
    .option('--quiet', 'print nothing but errors')
    .option('--json', 'print the summary as one JSON object on standard output')
    .addHelpText('after', `
Examples:
  entente ingest articles/                 every article under a folder
  entente ingest 'feeds/*.xml' notes.md    globs and single files
  curl -s https://example.org/feed.rss | entente ingest -
  entente ingest --db ~/iran.db --json archive.jsonl
  entente ingest --db postgres://analyst@db.example.org/entente archive/

Ingesting the same articles again changes nothing ("unchanged"); near copies are
kept as duplicates without facts of their own. Ctrl-C saves what was read so far.
A document whose cleaning or analysis runs past --doc-timeout is refused, the rest
goes on (an article takes well under a second, 5 MB of text 5 to 10 s).
Several ingest processes, on one machine or several, may write to one PostgreSQL
database at once: they share the work and store each document once.
Exit status: 0 when every input was stored, 1 when some failed (one line each on
standard error), 130 when interrupted.`)
    .action(async (paths: string[], flags: IngestFlags) => {
      process.exitCode = await runIngest(paths, flags);
    });
}

async function runIngest(paths: string[], flags: IngestFlags): Promise<number> {
  const db = flags.db ?? (process.env.ENTENTE_DB || DEFAULT_DB);
  let store;
  try {
    store = await openStore(db);
  } catch (error) {
    process.stderr.write(`entente: ${(error as Error).message}\n`);
    return 1;
  }
  try {
    const { summary, exitCode } = await ingestInTerminal(paths, store, {
      batchSize: flags.batch,
      workers: flags.workers,
      docTimeoutMs: flags.docTimeout * 1000,
      ...(flags.maxSize === undefined ? {} : { maxBytes: Math.round(flags.maxSize * 1024 * 1024) }),
      quiet: flags.quiet === true,
    });
    if (flags.json) {
      process.stdout.write(`${JSON.stringify({ database: db, ...summary, elapsedMs: Math.round(summary.elapsedMs) })}\n`);
    } else if (!flags.quiet) {
      process.stdout.write(`${formatSummary(summary)}\n`);
    }
    return exitCode;
  } catch (error) {
    process.stderr.write(`entente: ${db}: ${(error as Error).message}\n`);
    return 1;
  } finally {
    await store.close();
  }
}

function positiveNumber(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a number of megabytes above 0, e.g. 5 or 0.5');
  return n;
}

function positiveSeconds(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a number of seconds above 0, e.g. 15 or 60');
  return n;
}

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of documents, at least 1');
  return n;
}
