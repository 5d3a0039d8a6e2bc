// What the graph commands (dyad, actor, events, flows, conflicts, network, export,
// merge) share: the --db, --rollup, --from/--to options and their checks, and
// opening the store with an up-to-date resolution. Errors a user can act on end
// the command with one line on standard error and exit status 1.
import { InvalidArgumentError, Option, type Command } from 'commander';
import { existsSync } from 'node:fs';
import { EVENT_TYPES, type EventType } from '../contract.ts';
import { isPostgresUrl, openStore, type Store } from '../store/store.ts';
import { ensureResolution } from '../graph/resolve/ensure.ts';
import { parseUserDate, PERIODS, type Period } from '../graph/dates.ts';
import { DEFAULT_DB } from './ingest.ts';

export interface StoreFlags {
  db?: string;
}

export interface ScopeFlags extends StoreFlags {
  rollup?: boolean;
  from?: string;
  to?: string;
}

export function dbOption(command: Command): Command {
  return command.option('--db <path>', `database file (default: $ENTENTE_DB, else ${DEFAULT_DB})`);
}

export function scopeOptions(command: Command): Command {
  return dbOption(command)
    .option('--rollup', 'count wings, agencies and office-holders as the actor above them (Qassam Brigades as Hamas, IRGC as Iran)')
    .option('--from <date>', 'only events on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)', (v) => userDate(v, '--from'))
    .option('--to <date>', 'only events on or before this date', (v) => userDate(v, '--to'));
}

export function formatOption(choices: readonly string[], fallback = 'table'): Option {
  return new Option('--format <format>', 'output format').choices([...choices]).default(fallback);
}

export function periodOption(): Option {
  return new Option('--period <period>', 'period of the relation-state series').choices([...PERIODS]).default('year');
}

export const fullOption = ['--full', 'print evidence sentences whole, with every report of each event'] as const;

function userDate(value: string, flag: string): string {
  try {
    return parseUserDate(value, flag);
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message.replace(`${flag} `, ''));
  }
}

/** "AID,SANCTION" or "aid sanction" → checked PLOVER types. */
export function eventTypes(value: string, previous: EventType[] = []): EventType[] {
  const types = value.split(/[\s,]+/).filter(Boolean).map((t) => t.toUpperCase());
  for (const type of types) {
    if (!(EVENT_TYPES as readonly string[]).includes(type)) {
      throw new InvalidArgumentError(`"${type}" is not a PLOVER type — use one of ${EVENT_TYPES.join(', ')}`);
    }
  }
  return [...previous, ...(types as EventType[])];
}

export function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number, at least 1');
  return n;
}

export function checkRange(flags: ScopeFlags): void {
  if (flags.from && flags.to && flags.to.slice(0, flags.from.length) < flags.from.slice(0, flags.to.length)) {
    throw new UserError(`--from ${flags.from} is after --to ${flags.to} — swap them`);
  }
}

export function period(value: string | undefined): Period {
  return (value ?? 'year') as Period;
}

/** A mistake the user can fix: printed as one line, exit status 1. */
export class UserError extends Error {}

/**
 * Opens the database named by --db (or $ENTENTE_DB), refuses a missing file rather
 * than creating an empty one, brings the resolution up to date and runs `work`.
 */
export async function withGraphStore(flags: StoreFlags, work: (store: Store) => Promise<void>): Promise<number> {
  const db = flags.db ?? (process.env.ENTENTE_DB || DEFAULT_DB);
  if (!isPostgresUrl(db) && !existsSync(db)) {
    process.stderr.write(`entente: no database at ${db} — ingest articles first (entente ingest FILES --db ${db}) or pass --db\n`);
    return 1;
  }
  let store: Store | undefined;
  try {
    store = await openStore(db);
    await ensureResolution(store);
    await work(store);
    return 0;
  } catch (error) {
    process.stderr.write(`entente: ${(error as Error).message}\n`);
    return 1;
  } finally {
    await store?.close();
  }
}

/** Writes text to standard output, adding the final newline when missing. */
export function print(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}
