// Loading events for a question: the store query at the raw-entity level, then each
// report's actors mapped to the level asked for (level.ts), then consolidation.
// This is the one place where the graph functions meet the store.
import type { EventType } from '../contract.ts';
import type { EventQuery, EventRow, Store } from '../store/store.ts';
import { actorMembers, atLevel, levelMap } from './level.ts';
import { consolidate, type ConsolidatedEvent, type LeveledReport } from './consolidate.ts';
import { withinRange } from './dates.ts';
import type { ActorRef } from './profile.ts';

export interface Scope {
  rollup: boolean;
  from?: string;
  to?: string;
  types?: EventType[];
  outlet?: string;
  /** Most rows read from the store (default: the store's). */
  limit?: number;
}

export interface EventSet {
  events: ConsolidatedEvent[];
  /** Every actor id the events name (at their level) and every attributed source. */
  names: Names;
  /** The store returned as many rows as the limit allowed: there may be more. */
  truncated: boolean;
}

export type Names = ReadonlyMap<string, ActorRef>;

/** Rows read from the store for one question unless the scope says otherwise. */
export const DEFAULT_ROW_LIMIT = 100_000;

export function nameIn(names: Names, id: string | null): string {
  return id === null ? '—' : (names.get(id)?.name ?? id);
}

/** Events between a and b (canonical ids), in either direction. */
export async function pairEvents(store: Store, a: string, b: string, scope: Scope): Promise<EventSet> {
  const [membersA, listB] = await Promise.all([actorMembers(store, a, scope.rollup), actorMembers(store, b, scope.rollup)]);
  const membersB = new Set(listB);
  // One named inside the other (`dyad iran irgc --rollup`): the inner one keeps its own.
  const onlyA = membersA.filter((id) => !membersB.has(id));
  return load(store, { pair: [onlyA, [...membersB]], ...query(scope) }, [b, a], scope);
}

/** Events with `a` (a canonical id) on either side. */
export async function actorEvents(store: Store, a: string, scope: Scope): Promise<EventSet> {
  return load(store, { actors: await actorMembers(store, a, scope.rollup), ...query(scope) }, [a], scope);
}

/** Every event in scope, for the network, the ledger and exports. */
export async function allEvents(store: Store, scope: Scope): Promise<EventSet> {
  return load(store, query(scope), [], scope);
}

function query(scope: Scope): EventQuery {
  const q: EventQuery = {};
  if (scope.types) q.types = scope.types;
  if (scope.from) q.from = scope.from;
  if (scope.to) q.to = scope.to;
  if (scope.outlet) q.outlet = scope.outlet;
  q.limit = scope.limit ?? DEFAULT_ROW_LIMIT;
  return q;
}

async function load(store: Store, q: EventQuery, focus: string[], scope: Scope): Promise<EventSet> {
  const stored = await store.events(q);
  const rows = stored.filter((row) => withinRange(row.event.date?.value ?? null, scope.from, scope.to));
  const raw = new Set<string>();
  for (const { event } of rows) for (const id of [event.source, event.target, event.third]) if (id !== null) raw.add(id);
  const map = levelMap(await store.resolvedIds([...raw]), focus, scope.rollup);
  const reports: LeveledReport[] = rows.map((row) => leveled(row, map)).filter((r) => r.source !== r.target);
  const events = consolidate(reports);
  return { events, names: await namesOf(store, events), truncated: stored.length >= (q.limit ?? DEFAULT_ROW_LIMIT) };
}

function leveled(row: EventRow, map: ReadonlyMap<string, string>): LeveledReport {
  return { row, source: atLevel(map, row.event.source), target: atLevel(map, row.event.target), third: atLevel(map, row.event.third) };
}

/** Names of the actors of these events and of every source a report attributes a claim to. */
export async function namesOf(store: Store, events: readonly ConsolidatedEvent[], extra: readonly string[] = []): Promise<Names> {
  const ids = new Set(extra);
  for (const e of events) {
    for (const id of [e.source, e.target, e.third]) if (id !== null) ids.add(id);
    for (const r of e.reports) if (r.event.attribution !== null) ids.add(r.event.attribution);
  }
  const found = await store.entities([...ids]);
  const names = new Map<string, ActorRef>([...ids].map((id) => [id, { id, name: id, kind: null }]));
  for (const e of found) names.set(e.id, { id: e.id, name: e.name, kind: e.kind });
  return names;
}
