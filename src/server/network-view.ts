// The network as the web UI draws it: the most connected actors of a period and the
// ties among them, each tie with its figures per year so that the time slider can
// replay the years without asking again, and each wing or agency with the actor it
// is part of (drawn inside it).
import type { EntityKind, EventType } from '../contract.ts';
import type { ConsolidatedEvent } from '../graph/consolidate.ts';
import { buildNetwork } from '../graph/network.ts';
import type { EventSet } from '../graph/load-events.ts';
import type { ActorIndex } from './app-state.ts';

export interface NetworkRequest {
  types?: EventType[];
  kinds?: EntityKind[];
  minSources: number;
  /** Most actors drawn: the ones with most ties. */
  limit: number;
  /** Most ties drawn among them: the ones with most events. */
  maxTies: number;
  /** With rollup, wings count as their movement: no nesting to draw. */
  rollup: boolean;
}

export interface YearFigures {
  events: number;
  score: number;
  sources: number;
}

export interface NetworkViewNode {
  id: string;
  name: string;
  kind: EntityKind | null;
  /** Drawn inside this node (null: on its own). */
  parent: string | null;
  degree: number;
  events: number;
  /** Shown only to hold its parts: it has no tie of its own in view. */
  context: boolean;
}

export interface NetworkViewTie {
  a: string;
  b: string;
  events: number;
  forward: number;
  backward: number;
  sources: number;
  score: number;
  types: Partial<Record<EventType, number>>;
  first: string | null;
  last: string | null;
  years: Record<string, YearFigures>;
}

export interface NetworkView {
  totals: { actors: number; ties: number; events: number };
  shown: { actors: number; ties: number };
  years: string[];
  nodes: NetworkViewNode[];
  ties: NetworkViewTie[];
  truncated: boolean;
}

export function networkView(set: EventSet, index: ActorIndex, request: NetworkRequest): NetworkView {
  const kindOf = (id: string): EntityKind | null => index.byId.get(id)?.kind ?? set.names.get(id)?.kind ?? null;
  const kinds = request.kinds ? new Set<string>(request.kinds) : null;
  const types = request.types ? new Set<string>(request.types) : null;
  const events = set.events.filter((e) => e.target !== null
    && (types === null || types.has(e.type))
    && (kinds === null || (kinds.has(kindOf(e.source) ?? 'other') && kinds.has(kindOf(e.target) ?? 'other'))));
  const network = buildNetwork(events, request.minSources);
  const chosen = new Set(network.nodes.slice(0, request.limit).map((n) => n.id));
  const ties = network.ties.filter((t) => chosen.has(t.a) && chosen.has(t.b)).slice(0, request.maxTies);
  const byId = new Map(events.map((e) => [e.id, e]));
  const degree = new Map<string, { degree: number; events: number }>();
  for (const tie of ties) {
    for (const id of [tie.a, tie.b]) {
      const d = degree.get(id) ?? { degree: 0, events: 0 };
      d.degree++;
      d.events += tie.events;
      degree.set(id, d);
    }
  }
  const years = new Set<string>();
  const viewTies: NetworkViewTie[] = ties.map((tie) => {
    const perYear = yearFigures(tie.eventIds.map((id) => byId.get(id)!));
    for (const year of Object.keys(perYear)) years.add(year);
    const { eventIds: _ids, ...rest } = tie;
    return { ...rest, years: perYear };
  });
  const nodes = new Map<string, NetworkViewNode>();
  const nameOf = (id: string) => index.byId.get(id)?.name ?? set.names.get(id)?.name ?? id;
  for (const [id, d] of degree) nodes.set(id, { id, name: nameOf(id), kind: kindOf(id), parent: null, ...d, context: false });
  if (!request.rollup) addParents(nodes, index, nameOf);
  return {
    totals: { actors: network.nodes.length, ties: network.ties.length, events: events.length },
    shown: { actors: degree.size, ties: viewTies.length },
    years: [...years].sort(),
    nodes: [...nodes.values()],
    ties: viewTies,
    truncated: set.truncated,
  };
}

function yearFigures(events: readonly ConsolidatedEvent[]): Record<string, YearFigures> {
  const figures: Record<string, YearFigures & { documents: Set<string> }> = {};
  for (const event of events) {
    if (event.date === null) continue;
    const year = event.date.value.slice(0, 4);
    const f = (figures[year] ??= { events: 0, score: 0, sources: 0, documents: new Set() });
    f.events++;
    f.score += event.weight;
    for (const report of event.reports) f.documents.add(report.document.id);
  }
  return Object.fromEntries(Object.entries(figures).map(([year, { documents, ...f }]) =>
    [year, { ...f, score: Math.round(f.score * 100) / 100, sources: documents.size }]));
}

/**
 * Each shown actor's structural parent, added when not shown itself so the part has
 * something to sit in. A chain that loops (bad data) is cut where it would close.
 */
function addParents(nodes: Map<string, NetworkViewNode>, index: ActorIndex, nameOf: (id: string) => string): void {
  const queue = [...nodes.keys()];
  while (queue.length > 0) {
    const id = queue.shift()!;
    const parent = index.byId.get(id)?.parent ?? null;
    if (parent === null || parent === id) continue;
    let loops = false;
    for (let up: string | null = parent, steps = 0; up !== null && steps < 50; up = nodes.get(up)?.parent ?? null, steps++) {
      if (up === id) loops = true;
    }
    if (loops) continue;
    nodes.get(id)!.parent = parent;
    if (!nodes.has(parent)) {
      nodes.set(parent, { id: parent, name: nameOf(parent), kind: index.byId.get(parent)?.kind ?? null, parent: null, degree: 0, events: 0, context: true });
      queue.push(parent);
    }
  }
}
