// Turns joined events/documents and relations/documents rows back into the contract's shapes.
import type { DyadEventRow, RelationRow } from '../store.ts';
import type { AmountPeriod, DateBasis, DatePrecision, EventType, Modality, RelationType } from '../../contract.ts';

export interface EventJoinRow {
  document_id: string;
  id: string;
  type: string;
  mode: string | null;
  source: string;
  target: string | null;
  third: string | null;
  date_value: string | null;
  date_precision: string | null;
  date_basis: string | null;
  amount_value: number | null;
  amount_currency: string | null;
  amount_per: string | null;
  amount_text: string | null;
  modality: string;
  negated: number;
  attribution: string | null;
  evidence_text: string;
  evidence_start: number;
  evidence_end: number;
  confidence: number;
  doc_source: string;
  doc_title: string | null;
  doc_published: string | null;
  doc_outlet: string | null;
  doc_url: string | null;
}

// The casts are safe because only contract values are ever written (save-batch.ts).
export function toDyadEventRow(row: EventJoinRow): DyadEventRow {
  return {
    event: {
      id: row.id,
      type: row.type as EventType,
      mode: row.mode,
      source: row.source,
      target: row.target,
      third: row.third,
      date: row.date_value === null ? null : {
        value: row.date_value,
        precision: row.date_precision as DatePrecision,
        basis: row.date_basis as DateBasis,
      },
      amount: row.amount_value === null ? null : {
        value: row.amount_value,
        currency: row.amount_currency ?? '',
        per: row.amount_per as AmountPeriod | null,
        text: row.amount_text ?? '',
      },
      modality: row.modality as Modality,
      negated: row.negated !== 0,
      attribution: row.attribution,
      evidence: { text: row.evidence_text, start: row.evidence_start, end: row.evidence_end },
      confidence: row.confidence,
    },
    document: {
      id: row.document_id,
      source: row.doc_source,
      title: row.doc_title,
      published: row.doc_published,
      outlet: row.doc_outlet,
      url: row.doc_url,
    },
  };
}

export interface RelationJoinRow {
  document_id: string;
  type: string;
  source: string;
  target: string;
  role: string | null;
  since: string | null;
  evidence_text: string;
  evidence_start: number;
  evidence_end: number;
  confidence: number;
  doc_source: string;
  doc_title: string | null;
  doc_published: string | null;
  doc_outlet: string | null;
  doc_url: string | null;
}

export function toRelationRow(row: RelationJoinRow): RelationRow {
  return {
    relation: {
      type: row.type as RelationType,
      source: row.source,
      target: row.target,
      role: row.role,
      since: row.since,
      evidence: { text: row.evidence_text, start: row.evidence_start, end: row.evidence_end },
      confidence: row.confidence,
    },
    document: {
      id: row.document_id,
      source: row.doc_source,
      title: row.doc_title,
      published: row.doc_published,
      outlet: row.doc_outlet,
      url: row.doc_url,
    },
  };
}
