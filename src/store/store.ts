// The storage boundary: the only thing the rest of Entente knows about databases.
// No driver types appear here, so a PostgreSQL backend can implement the same
// interface (and run the same contract tests) without touching its callers.
//
// Every method returns a Promise. SQLite (better-sqlite3) is synchronous and
// could do without, but every PostgreSQL driver is asynchronous: one async
// interface lets callers be written once, and costs SQLite only a resolved promise.
import type { Doc } from '../clean/doc.ts';
import type { Analysis } from '../extract/index.ts';
import type { EntityKind, ExtractedEvent, ExtractedRelation } from '../contract.ts';
import type {
  Correction, CorrectionInput, CounterpartRow, Descendant, EventQuery, Resolution, ResolutionInputs,
  ResolvedId, RoleRecord, RoleTotal, SeenSummary,
} from './graph-types.ts';

export type * from './graph-types.ts';

export interface StoredDocInput {
  doc: Doc;
  /** Null when extraction did not run (duplicate, not English, …): the document is kept without facts. */
  analysis: Analysis | null;
  /** Id of the stored document this one nearly repeats, or null. */
  duplicateOf: string | null;
  /** 64-bit SimHash of doc.text. */
  fingerprint: bigint;
  /** Why extraction did not run ("duplicate", "language 'fr'"), or null when it ran. */
  skipped?: string | null;
}

export interface StoreCounts {
  documents: number;
  duplicates: number;
  entities: number;
  events: number;
  relations: number;
}

/** The document an event was read from, for showing it with its source. */
export interface EventDocument {
  id: string;
  source: string;
  title: string | null;
  published: string | null;
  outlet: string | null;
  url: string | null;
}

/** A stored document as listed: everything but its text. */
export interface DocumentSummary extends EventDocument {
  language: string;
  duplicateOf: string | null;
  skipped: string | null;
  /** ISO 8601 UTC. */
  ingestedAt: string;
  /** Characters in its text. */
  length: number;
}

export interface StoredDocument extends DocumentSummary {
  /** The cleaned text every evidence offset points into. */
  text: string;
}

export interface DocumentQuery {
  /** Words that must all appear in the title, source or text (see document-search.ts). */
  q?: string;
  /** Outlet name, case-insensitive. */
  outlet?: string;
  limit: number;
  offset: number;
}

export interface DocumentPage {
  /** Documents matching the query, all pages together. */
  total: number;
  items: DocumentSummary[];
}

/** An entity as stored: merged over every document that named it. */
export interface StoredEntity {
  id: string;
  name: string;
  kind: EntityKind;
  parent: string | null;
  /** Every surface form seen, in the order first seen. */
  aliases: string[];
}

export interface DyadEventRow {
  event: ExtractedEvent;
  document: EventDocument;
}

/** A stored event with the document it was read from. */
export type EventRow = DyadEventRow;

/** A stored relation with the document it was read from. */
export interface RelationRow {
  relation: ExtractedRelation;
  document: EventDocument;
}

export interface Store {
  /** True when a document with this id (SHA-256 of its cleaned text) is stored. */
  hasDocument(id: string): Promise<boolean>;
  /** Id of a stored original (not itself a duplicate) within `maxDistance` bits, or null. */
  findNearDuplicate(fp: bigint, maxDistance: number): Promise<string | null>;
  /**
   * Stores documents with all their facts in ONE transaction: all or nothing. A store
   * shared by several writers returns the ids it inserted; the others were stored
   * meanwhile by another process, facts included.
   */
  saveBatch(items: StoredDocInput[]): Promise<ReadonlySet<string> | void>;
  counts(): Promise<StoreCounts>;
  entity(id: string): Promise<StoredEntity | null>;
  /** Events between two entity ids in either direction, dated ones first in date order. */
  dyadEvents(a: string, b: string): Promise<DyadEventRow[]>;

  // --- Stored documents, for reading them back (the web UI's document and evidence views).

  /** One document with its text, or null when there is none with this id. */
  document(id: string): Promise<StoredDocument | null>;
  /** Documents matching every filter given, newest first (undated last), one page of them. */
  documents(query: DocumentQuery): Promise<DocumentPage>;
  /** Ids that start with `prefix` (hex digits), in id order: a consolidated event id names its document by 12 of them. */
  documentIdsWithPrefix(prefix: string, limit: number): Promise<string[]>;

