// One consolidated event as table cells: date first, then what, who, how many
// sources, and the evidence (shortened unless asked in full).
import type { ConsolidatedEvent } from '../consolidate.ts';
import { SYMMETRIC_TYPES } from '../consolidate.ts';
import { nameIn, type Names } from '../load-events.ts';
import type { EventRow } from '../../store/store.ts';
import { baseName, shorten } from './table.ts';

export const EVIDENCE_CHARS = 90;
export const EVENT_HEADER = ['date', 'type', 'actors', 'amount', 'srcs', 'reported by', 'evidence'] as const;

export function typeLabel(e: Pick<ConsolidatedEvent, 'type' | 'mode' | 'negated' | 'modality'>): string {
  const parts = [e.mode ? `${e.type}/${e.mode}` : e.type];
  if (e.negated) parts.push('(not)');
  if (e.modality !== 'asserted' && e.modality !== 'denied') parts.push(`(${e.modality})`);
  if (e.modality === 'denied') parts.push('(denied)');
  return parts.join(' ');
}

export function actorsLabel(e: ConsolidatedEvent, names: Names): string {
  if (e.target === null) return nameIn(names, e.source);
  const arrow = SYMMETRIC_TYPES.has(e.type) ? '↔' : '→';
  return `${nameIn(names, e.source)} ${arrow} ${nameIn(names, e.target)}`;
}

/** Where a report comes from: its outlet, else its file name. */
export function reportedIn(row: EventRow): string {
  return row.document.outlet ?? baseName(row.document.source);
}

export function reportedBy(e: ConsolidatedEvent): string {
  const first = reportedIn(e.reports[0]!);
  const others = new Set(e.reports.map(reportedIn));
  return others.size > 1 ? `${first} +${others.size - 1}` : first;
}

export function eventCells(e: ConsolidatedEvent, names: Names, evidenceChars = EVIDENCE_CHARS): string[] {
  return [
    e.date?.value ?? 'undated',
    typeLabel(e),
    actorsLabel(e, names),
    e.amount ? e.amount.text || `${e.amount.value} ${e.amount.currency}` : '',
    String(e.sources),
    reportedBy(e),
    `“${shorten(e.reports[0]!.event.evidence.text, evidenceChars)}”`,
  ];
}

/** With --full: every further report of an event, one line each, below it. */
export function furtherReports(e: ConsolidatedEvent, indent: string): string[] {
  return e.reports.slice(1).map((r) =>
    `${indent}also ${reportedIn(r)}${r.document.published ? ` (${r.document.published})` : ''}: “${shorten(r.event.evidence.text, 0)}”`);
}
