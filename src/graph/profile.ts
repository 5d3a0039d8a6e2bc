// An actor's profile from what the store holds about it and its merged entities:
// names, place in the hierarchy, offices over time, strongest partners and
// adversaries, and when it was first and last seen.
import { EVENT_TYPES, type EntityKind, type EventType } from '../contract.ts';
import type { CounterpartRow, Descendant, RoleRecord, RoleTotal, SeenSummary, StoredEntity } from '../store/store.ts';
import { eventWeight } from './weights.ts';
import { aliasKey } from '../lexicon/load.ts';

export interface ActorRef {
  id: string;
  name: string;
  kind: EntityKind | null;
}

export interface RoleSpan {
  title: string;
  of: ActorRef | null;
  /** The earliest and latest date the documents give for it (stated dates, else publication). */
  from: string | null;
  to: string | null;
  documents: number;
}

export interface Tie extends ActorRef {
  /** Reports (article statements) between the two, and their summed weight. */
  reports: number;
  score: number;
  types: Partial<Record<EventType, number>>;
  first: string | null;
  last: string | null;
}

export interface ActorProfile extends ActorRef {
  aliases: string[];
  /** Entity ids resolved into this actor (merges, transliterations), itself first. */
  members: string[];
  parent: ActorRef | null;
  /** The chain above it, nearest first (parent, its parent…). */
  ancestors: ActorRef[];
  /** Actors whose parent it is (wings, agencies). */
  children: ActorRef[];
  /** Persons who hold office in it. */
  people: ActorRef[];
  roles: RoleSpan[];
  partners: Tie[];
  adversaries: Tie[];
  firstEvent: string | null;
  lastEvent: string | null;
  mentionedIn: SeenSummary;
}

export interface ProfileInputs {
  entity: StoredEntity;
  members: StoredEntity[];
  ancestors: string[];
  children: Descendant[];
  /** One per span (see spansApart, spanTotals). */
  roles: RoleTotal[];
  ties: RankedTies;
  seen: SeenSummary;
  /** Maps any entity id to the id it counts as (level.ts). */
  level: (id: string) => string;
  ref: (id: string) => ActorRef;
}

export function buildProfile(input: ProfileInputs): ActorProfile {
  const { entity, ref } = input;
  // One spelling per folded form, never the name itself again ("-Hamas" is "Hamas").
  const keys = new Set([aliasKey(entity.name)]);
  const names = new Set<string>();
  for (const form of input.members.flatMap((m) => [m.name, ...m.aliases])) {
    const key = aliasKey(form);
    if (key === '' || keys.has(key)) continue;
    keys.add(key);
    names.add(form);
  }
  const tie = ({ id, ...counts }: TieCounts): Tie => ({ ...ref(id), ...counts });
  return {
    id: entity.id, name: entity.name, kind: entity.kind,
    aliases: [...names].sort((a, b) => a.localeCompare(b)),
    members: [entity.id, ...input.members.map((m) => m.id).filter((id) => id !== entity.id)],
    parent: input.ancestors[1] === undefined ? null : ref(input.ancestors[1]),
    ancestors: input.ancestors.slice(1).map(ref),
    children: input.children.filter((c) => c.depth === 1 && c.via === 'parent').map((c) => ref(c.id)),
    people: input.children.filter((c) => c.depth === 1 && c.via === 'role').map((c) => ref(c.id)),
    roles: roleSpans(input.roles, input.level, ref),
    partners: input.ties.partners.map(tie),
    adversaries: input.ties.adversaries.map(tie),
    firstEvent: input.ties.firstEvent,
    lastEvent: input.ties.lastEvent,
    mentionedIn: input.seen,
  };
}

/** A tie before its counterpart's name is looked up. */
export type TieCounts = Omit<Tie, 'name' | 'kind'>;

/** The strongest ties of an actor, and the dates of its first and last event with anyone. */
export interface RankedTies {
  partners: TieCounts[];
  adversaries: TieCounts[];
  firstEvent: string | null;
  lastEvent: string | null;
}