  // --- The graph (src/graph/): resolution across documents and the queries on it.

  /** Everything entity resolution is computed from. */
  resolutionInputs(): Promise<ResolutionInputs>;
  /**
   * `current` changes whenever documents or corrections change; `saved` is the
   * stamp given to the last saveResolution (null before the first). `queued`: some
   * documents are not folded into the profile totals yet (see saveResolution).
   */
  resolutionStamp(): Promise<{ current: string; saved: string | null; queued: boolean }>;
  /**
   * Replaces the stored resolution and folds the documents stored since the last call
   * into the totals behind counterparts() and seen(), in one transaction.
   */
  saveResolution(resolution: Resolution, stamp: string): Promise<void>;
  addCorrection(correction: CorrectionInput): Promise<Correction>;
  /** Every correction, oldest first. */
  corrections(): Promise<Correction[]>;
  /** False when there is no correction with this id. */
  removeCorrection(id: number): Promise<boolean>;
  /** Entities whose folded id, name, alias or person key is one of `keys`, best rank first. */
  lookupEntities(keys: string[]): Promise<{ id: string; rank: number }[]>;
  /** How each of `ids` resolves (every resolved entity when `ids` is omitted). */
  resolvedIds(ids?: string[]): Promise<ResolvedId[]>;
  /** Canonical actors below `id` in the hierarchy (children, their children…), nearest first. */
  descendants(id: string): Promise<Descendant[]>;
  /** Raw entity ids resolved to any of these canonical ids (themselves included). */
  memberIds(canonicalIds: string[]): Promise<string[]>;
  /** Stored entities by id, in the order given; unknown ids are left out. */
  entities(ids: string[]): Promise<StoredEntity[]>;
  /** Events matching every filter given, in date order (undated last). */
  events(query: EventQuery): Promise<EventRow[]>;
  /** Relations with any of `ids` as source or target (all relations when omitted). */
  relations(ids?: string[]): Promise<RelationRow[]>;
  /** Roles held by any of `ids`, with the publication date of the document that states each. */
  roles(ids: string[]): Promise<RoleRecord[]>;
  /** The same roles counted per entity, title and office, from totals kept like counterparts'. */
  roleTotals(ids: string[]): Promise<RoleTotal[]>;
  /**
   * Events of each of `ids` counted per counterpart, type and polarity, both directions
   * together. Read from totals kept per entity (so a profile costs a row per
   * counterpart, however many events there are), never out of date.
   */
  counterparts(ids: string[]): Promise<CounterpartRow[]>;
  /** In how many documents any of `ids` is mentioned, and when the first and last were published. */
  seen(ids: string[]): Promise<SeenSummary>;

  // --- Several writers at once (optional: PostgreSQL has them; SQLite, one writer at
  // a time behind its file lock, does not).

  /**
   * Claims a document before its costly extraction so that no other process sharing
   * the store works on it at the same time: 'claimed' (this store holds it until a
   * saveBatch stores it or releaseDocument lets it go), 'busy' (another process holds
   * it) or 'stored' (it is already stored). With `wait`, waits for another process's
   * claim to end instead of answering 'busy' — only while holding no claim, or two
   * waiting processes could wait for each other.
   */
  claimDocument?(id: string, options?: { wait?: boolean }): Promise<ClaimResult>;
  /** Ends a claim on a document this process will not store (extraction failed…). */
  releaseDocument?(id: string): Promise<void>;

  close(): Promise<void>;
}

export type ClaimResult = 'claimed' | 'busy' | 'stored';

/** True for a location that names a PostgreSQL database rather than an SQLite file. */
export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/** A location fit for messages: the password of a connection URL hidden. */
export function redactLocation(location: string): string {
  return location.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}

/**
 * Opens (and creates or migrates) the store at `location`: a file path for SQLite,
 * or a postgres:// (postgresql://) URL of an existing PostgreSQL database.
 * Throws an Error whose message says what to do when it cannot.
 */
export async function openStore(location: string): Promise<Store> {
  // Each backend is loaded lazily: a PostgreSQL run never loads the native SQLite
  // module, an SQLite run never loads the PostgreSQL driver.
  if (isPostgresUrl(location)) {
    const { openPostgresStore } = await import('./postgres/postgres-store.ts');
    return openPostgresStore(location);
  }
  const { openSqliteStore } = await import('./sqlite/sqlite-store.ts');
  return openSqliteStore(location);
}
