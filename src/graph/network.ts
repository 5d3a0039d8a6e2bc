// The network of a period: actors as nodes, and between each pair one tie that
// aggregates their consolidated events (counts by type, summed weight, distinct
// sources, first and last date).
import type { EventType } from '../contract.ts';
import type { ConsolidatedEvent } from './consolidate.ts';

export interface NetworkTie {
  /** The pair in id order; `forward` counts events a → b, `backward` b → a. */
  a: string;
  b: string;
  events: number;
  forward: number;
  backward: number;
  /** Distinct documents behind the tie's events. */
  sources: number;
  score: number;
  types: Partial<Record<EventType, number>>;
  first: string | null;
  last: string | null;
  /** Ids of the tie's consolidated events, in date order. */
  eventIds: string[];
}

export interface NetworkNode {
  id: string;
  /** Ties kept, and events on them. */
  degree: number;
  events: number;
}

export interface Network {
  nodes: NetworkNode[];
  ties: NetworkTie[];
}

export function buildNetwork(events: readonly ConsolidatedEvent[], minSources = 1): Network {
  const ties = new Map<string, NetworkTie & { documents: Set<string> }>();
  for (const event of events) {
    if (event.target === null || event.target === event.source) continue;
    const [a, b] = [event.source, event.target].sort() as [string, string];
    const key = `${a}\u0000${b}`;
    const tie = ties.get(key) ?? {
      a, b, events: 0, forward: 0, backward: 0, sources: 0, score: 0, types: {}, first: null, last: null,
      eventIds: [], documents: new Set<string>(),
    };
    tie.events++;
    if (event.source === a) tie.forward++;
    else tie.backward++;
    tie.score += event.weight;
    tie.types[event.type] = (tie.types[event.type] ?? 0) + 1;
    const date = event.date?.value ?? null;
    if (date !== null && (tie.first === null || date < tie.first)) tie.first = date;
    if (date !== null && (tie.last === null || date > tie.last)) tie.last = date;
    tie.eventIds.push(event.id);
    for (const report of event.reports) tie.documents.add(report.document.id);
    ties.set(key, tie);
  }
  const kept = [...ties.values()]
    .map(({ documents, ...tie }) => ({ ...tie, sources: documents.size, score: Math.round(tie.score * 100) / 100 }))
    .filter((tie) => tie.sources >= minSources)
    .sort((x, y) => y.events - x.events || y.sources - x.sources || x.a.localeCompare(y.a) || x.b.localeCompare(y.b));
  const nodes = new Map<string, NetworkNode>();
  for (const tie of kept) {
    for (const id of [tie.a, tie.b]) {
      const node = nodes.get(id) ?? { id, degree: 0, events: 0 };
      node.degree++;
      node.events += tie.events;
      nodes.set(id, node);
    }
  }
  return {
    nodes: [...nodes.values()].sort((x, y) => y.degree - x.degree || y.events - x.events || x.id.localeCompare(y.id)),
    ties: kept,
  };
}
