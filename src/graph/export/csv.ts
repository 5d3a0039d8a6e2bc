// CSV export: three files in a folder — nodes.csv, edges.csv (events and relations,
// as in GraphML) and events.csv (one row per report: every event with each
// document that reports it and its full evidence sentence).
import type { ExportModel } from './model.ts';
import { toCsv } from './csv-write.ts';

export const NODE_COLUMNS = ['id', 'label', 'kind', 'parent', 'aliases', 'first', 'last'] as const;
export const EDGE_COLUMNS = ['id', 'source', 'target', 'kind', 'type', 'mode', 'date', 'start', 'end', 'weight', 'sources',
  'negated', 'modality', 'usd_per_year', 'evidence', 'documents'] as const;
export const EVENT_COLUMNS = ['event_id', 'date', 'type', 'mode', 'source', 'target', 'negated', 'modality', 'sources',
  'document_id', 'document_source', 'outlet', 'published', 'attribution', 'amount', 'currency', 'per', 'evidence',
  'evidence_start', 'evidence_end'] as const;

export function toCsvFiles(model: ExportModel): Record<'nodes.csv' | 'edges.csv' | 'events.csv', string> {
  return {
    'nodes.csv': toCsv(NODE_COLUMNS, model.nodes.map((n) => [n.id, n.label, n.kind, n.parent, n.aliases.join('; '), n.first, n.last])),
    'edges.csv': toCsv(EDGE_COLUMNS, model.edges.map((e) => [e.id, e.source, e.target, e.kind, e.type, e.mode, e.date, e.start,
      e.end, e.weight, e.sources, e.negated, e.modality, e.usdPerYear, e.evidence, e.documents.join(' ')])),
    'events.csv': toCsv(EVENT_COLUMNS, model.events.flatMap((e) => e.reports.map((r) => [
      e.id, e.date?.value ?? null, e.type, e.mode, e.source, e.target, e.negated, e.modality, e.sources,
      r.document.id, r.document.source, r.document.outlet, r.document.published, r.event.attribution,
      r.event.amount?.value ?? null, r.event.amount?.currency ?? null, r.event.amount?.per ?? null,
      r.event.evidence.text, r.event.evidence.start, r.event.evidence.end,
    ]))),
  };
}
