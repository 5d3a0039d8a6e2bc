// `entente copy --from A --to B`: moves a whole store (every table, as it is) from one
// database to another — SQLite to PostgreSQL when a team outgrows a laptop, or back —
// then checks the copy: the same number of rows and the same checksum in every table.
import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { isPostgresUrl, openStore, redactLocation as redact } from '../store/store.ts';
import { digestTable, openTables, TABLE_NAMES, type StoreTables, type TableDigest } from '../store/tables.ts';

interface CopyFlags {
  from: string;
  to: string;
  json?: boolean;
}

export function registerCopy(program: Command): void {
  program
    .command('copy')
    .description('Copy a whole store into another, empty, database (SQLite file or postgres:// URL) and verify it')
    .requiredOption('--from <db>', 'the store to copy: an SQLite file or a postgres:// URL')
    .requiredOption('--to <db>', 'an empty or new database: an SQLite file or a postgres:// URL (the database must exist)')
    .option('--json', 'print the verification as one JSON object')
    .addHelpText('after', `
Examples:
  entente copy --from entente.db --to postgres://analyst@db.example.org/entente
  entente copy --from postgres://analyst@db.example.org/entente --to backup.db

Every table is copied in one transaction of its own, in insertion order, then read
back from both sides: row counts and a checksum per table must match. Exit status 0
when they do, 1 otherwise or when the target already holds data.`)
    .action(async (flags: CopyFlags) => {
      process.exitCode = await runCopy(flags);
    });
}

async function runCopy(flags: CopyFlags): Promise<number> {
  if (!isPostgresUrl(flags.from) && !existsSync(flags.from)) {
    process.stderr.write(`entente: no database at ${flags.from} — pass --from with an existing SQLite file or a postgres:// URL\n`);
    return 1;
  }
  let source: StoreTables | undefined;
  let target: StoreTables | undefined;
  try {
    // Opening each as a store first creates or migrates its schema to this version.
    for (const location of [flags.from, flags.to]) await (await openStore(location)).close();
    source = await openTables(flags.from);
    target = await openTables(flags.to);
    for (const table of TABLE_NAMES) {
      if ((await target.count(table)) > 0) {
        process.stderr.write(`entente: ${redact(flags.to)} already holds data (table ${table}) — copy into an empty database\n`);
        return 1;
      }
    }
    const started = performance.now();
    for (const table of TABLE_NAMES) {
      const rows = await target.write(table, source.read(table));
      if (!flags.json) process.stderr.write(`entente: copied ${table}: ${rows} rows\n`);
    }
    const copyMs = performance.now() - started;
    const report: { table: string; from: TableDigest; to: TableDigest; same: boolean }[] = [];
    for (const table of TABLE_NAMES) {
      const [from, to] = await Promise.all([digestTable(source, table), digestTable(target, table)]);
      report.push({ table, from, to, same: from.rows === to.rows && from.checksum === to.checksum });
    }
    const ok = report.every((r) => r.same);
    if (flags.json) {
      process.stdout.write(`${JSON.stringify({ from: redact(flags.from), to: redact(flags.to), ok, elapsedMs: Math.round(copyMs), tables: report })}\n`);
    } else {
      process.stdout.write(`${renderTable(report)}\n${ok ? 'copy verified' : 'COPY DIFFERS'}: ${report.length} tables, ` +
        `${report.reduce((n, r) => n + r.to.rows, 0)} rows in ${(copyMs / 1000).toFixed(1)} s\n`);
    }
    return ok ? 0 : 1;
  } catch (error) {
    process.stderr.write(`entente: copy failed: ${(error as Error).message}\n`);
    return 1;
  } finally {
    await source?.close();
    await target?.close();
  }
}

/** table  rows  checksum  same, one line per table. */
function renderTable(report: { table: string; from: TableDigest; to: TableDigest; same: boolean }[]): string {
  const lines = [['table', 'rows (from → to)', 'checksum (from → to)', ''],
    ...report.map((r) => [r.table, `${r.from.rows} → ${r.to.rows}`, `${r.from.checksum} → ${r.to.checksum}`, r.same ? 'same' : 'DIFFERENT'])];
  const widths = lines[0]!.map((_, i) => Math.max(...lines.map((line) => line[i]!.length)));
  return lines.map((line) => line.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd()).join('\n');
}
