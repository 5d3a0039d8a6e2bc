// The shapes the API answers with (see /api/openapi.json and src/server/routes).

export type Kind = 'state' | 'government_body' | 'organization' | 'armed_wing' | 'person' | 'media' | 'other';

export interface Ref {
  id: string;
  name: string;
}

export interface EventDate {
  value: string;
  precision: 'day' | 'month' | 'year';
  basis: 'explicit' | 'relative' | 'publication';
}

export interface Amount {
  value: number;
  currency: string;
  per: 'year' | 'month' | 'once' | null;
  text: string;
}

export interface Evidence {
  text: string;
  start: number;
  end: number;
}

export interface DocumentRef {
  id: string;
  source: string;
  title: string | null;
  published: string | null;
  outlet: string | null;
  url: string | null;
}

export interface Report {
  document: DocumentRef;
  event?: string;
  type?: string;
  mode?: string | null;
  date?: EventDate | null;
  modality?: string;
  negated?: boolean;
  attribution?: Ref | null;
  amount?: Amount | null;
  evidence: Evidence;
  role?: string | null;
}

export interface EventItem {
  id: string;
  date: EventDate | null;
  type: string;
  mode: string | null;
  source: Ref;
  target: Ref | null;
  third: Ref | null;
  modality: string;
  negated: boolean;
  amount: Amount | null;
  weight: number;
  sources: number;
  outlets: string[];
  firstReported: string | null;
  lastReported: string | null;
  reports: Report[];
}

export interface Paged<T> {
  total: number;
  limit: number;
  offset: number;
  next: number | null;
  items: T[];
}

export interface Summary {
  version: string;
  readOnly: boolean;
  counts: { documents: number; duplicates: number; entities: number; events: number; relations: number; actors: number; consolidatedEvents: number };
  years: string[];
  kinds: Record<Kind, number>;
  vocabulary: { eventTypes: string[]; entityKinds: Kind[]; modalities: string[]; relationStates: string[] };
  ingesting: boolean;
  maxUploadBytes: number;
}

export interface YearFigures {
  events: number;
  score: number;
  sources: number;
}

export interface NetworkNode {
  id: string;
  name: string;
  kind: Kind | null;
  parent: string | null;
  degree: number;
  events: number;
  context: boolean;
}

export interface NetworkTie {
  a: string;
  b: string;
  events: number;
  forward: number;
  backward: number;
  sources: number;
  score: number;
  types: Record<string, number>;
  first: string | null;
  last: string | null;
  years: Record<string, YearFigures>;
}

export interface NetworkResponse {
  totals: { actors: number; ties: number; events: number };
  shown: { actors: number; ties: number };
  years: string[];
  nodes: NetworkNode[];
  ties: NetworkTie[];
  truncated: boolean;
}

export interface StatePeriod {
  period: string;
  score: number;
  warmth: number;
  coldness: number;
  events: number;
  state: string;
  changed: boolean;
  causes: string[];
}

export interface Figure {
  usdPerYear: number | null;
  basis: string;
  amount: Amount;
  claimedBy: string[];
  reports: Report[];
}

export interface FlowLine {
  year: string | null;
  patron: Ref;
  client: Ref;
  kind: string;
  modes: string[];
  disputed: boolean;
  sources: number;
  events: string[];
  figures: Figure[];
  reports: Report[];
}

export interface Conflict {
  kind: 'polarity' | 'amount';
  year: string;
  type: string;
  mode: string | null;
  source: Ref;
  target: Ref | null;
  sides: { claim: string; events: string[]; reports: Report[] }[];
}

export interface DyadResponse {
  a: Ref;
  b: Ref;
  kinds: { a: Kind; b: Kind };
  rollup: boolean;
  period: string;
  counts: { events: number; reports: number; documents: number };
  events: EventItem[];
  state: StatePeriod[];
  flows: FlowLine[];
  conflicts: Conflict[];
}

export interface FlowYear {
  year: string;
  flows: { patron: Ref; client: Ref; kind: string; usdPerYear: number | null; lowUsdPerYear: number | null; disputed: boolean; sources: number }[];
}

export interface ActorItem {
  id: string;
  name: string;
  kind: Kind;
  parent: Ref | null;
  aliases: string[];
  events: number;
}

export interface ActorTie {
  id: string;
  name: string;
  kind: Kind | null;
  reports: number;
  score: number;
  types: Record<string, number>;
  first: string | null;
  last: string | null;
}

export interface ActorProfile {
  id: string;
  name: string;
  kind: Kind;
  aliases: string[];
  parent: { id: string; name: string; kind: Kind | null } | null;
  ancestors: { id: string; name: string; kind: Kind | null }[];
  children: { id: string; name: string; kind: Kind | null }[];
  people: { id: string; name: string; kind: Kind | null }[];
  roles: { title: string; of: { id: string; name: string } | null; from: string | null; to: string | null; documents: number }[];
  partners: ActorTie[];
  adversaries: ActorTie[];
  firstEvent: string | null;
  lastEvent: string | null;
  mentionedIn: { documents: number; firstPublished: string | null; lastPublished: string | null };
  recentEvents: EventItem[];
}

export interface DocumentSummary extends DocumentRef {
  language: string;
  duplicateOf: string | null;
  skipped: string | null;
  ingestedAt: string;
  length: number;
}

export interface StoredDocument extends DocumentSummary {
  text: string;
  events: Report[];
}

export interface Passage {
  document: DocumentSummary;
  paragraph: { text: string; start: number; end: number };
  highlight: { start: number; end: number };
  clipped: { before: boolean; after: boolean };
}

export interface UploadJob {
  id: string;
  name: string;
  bytes: number;
  state: 'queued' | 'running' | 'done' | 'failed';
  documents: number;
  failures: { source: string; reason: string }[];
  notices: { source: string; message: string }[];
  summary: { new: number; unchanged: number; duplicate: number; failed: number; events: number; relations: number } | null;
  error: string | null;
}

export interface SearchResponse {
  q: string;
  actors: ActorItem[];
  documents: { total: number; items: DocumentSummary[] };
}
