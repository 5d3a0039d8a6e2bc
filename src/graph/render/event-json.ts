// Stable JSON for events: fixed key order, ids with names beside them, every report
// with its document and exact evidence span. Outside tools may rely on this shape.
import type { EventRow } from '../../store/store.ts';
import type { ConsolidatedEvent } from '../consolidate.ts';
import type { Names } from '../load-events.ts';

export interface RefJson {
  id: string;
  name: string;
}

export function refJson(id: string, names: Names): RefJson;
export function refJson(id: string | null, names: Names): RefJson | null;
export function refJson(id: string | null, names: Names): RefJson | null {
  return id === null ? null : { id, name: names.get(id)?.name ?? id };
}

export function reportJson(row: EventRow, names: Names) {
  const { event, document } = row;
  return {
    document: {
      id: document.id, source: document.source, title: document.title, published: document.published,
      outlet: document.outlet, url: document.url,
    },
    event: event.id,
    type: event.type,
    mode: event.mode,
    source: event.source,
    target: event.target,
    date: event.date,
    modality: event.modality,
    negated: event.negated,
    attribution: refJson(event.attribution, names),
    amount: event.amount,
    evidence: event.evidence,
    confidence: event.confidence,
  };
}

export function eventJson(e: ConsolidatedEvent, names: Names) {
  return {
    id: e.id,
    date: e.date,
    type: e.type,
    mode: e.mode,
    source: refJson(e.source, names),
    target: refJson(e.target, names),
    third: refJson(e.third, names),
    modality: e.modality,
    negated: e.negated,
    amount: e.amount,
    weight: e.weight,
    sources: e.sources,
    outlets: e.outlets,
    firstReported: e.firstReported,
    lastReported: e.lastReported,
    reports: e.reports.map((r) => reportJson(r, names)),
  };
}

export function stableJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
