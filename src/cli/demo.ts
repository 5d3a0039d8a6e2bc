// `entente demo`: ingest the bundled sample articles into a fresh database and
// show what came out, ending with the Iran–Hamas timeline as the articles tell it.
import type { Command } from 'commander';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore, type DyadEventRow, type Store } from '../store/store.ts';
import { ingestInTerminal } from '../ingest/ingest-in-terminal.ts';
import { formatSummary } from '../ingest/format-summary.ts';

const DEFAULT_DEMO_DB = './entente-demo.db';
// Relative to this file, not to the working directory: the demo runs from anywhere.
const SAMPLES_DIR = fileURLToPath(new URL('../../samples/', import.meta.url));
const EVIDENCE_CHARS = 100;

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('Ingest the bundled sample articles into a fresh database and show the Iran–Hamas timeline')
    .option('--db <path>', 'database file to create (deleted first if it exists)', DEFAULT_DEMO_DB)
    .addHelpText('after', '\nExample:\n  entente demo --db /tmp/demo.db\n')
    .action(async (flags: { db: string }) => {
      process.exitCode = await runDemo(flags.db);
    });
}

async function runDemo(db: string): Promise<number> {
  if (!existsSync(SAMPLES_DIR)) {
    process.stderr.write(`entente: the sample articles are missing (${SAMPLES_DIR}) — reinstall Entente\n`);
    return 1;
  }
  let store: Store;
  try {
    await removeOldDatabase(db);
    store = await openStore(db);
  } catch (error) {
    process.stderr.write(`entente: ${(error as Error).message}\n`);
    return 1;
  }
  try {
    const { summary, exitCode } = await ingestInTerminal(sampleFiles(), store, {});
    console.log(formatSummary(summary));
    if (summary.interrupted) return exitCode;
    const counts = await store.counts();
    console.log(
      `\nDatabase ${db}: ${counts.documents} documents (${counts.duplicates} duplicate), ` +
        `${counts.entities} entities, ${counts.events} events, ${counts.relations} relations`,
    );
    await printTimeline(store, 'iran', 'hamas');
    printTryNext(db);
    return 0;
  } finally {
    await store.close();
  }
}

/**
 * A fresh database each time, so the demo shows exactly what the samples give. Only
 * an Entente database is deleted: opening it first refuses any other file, so a
 * mistyped --db cannot destroy someone's data.
 */
async function removeOldDatabase(db: string): Promise<void> {
  if (!existsSync(db)) return;
  await (await openStore(db)).close();
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${db}${suffix}`, { force: true });
}

function printTryNext(db: string): void {
  const steps: [string, string][] = [
    ['entente ingest your-articles/', `add your own articles (with --db ${db} to join these)`],
    ['entente extract --format table FILE', 'what one article yields, without storing it'],
    ['entente extract --explain FILE', 'why each event was (or was not) found'],
    ['entente eval --gold gold.jsonl --aliases aliases.json CORPUS/', 'score against annotated articles'],
  ];
  const width = Math.max(...steps.map(([command]) => command.length));
  console.log(`\nTry next:\n${steps.map(([command, why]) => `  ${command.padEnd(width)}  ${why}`).join('\n')}`);
}

/** The sample articles: every file but the folder's README, which describes them. */
function sampleFiles(): string[] {
  return readdirSync(SAMPLES_DIR)
    .filter((name) => !name.startsWith('.') && !/^readme\b/i.test(name))
    .sort()
    .map((name) => join(SAMPLES_DIR, name));
}

async function printTimeline(store: Store, a: string, b: string): Promise<void> {
  const nameOf = async (id: string) => (await store.entity(id))?.name ?? id;
  const names = new Map([[a, await nameOf(a)], [b, await nameOf(b)]]);
  const rows = await store.dyadEvents(a, b);
  console.log(`\n${names.get(a)}–${names.get(b)} timeline (${rows.length} event${rows.length === 1 ? '' : 's'}):`);
  if (rows.length === 0) {
    console.log(`  no events between ${names.get(a)} and ${names.get(b)} yet`);
    return;
  }
  for (const line of alignColumns(rows.map((row) => timelineCells(row, names)))) console.log(`  ${line}`);
}

/** date, type/mode (modality), actors, amount, outlet, evidence — one row of the timeline. */
export function timelineCells({ event, document }: DyadEventRow, names: Map<string, string>): string[] {
  const kind = [event.mode ? `${event.type}/${event.mode}` : event.type];
  if (event.negated) kind.push('(not)');
  if (event.modality !== 'asserted') kind.push(`(${event.modality})`);
  const name = (id: string | null) => (id === null ? '?' : (names.get(id) ?? id));
  return [
    event.date?.value ?? 'undated',
    kind.join(' '),
    `${name(event.source)} → ${name(event.target)}`,
    event.amount ? event.amount.text || `${event.amount.value} ${event.amount.currency}` : '',
    document.outlet ?? basename(document.source),
    `“${shorten(event.evidence.text, EVIDENCE_CHARS)}”`,
  ];
}

/** Pads every column but the last to its widest cell; an empty column takes no room. */
function alignColumns(rows: string[][]): string[] {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0))) ?? [];
  return rows.map((row) =>
    row
      .map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column] ?? 0)))
      .filter((_, column) => (widths[column] ?? 0) > 0)
      .join('  '));
}

function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}
