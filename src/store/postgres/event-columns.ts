// The select lists that turn PostgreSQL rows into the shapes of
// ../sqlite/event-row.ts, whose converters both backends share: same column names,
// `negated` as 0/1, and the document's columns prefixed doc_.
export const EVENT_SELECT = `e.document_id, e.id, e.type, e.mode, e.source, e.target, e.third,
  e.date_value, e.date_precision, e.date_basis, e.amount_value, e.amount_currency, e.amount_per, e.amount_text,
  e.modality, e.negated::int AS negated, e.attribution, e.evidence_text, e.evidence_start, e.evidence_end, e.confidence,
  d.source AS doc_source, d.title AS doc_title, d.published AS doc_published, d.outlet AS doc_outlet, d.url AS doc_url`;

export const RELATION_SELECT = `r.document_id, r.type, r.source, r.target, r.role, r.since,
  r.evidence_text, r.evidence_start, r.evidence_end, r.confidence,
  d.source AS doc_source, d.title AS doc_title, d.published AS doc_published, d.outlet AS doc_outlet, d.url AS doc_url`;

/** Dated events first in date order ("2016" before "2016-04"), then undated; SQLite sorts NULL first. */
export const EVENT_ORDER = `ORDER BY e.date_value IS NULL, e.date_value, d.published NULLS FIRST, e.document_id,
  e.evidence_start, e.seq`;

export const RELATION_ORDER = 'ORDER BY d.published IS NULL, d.published, r.document_id, r.evidence_start, r.seq';
