// What every export format writes: actors as nodes; as edges, each consolidated
// event (with its date interval, weight and sources) and each standing relation
// (PART_OF, PATRON, ALLY…, aggregated over documents); and the events with all their
// reports. The writers (graphml.ts, gexf.ts, csv.ts, json.ts, cypher.ts) only encode.
import type { EntityKind } from '../../contract.ts';
import type { RelationRow } from '../../store/store.ts';
import type { ConsolidatedEvent } from '../consolidate.ts';
import { dayInterval, isoDay } from '../dates.ts';
import { toUsdPerYear } from '../usd.ts';

export interface ExportNode {
  id: string;
  label: string;
  kind: EntityKind | null;
  /** The parent at the exported level, when it is itself a node. */
  parent: string | null;
  aliases: string[];
  first: string | null;
  last: string | null;
}

export interface ExportEdge {
  id: string;
  source: string;
  target: string;
  kind: 'event' | 'relation';
  /** PLOVER type for events, relation type for relations. */
  type: string;
  mode: string | null;
  /** The event's ISO partial date, or a relation's "since". */
  date: string | null;
  /** The days the date covers, as ISO days: "2016" is 2016-01-01 to 2016-12-31. */
  start: string | null;
  end: string | null;
  weight: number;
  /** Distinct documents. */
  sources: number;
  negated: boolean;
  modality: string | null;
  usdPerYear: number | null;
  evidence: string;
  documents: string[];
}

export interface ExportModel {
  nodes: ExportNode[];
  edges: ExportEdge[];
  events: ConsolidatedEvent[];
}

export interface NodeInfo {
  name: string;
  kind: EntityKind | null;
  parent: string | null;
  aliases: string[];
}

export function buildExportModel(events: readonly ConsolidatedEvent[], relations: readonly { row: RelationRow; source: string; target: string }[],
  info: (id: string) => NodeInfo): ExportModel {
  const edges = [...events.filter((e) => e.target !== null && e.target !== e.source).map(eventEdge), ...relationEdges(relations)];
  const ids = [...new Set(edges.flatMap((e) => [e.source, e.target]))].sort();
  const span = new Map<string, { first: string | null; last: string | null }>();
  for (const edge of edges) {
    for (const id of [edge.source, edge.target]) {
      const s = span.get(id) ?? { first: null, last: null };
      if (edge.kind === 'event' && edge.start !== null && (s.first === null || edge.start < s.first)) s.first = edge.start;
      if (edge.kind === 'event' && edge.end !== null && (s.last === null || edge.end > s.last)) s.last = edge.end;
      span.set(id, s);
    }
  }
  const present = new Set(ids);
  const nodes = ids.map((id): ExportNode => {
    const i = info(id);
    return {
      id, label: i.name, kind: i.kind, parent: i.parent !== null && present.has(i.parent) ? i.parent : null,
      aliases: i.aliases, first: span.get(id)?.first ?? null, last: span.get(id)?.last ?? null,
    };
  });
  return { nodes, edges, events: [...events] };
}

function eventEdge(e: ConsolidatedEvent): ExportEdge {
  const interval = e.date === null ? null : dayInterval(e.date.value);
  return {
    id: e.id, source: e.source, target: e.target!, kind: 'event', type: e.type, mode: e.mode, date: e.date?.value ?? null,
    start: interval === null ? null : isoDay(interval.start), end: interval === null ? null : isoDay(interval.end),
    weight: e.weight, sources: e.sources, negated: e.negated, modality: e.modality,
    usdPerYear: e.amount === null ? null : toUsdPerYear(e.amount).usdPerYear,
    evidence: e.reports[0]!.event.evidence.text,
    documents: [...new Set(e.reports.map((r) => r.document.id))],
  };
}

/** One edge per relation type and pair (either order for ALLY and RIVAL), over all documents that state it. */
function relationEdges(relations: readonly { row: RelationRow; source: string; target: string }[]): ExportEdge[] {
  const edges = new Map<string, ExportEdge>();
  for (const { row, source, target } of relations) {
    if (source === target) continue;
    const { type, since } = row.relation;
    const [a, b] = type === 'ALLY' || type === 'RIVAL' ? [source, target].sort() as [string, string] : [source, target];
    const id = `rel-${type}-${a}-${b}`;
    const edge = edges.get(id) ?? {
      id, source: a, target: b, kind: 'relation' as const, type, mode: row.relation.role, date: since, start: null, end: null,
      weight: 0, sources: 0, negated: false, modality: null, usdPerYear: null, evidence: row.relation.evidence.text, documents: [],
    };
    if (since !== null && (edge.date === null || since < edge.date)) edge.date = since;
    if (!edge.documents.includes(row.document.id)) edge.documents.push(row.document.id);
    edge.sources = edge.documents.length;
    edge.weight = edge.sources;
    edges.set(id, edge);
  }
  for (const edge of edges.values()) {
    const since = edge.date === null ? null : dayInterval(edge.date);
    edge.start = since === null ? null : isoDay(since.start);
  }
  return [...edges.values()].sort((x, y) => x.id.localeCompare(y.id));
}
