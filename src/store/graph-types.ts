// The shapes the graph queries of Store take and return (see store.ts). Plain data,
// no driver types, so every backend can produce them.
import type { EventType, IsoPartialDate } from '../contract.ts';

/** A user's correction to entity resolution; it holds for past and future documents. */
export interface Correction {
  id: number;
  action: 'merge' | 'split';
  /** merge: the entity that joins `other`; split: the entity kept apart. */
  entity: string;
  /** merge: the entity it joins; split: the one it is kept apart from, or null for every other. */
  other: string | null;
  note: string | null;
  createdAt: string;
}

export type CorrectionInput = Pick<Correction, 'action' | 'entity' | 'other' | 'note'>;

/** Roles stated for an entity, counted over documents (one row per entity, office and holder). */
export interface RoleSummary {
  entity: string;
  title: string;
  of: string | null;
  documents: number;
}

export interface ResolutionInputs {
  entities: { id: string; name: string; kind: string; parent: string | null; aliases: string[] }[];
  roles: RoleSummary[];
  corrections: Correction[];
}

/** How an actor is linked to the one above it: its structural parent or a person's office. */
export type AncestorVia = 'self' | 'parent' | 'role';

/** The computed resolution, as stored (see migrations/002-graph.sql). */
export interface Resolution {
  /** Every entity id → the canonical id it is resolved to. */
  canonical: { entity: string; canonical: string }[];
  /** For every canonical id: itself at depth 0, then each ancestor. */
  ancestors: { entity: string; ancestor: string; depth: number; via: AncestorVia }[];
  /** Folded lookup keys; rank 0 id, 1 name, 2 alias, 3 person skeleton. */
  lookup: { key: string; entity: string; rank: number }[];
}

export interface ResolvedId {
  id: string;
  canonical: string;
  /** The canonical id's chain upwards, itself first. */
  ancestors: string[];
}

export interface Descendant {
  id: string;
  depth: number;
  /** How it hangs below its own parent in the chain: 'parent' or 'role'. */
  via: AncestorVia;
}

export interface EventQuery {
  /** Events with any of these entity ids as source or target. */
  actors?: string[];
  /** Events between an id of the first list and one of the second, in either direction. */
  pair?: [string[], string[]];
  types?: EventType[];
  /** Inclusive ISO partial dates; an event counts when its date overlaps. Undated events are left out when either is set. */
  from?: IsoPartialDate;
  to?: IsoPartialDate;
  /** Outlet name (case-insensitive) or a piece of the document's source path. */
  outlet?: string;
  /** Events read from the document with this id. */
  document?: string;
  /** At most this many rows (default 100 000). */
  limit?: number;
}

export interface RoleRecord {
  entity: string;
  title: string;
  of: string | null;
  from: IsoPartialDate | null;
  to: IsoPartialDate | null;
  documentId: string;
  published: IsoPartialDate | null;
}

/** An entity's events with one counterpart, whichever of the two was the source. */
export interface CounterpartRow {
  /** The member id of the actor asked about. */
  actor: string;
  counterpart: string;
  /** How many of each type and polarity, in no particular order. */
  counts: CounterpartCount[];
  /** The earliest and latest date among them. */
  first: IsoPartialDate | null;
  last: IsoPartialDate | null;
}

export interface CounterpartCount {
  type: EventType;
  /** Negated or denied. */
  negated: boolean;
  count: number;
}

/** The roles of an entity with one title and office, over every document that states it. */
export interface RoleTotal {
  entity: string;
  title: string;
  of: string | null;
  /** The earliest start and latest end: each statement's own dates, else its document's publication date. */
  from: IsoPartialDate | null;
  to: IsoPartialDate | null;
  documents: number;
}

export interface SeenSummary {
  documents: number;
  firstPublished: IsoPartialDate | null;
  lastPublished: IsoPartialDate | null;
}
