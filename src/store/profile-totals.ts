// What Store.counterparts reads, the same on every backend: the stored totals, then
// the counts of the documents not yet folded into them (see migrations/004), which
// may repeat a key of the totals and are added to it here.
import type { CounterpartRow } from './graph-types.ts';

export interface TotalsRow extends CounterpartRow {
  /** Counted from the events of documents queued since the totals were last folded. */
  pending: boolean;
}

export function withPending(rows: TotalsRow[]): CounterpartRow[] {
  // Usually nothing is queued: the rows are then the answer as they are.
  if (!rows.some((row) => row.pending)) return rows;
  const merged = new Map<string, CounterpartRow>();
  for (const { pending, ...row } of rows) {
    const key = `${row.actor}\u0000${row.counterpart}\u0000${row.type}\u0000${row.negated}`;
    const total = pending ? merged.get(key) : undefined;
    if (total === undefined) {
      merged.set(key, row);
      continue;
    }
    total.count += row.count;
    if (row.first !== null && (total.first === null || row.first < total.first)) total.first = row.first;
    if (row.last !== null && (total.last === null || row.last > total.last)) total.last = row.last;
  }
  return [...merged.values()];
}
