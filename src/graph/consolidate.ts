// Event consolidation: several articles reporting the same event become one event
// with all its reports. Reports are the same event when they have the same type, the
// same actors (either direction for CONSULT, COOPERATE and AGREE, which SPEC §3
// treats as symmetric), the same polarity (a denial is not a report of the act: it
// contradicts it, see conflicts.ts) and compatible dates (cluster-dates.ts).
import type { Amount, EventDate, EventType, Modality } from '../contract.ts';
import type { EventRow } from '../store/store.ts';
import { clusterByDate } from './cluster-dates.ts';
import { precisionRank } from './dates.ts';
import { eventWeight } from './weights.ts';

export const SYMMETRIC_TYPES: ReadonlySet<EventType> = new Set(['CONSULT', 'COOPERATE', 'AGREE']);

/** One report with its actors mapped to the level of the query. */
export interface LeveledReport {
  row: EventRow;
  source: string;
  target: string | null;
  third: string | null;
}

export interface ConsolidatedEvent {
  /** Stable: the first report's document (12 hex digits) and event id. */
  id: string;
  type: EventType;
  mode: string | null;
  source: string;
  target: string | null;
  third: string | null;
  /** The finest date any report gives. */
  date: EventDate | null;
  /** True when the reports say it did not happen (negated or denied). */
  negated: boolean;
  modality: Modality;
  amount: Amount | null;
  weight: number;
  /** Distinct documents reporting it: the corroboration count. */
  sources: number;
  outlets: string[];
  firstReported: string | null;
  lastReported: string | null;
  reports: EventRow[];
}

// localeCompare's order (the default collation), from one collator made once:
// localeCompare builds one per call, which dominated consolidating a busy pair.
const collate = new Intl.Collator().compare;

export function isNegative(report: LeveledReport): boolean {
  return report.row.event.negated || report.row.event.modality === 'denied';
}

export function consolidate(reports: readonly LeveledReport[]): ConsolidatedEvent[] {
  const groups = new Map<string, LeveledReport[]>();
  for (const report of reports) {
    const { type } = report.row.event;
    const actors = [report.source, report.target ?? ''];
    if (SYMMETRIC_TYPES.has(type)) actors.sort();
    const key = [type, ...actors, isNegative(report) ? 'no' : 'yes'].join('\u0000');
    const group = groups.get(key);
    if (group) group.push(report);
    else groups.set(key, [report]);
  }
  const events = [...groups.values()].flatMap((group) => clusterByDate(group).map(merge));
  return events.sort(compareEvents);
}

/** Date order (undated last), then first report, then id: the same order every run. */
export function compareEvents(a: ConsolidatedEvent, b: ConsolidatedEvent): number {
  const da = a.date?.value ?? '\uffff';
  const db = b.date?.value ?? '\uffff';
  return da < db ? -1 : da > db ? 1 : collate(a.firstReported ?? '\uffff', b.firstReported ?? '\uffff') || collate(a.id, b.id);
}

function merge(cluster: LeveledReport[]): ConsolidatedEvent {
  const sorted = [...cluster].sort((x, y) =>
    collate(x.row.document.published ?? '\uffff', y.row.document.published ?? '\uffff')
    || collate(x.row.document.id, y.row.document.id) || x.row.event.evidence.start - y.row.event.evidence.start);
  const first = sorted[0]!;
  const events = sorted.map((r) => r.row.event);
  const direction = majority(sorted.map((r) => `${r.source}\u0000${r.target ?? ''}`));
  const lead = sorted.find((r) => `${r.source}\u0000${r.target ?? ''}` === direction) ?? first;
  const finest = Math.max(...events.map((e) => precisionRank(e.date)));
  const date = finest === 0 ? null : majorityBy(events.filter((e) => precisionRank(e.date) === finest).map((e) => e.date!), (d) => d.value);
  const modality = events.some((e) => e.modality === 'asserted') ? 'asserted' : majority(events.map((e) => e.modality));
  const negated = isNegative(first);
  const mode = majority(events.map((e) => e.mode ?? '')) || null;
  const published = sorted.map((r) => r.row.document.published).filter((p): p is string => p !== null).sort();
  const rows = sorted.map((r) => r.row);
  return {
    id: `${first.row.document.id.slice(0, 12)}-${first.row.event.id}`,
    type: first.row.event.type, mode,
    source: lead.source, target: lead.target, third: sorted.find((r) => r.third !== null)?.third ?? null,
    date, negated, modality,
    amount: events.find((e) => e.amount !== null)?.amount ?? null,
    weight: eventWeight({ type: first.row.event.type, mode, modality, negated }),
    sources: new Set(rows.map((r) => r.document.id)).size,
    outlets: [...new Set(rows.map((r) => r.document.outlet).filter((o): o is string => o !== null))],
    firstReported: published[0] ?? null,
    lastReported: published.at(-1) ?? null,
    reports: rows,
  };
}

/** The most frequent value; the earliest of equals. */
function majority<T extends string>(values: readonly T[]): T {
  return majorityBy(values, (v) => v);
}

function majorityBy<T>(values: readonly T[], key: (value: T) => string): T {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(key(value), (counts.get(key(value)) ?? 0) + 1);
  let best = values[0] as T;
  for (const value of values) if ((counts.get(key(value)) ?? 0) > (counts.get(key(best)) ?? 0)) best = value;
  return best;
}
