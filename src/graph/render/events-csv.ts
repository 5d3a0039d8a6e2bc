// `entente events --format csv`: one row per consolidated event, its first report's
// evidence and document, and how many documents report it.
import type { ConsolidatedEvent } from '../consolidate.ts';
import type { Names } from '../load-events.ts';
import { toCsv } from '../export/csv-write.ts';

export const EVENT_CSV_HEADER = [
  'id', 'date', 'precision', 'type', 'mode', 'source_id', 'source', 'target_id', 'target', 'negated', 'modality',
  'amount', 'currency', 'per', 'weight', 'sources', 'outlets', 'first_reported', 'last_reported',
  'evidence', 'document', 'document_source',
] as const;

export function eventsCsv(events: readonly ConsolidatedEvent[], names: Names): string {
  const name = (id: string | null) => (id === null ? null : (names.get(id)?.name ?? id));
  return toCsv(EVENT_CSV_HEADER, events.map((e) => {
    const first = e.reports[0]!;
    return [
      e.id, e.date?.value ?? null, e.date?.precision ?? null, e.type, e.mode, e.source, name(e.source), e.target, name(e.target),
      e.negated, e.modality, e.amount?.value ?? null, e.amount?.currency ?? null, e.amount?.per ?? null, e.weight, e.sources,
      e.outlets.join('; '), e.firstReported, e.lastReported, first.event.evidence.text, first.document.id, first.document.source,
    ];
  }));
}
