// What Store.counterparts and Store.roleTotals read, the same on every backend: first
// the stored totals, then the counts of the documents not folded into them yet (see
// migrations/004), which are added here to the total with the same key. Counterparts
// come one row per entity and counterpart with their counts packed by SQL as
// "TYPE:negated:count,…": one row per counterpart moves far fewer values than one per type.
import type { EventType } from '../contract.ts';
import type { CounterpartCount, CounterpartRow, RoleTotal } from './graph-types.ts';

export interface PackedRow {
  actor: string;
  counterpart: string;
  counts: string;
  first: string | null;
  last: string | null;
  /** Counted from the events of documents queued since the totals were last folded (0/1 in SQLite). */
  pending: boolean | number;
}

export function counterpartRows(packed: readonly PackedRow[]): CounterpartRow[] {
  const rows = new Map<string, CounterpartRow>();
  for (const { actor, counterpart, counts, first, last, pending } of packed) {
    const key = `${actor}\u0000${counterpart}`;
    const row = pending ? rows.get(key) : undefined;
    if (row === undefined) {
      rows.set(key, { actor, counterpart, counts: unpack(counts), first, last });
      continue;
    }
    for (const added of unpack(counts)) {
      const same = row.counts.find((c) => c.type === added.type && c.negated === added.negated);
      if (same) same.count += added.count;
      else row.counts.push(added);
    }
    if (first !== null && (row.first === null || first < row.first)) row.first = first;
    if (last !== null && (row.last === null || last > row.last)) row.last = last;
  }
  return [...rows.values()];
}

function unpack(counts: string): CounterpartCount[] {
  return counts.split(',').map((entry) => {
    const [type, negated, count] = entry.split(':');
    return { type: type as EventType, negated: negated === '1', count: Number(count) };
  });
}

/** Role totals first, then those of queued documents (0/1 in SQLite), added to the total of the same role. */
export function roleTotalRows(rows: readonly (RoleTotal & { pending: boolean | number })[]): RoleTotal[] {
  const totals = new Map<string, RoleTotal>();
  for (const { pending, ...row } of rows) {
    const key = `${row.entity}\u0000${row.title}\u0000${row.of ?? ''}`;
    const total = pending ? totals.get(key) : undefined;
    if (total === undefined) {
      totals.set(key, row);
      continue;
    }
    total.documents += row.documents;
    if (row.from !== null && (total.from === null || row.from < total.from)) total.from = row.from;
    if (row.to !== null && (total.to === null || row.to > total.to)) total.to = row.to;
  }
  return [...totals.values()];
}
