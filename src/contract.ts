// The extraction contract of SPEC §2: what `entente extract --format jsonl` prints,
// what the store keeps and what the graph, the server and `entente eval` read.
// Change it only together with ../shared/SPEC.md.

export const ENTITY_KINDS = [
  'state',
  'government_body',
  'organization',
  'armed_wing',
  'person',
  'media',
  'other',
] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export const EVENT_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const RELATION_TYPES = [
  'ALLY', 'PATRON', 'RIVAL', 'PART_OF', 'LEADS', 'MEMBER_OF', 'BASED_IN',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** Relation types whose direction carries no meaning. */
export const SYMMETRIC_RELATIONS: ReadonlySet<RelationType> = new Set(['ALLY', 'RIVAL']);

export const MODALITIES = [
  'asserted', 'reported', 'alleged', 'pledged', 'threatened', 'planned', 'denied',
] as const;
export type Modality = (typeof MODALITIES)[number];

/** ISO partial date: "2016", "2016-04" or "2016-04-21". */
export type IsoPartialDate = string;
export type DatePrecision = 'day' | 'month' | 'year';
export type DateBasis = 'explicit' | 'relative' | 'publication';

export interface EventDate {
  value: IsoPartialDate;
  precision: DatePrecision;
  basis: DateBasis;
}

export type AmountPeriod = 'year' | 'month' | 'once';

export interface Amount {
  value: number;
  /** ISO 4217 code. */
  currency: string;
  per: AmountPeriod | null;
  /** The amount as written in the text. */
  text: string;
}

/** A verbatim passage: `text` equals the document text between `start` and `end`. */
export interface Evidence {
  text: string;
  start: number;
  end: number;
}

export interface Role {
  title: string;
  /** Entity id of the actor the role is held in, or null when the text does not say. */
  of: string | null;
  from: IsoPartialDate | null;
  to: IsoPartialDate | null;
}

export interface Entity {
  id: string;
  name: string;
  kind: EntityKind;
  aliases: string[];
  parent: string | null;
  /** Present for persons only. */
  roles?: Role[];
}

export interface ExtractedEvent {
  id: string;
  type: EventType;
  mode: string | null;
  source: string;
  target: string | null;
  third: string | null;
  date: EventDate | null;
  amount: Amount | null;
  modality: Modality;
  negated: boolean;
  attribution: string | null;
  evidence: Evidence;
  confidence: number;
}

export interface ExtractedRelation {
  type: RelationType;
  source: string;
  target: string;
  role: string | null;
  since: IsoPartialDate | null;
  evidence: Evidence;
  confidence: number;
}

export interface DocumentMeta {
  /** SHA-256 of the cleaned text, hex. */
  id: string;
  /** The path or URL as given. */
  source: string;
  title: string | null;
  published: IsoPartialDate | null;
  language: string;
}

export interface Extraction {
  document: DocumentMeta;
  entities: Entity[];
  events: ExtractedEvent[];
  relations: ExtractedRelation[];
}