/**
 * Ranks the ties of `self` from its counterparts' counts, at the level asked, keeping
 * `limit` partners and adversaries: only those need a name looked up. Equal ties come
 * in id order (a store gives counterparts in no particular order).
 */
export function rankTies(counterparts: readonly CounterpartRow[], self: string, level: (id: string) => string, limit: number): RankedTies {
  const ties = new Map<string, TieCounts>();
  let firstEvent: string | null = null;
  let lastEvent: string | null = null;
  for (const row of counterparts) {
    if (row.first !== null && (firstEvent === null || row.first < firstEvent)) firstEvent = row.first;
    if (row.last !== null && (lastEvent === null || row.last > lastEvent)) lastEvent = row.last;
    const other = level(row.counterpart);
    if (other === self) continue;
    const tie = ties.get(other) ?? { id: other, reports: 0, score: 0, types: {}, first: null, last: null };
    for (const { type, negated, count } of row.counts) {
      tie.reports += count;
      tie.score += count * eventWeight({ type, mode: null, modality: 'asserted', negated });
      tie.types[type] = (tie.types[type] ?? 0) + count;
    }
    if (row.first !== null && (tie.first === null || row.first < tie.first)) tie.first = row.first;
    if (row.last !== null && (tie.last === null || row.last > tie.last)) tie.last = row.last;
    ties.set(other, tie);
  }
  for (const tie of ties.values()) {
    tie.score = Math.round(tie.score * 10) / 10;
    // Types in PLOVER's order, whatever order the store counted them in.
    tie.types = Object.fromEntries(EVENT_TYPES.flatMap((type) => (tie.types[type] === undefined ? [] : [[type, tie.types[type]]])));
  }
  const byId = (a: TieCounts, b: TieCounts) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const all = [...ties.values()];
  return {
    partners: all.filter((t) => t.score > 0).sort((a, b) => b.score - a.score || b.reports - a.reports || byId(a, b)).slice(0, limit),
    adversaries: all.filter((t) => t.score < 0).sort((a, b) => a.score - b.score || b.reports - a.reports || byId(a, b)).slice(0, limit),
    firstEvent,
    lastEvent,
  };
}

/** A span is a title (case aside) in an office at the level asked. */
function spanKey(title: string, of: string | null, level: (id: string) => string): string {
  return `${title.toLowerCase()}\u0000${of === null ? '' : level(of)}`;
}

/**
 * True when no two totals make the same span. Each is then one span, its documents
 * counted exactly; two that fall together (a merged office, "Minister" and
 * "minister") cannot say how many documents state both.
 */
export function spansApart(totals: readonly RoleTotal[], level: (id: string) => string): boolean {
  const keys = new Set(totals.map((t) => spanKey(t.title, t.of, level)));
  return keys.size === totals.length;
}

/** One total per span, counted from the role statements themselves: the first title stated names it. */
export function spanTotals(records: readonly RoleRecord[], level: (id: string) => string): RoleTotal[] {
  const spans = new Map<string, RoleTotal & { seen: Set<string> }>();
  for (const role of records) {
    const key = spanKey(role.title, role.of, level);
    const span = spans.get(key) ?? { entity: role.entity, title: role.title, of: role.of, from: null, to: null, documents: 0, seen: new Set() };
    const start = role.from ?? role.published;
    const end = role.to ?? role.published;
    if (start !== null && (span.from === null || start < span.from)) span.from = start;
    if (end !== null && (span.to === null || end > span.to)) span.to = end;
    span.seen.add(role.documentId);
    span.documents = span.seen.size;
    spans.set(key, span);
  }
  return [...spans.values()].map(({ seen: _seen, ...total }) => total);
}

/** Totals that make distinct spans (spansApart), as spans, earliest first. */
function roleSpans(totals: readonly RoleTotal[], level: (id: string) => string, ref: (id: string) => ActorRef): RoleSpan[] {
  return totals
    .map(({ title, of, from, to, documents }): RoleSpan => ({ title, of: of === null ? null : ref(level(of)), from, to, documents }))
    .sort((a, b) => (a.from ?? '\uffff').localeCompare(b.from ?? '\uffff') || b.documents - a.documents || a.title.localeCompare(b.title));
}
