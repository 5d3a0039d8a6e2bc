// Writes a batch of documents with all their facts in ONE transaction, a handful of
// statements whatever the batch size: every table's rows travel as one JSON array
// read by json_populate_recordset (no per-row round trips, no parameter limit).
//
// Several processes may write at once (see claims.ts). What keeps that safe:
//   * documents: INSERT … ON CONFLICT (id) DO NOTHING RETURNING id — a document stored
//     meanwhile by another process is left alone, and so are the facts of this copy:
//     only documents actually inserted here get their facts inserted;
//   * entities: inserted with ON CONFLICT DO NOTHING, then a parent filled in only
//     where it is unknown (an UPDATE that locks only the rows it changes); those this
//     process has written before and would not change are left out (written-entities.ts);
//   * rows are written in key order, so two writers take their locks in the same
//     order; a deadlock PostgreSQL still detects is retried (saveBatchWithRetry).
import type { StoredDocInput } from '../store.ts';
import type { Entity } from '../../contract.ts';
import { fingerprintBands } from '../fingerprint-bands.ts';
import { entitiesOf, type WrittenEntities } from '../written-entities.ts';
import { packMentions } from '../mention-spans.ts';
import { sqlState, type Sql, type TransactionSql } from './connect.ts';

const RETRIES = 5;
/** deadlock_detected, serialization_failure: the transaction can simply run again. */
const RETRYABLE = new Set(['40P01', '40001']);

export async function saveBatchWithRetry(sql: Sql, items: StoredDocInput[], written: WrittenEntities): Promise<string[]> {
  for (let attempt = 1; ; attempt++) {
    try {
      const stored = await sql.begin((tx) => saveBatch(tx, items, written));
      written.remember(entitiesOf(items));
      return stored;
    } catch (error) {
      if (attempt >= RETRIES || !RETRYABLE.has(sqlState(error) ?? '')) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * attempt + Math.random() * 50));
    }
  }
}

/** Returns the ids of the documents inserted (not already stored). */
async function saveBatch(tx: TransactionSql, items: StoredDocInput[], written: WrittenEntities): Promise<string[]> {
  const ingestedAt = new Date().toISOString();
  const byId = new Map<string, StoredDocInput>();
  for (const item of items) if (!byId.has(item.doc.id)) byId.set(item.doc.id, item);
  const docs = [...byId.values()].sort((a, b) => compare(a.doc.id, b.doc.id));
  if (docs.length === 0) return [];

  const inserted = await tx<{ id: string }[]>`INSERT INTO documents (id, source, title, published, outlet, url,
      language, text, fingerprint, fp_band0, fp_band1, fp_band2, fp_band3, duplicate_of, skipped, diagnostics, ingested_at)
    SELECT id, source, title, published, outlet, url, language, text, fingerprint, fp_band0, fp_band1, fp_band2,
      fp_band3, duplicate_of, skipped, diagnostics, ingested_at
    FROM json_populate_recordset(NULL::documents, ${json(docs.map((item) => documentRow(item, ingestedAt)))}::text::json)
    ORDER BY id
    ON CONFLICT (id) DO NOTHING
    RETURNING id`;
  const insertedIds = new Set(inserted.map((row) => row.id));
  // Stored meanwhile by another process: its facts are there too.
  const fresh = docs.filter((item) => insertedIds.has(item.doc.id) && item.analysis !== null);
  if (fresh.length > 0) await saveFacts(tx, fresh, written);
  if (insertedIds.size > 0) {
    // Last, so that the one row every writer updates is locked only until the commit.
    await tx`UPDATE store_state SET documents_version = documents_version + 1 WHERE id = 1`;
  }
  return [...insertedIds];
}

async function saveFacts(tx: TransactionSql, items: StoredDocInput[], written: WrittenEntities): Promise<void> {
  const entities = new Map<string, { id: string; name: string; kind: string; parent: string | null }>();
  const aliases = new Map<string, { entity_id: string; alias: string }>();
  const roles: Record<string, unknown>[] = [];
  const mentions: Record<string, unknown>[] = [];
  const events: Record<string, unknown>[] = [];
  const relations: Record<string, unknown>[] = [];
  for (const { doc, analysis } of items) {
    if (analysis === null) continue;
    const documentId = doc.id;
    for (const entity of analysis.extraction.entities) {
      if (written.needsRow(entity)) mergeEntity(entities, entity);
      for (const alias of written.newAliases(entity)) {
        const key = `${entity.id}\u0000${alias}`;
        if (!aliases.has(key)) aliases.set(key, { entity_id: entity.id, alias });
      }
      for (const role of entity.roles ?? []) {
        roles.push({ entity_id: entity.id, title: role.title, of_id: role.of, from_date: role.from, to_date: role.to, document_id: documentId });
      }
    }
    for (const { entity, spans } of packMentions(analysis.mentions)) {
      mentions.push({ document_id: documentId, entity_id: entity, spans });
    }
    for (const event of analysis.extraction.events) {
      events.push({
        document_id: documentId, id: event.id, type: event.type, mode: event.mode,
        source: event.source, target: event.target, third: event.third,
        date_value: event.date?.value ?? null, date_precision: event.date?.precision ?? null, date_basis: event.date?.basis ?? null,
        amount_value: event.amount?.value ?? null, amount_currency: event.amount?.currency ?? null,
        amount_per: event.amount?.per ?? null, amount_text: event.amount?.text ?? null,
        modality: event.modality, negated: event.negated, attribution: event.attribution,
        evidence_text: event.evidence.text, evidence_start: event.evidence.start, evidence_end: event.evidence.end,
        confidence: event.confidence,
      });
    }
    for (const relation of analysis.extraction.relations) {
      relations.push({
        document_id: documentId, type: relation.type, source: relation.source, target: relation.target,
        role: relation.role, since: relation.since,
        evidence_text: relation.evidence.text, evidence_start: relation.evidence.start, evidence_end: relation.evidence.end,
        confidence: relation.confidence,
      });
    }
  }

  const entityRows = [...entities.values()].sort((a, b) => compare(a.id, b.id));
  if (entityRows.length > 0) {
    await tx`INSERT INTO entities (id, name, kind, parent)
      SELECT id, name, kind, parent FROM json_populate_recordset(NULL::entities, ${json(entityRows)}::text::json)
      ORDER BY id ON CONFLICT (id) DO NOTHING`;
    // A later document only fills in a parent that was unknown.
    const withParent = entityRows.filter((e) => e.parent !== null);
    if (withParent.length > 0) {
      await tx`UPDATE entities e SET parent = x.parent
        FROM json_populate_recordset(NULL::entities, ${json(withParent)}::text::json) x
        WHERE e.id = x.id AND e.parent IS NULL`;
    }
  }
  if (aliases.size > 0) {
    // WITH ORDINALITY: aliases get their seq in the order first seen.
    await tx`INSERT INTO entity_aliases (entity_id, alias)
      SELECT x.entity_id, x.alias FROM json_populate_recordset(NULL::entity_aliases, ${json([...aliases.values()])}::text::json)
        WITH ORDINALITY AS x
      ORDER BY x.ordinality ON CONFLICT (entity_id, alias) DO NOTHING`;
  }
  await insertRows(tx, 'roles', ['entity_id', 'title', 'of_id', 'from_date', 'to_date', 'document_id'], roles);
  await insertRows(tx, 'mentions', ['document_id', 'entity_id', 'spans'], mentions);
  await insertRows(tx, 'events', EVENT_COLUMNS, events);
  await insertRows(tx, 'relations', RELATION_COLUMNS, relations);
}

const EVENT_COLUMNS = ['document_id', 'id', 'type', 'mode', 'source', 'target', 'third', 'date_value', 'date_precision',
  'date_basis', 'amount_value', 'amount_currency', 'amount_per', 'amount_text', 'modality', 'negated', 'attribution',
  'evidence_text', 'evidence_start', 'evidence_end', 'confidence'];
const RELATION_COLUMNS = ['document_id', 'type', 'source', 'target', 'role', 'since', 'evidence_text', 'evidence_start',
  'evidence_end', 'confidence'];

/** Plain rows of a fact table, in the order given (their seq follows it). */
async function insertRows(tx: TransactionSql, table: string, columns: string[], rows: Record<string, unknown>[]): Promise<void> {
  if (rows.length === 0) return;
  // Table and column names are fixed strings of this file, never input. (COPY was
  // tried: through postgres.js it was slower here, and it hangs on a failing row.)
  const list = columns.join(', ');
  await tx.unsafe(`INSERT INTO ${table} (${list})
    SELECT ${list} FROM json_populate_recordset(NULL::${table}, $1::text::json) WITH ORDINALITY AS x
    ORDER BY x.ordinality`, [JSON.stringify(rows)]);
}

/** The first document to name an entity sets its name and kind; a parent comes from the first that knows one. */
function mergeEntity(entities: Map<string, { id: string; name: string; kind: string; parent: string | null }>, entity: Entity): void {
  const known = entities.get(entity.id);
  if (known === undefined) entities.set(entity.id, { id: entity.id, name: entity.name, kind: entity.kind, parent: entity.parent });
  else if (known.parent === null && entity.parent !== null) known.parent = entity.parent;
}

function documentRow({ doc, analysis, duplicateOf, fingerprint, skipped }: StoredDocInput, ingestedAt: string): object {
  const [b0, b1, b2, b3] = fingerprintBands(fingerprint);
  return {
    id: doc.id, source: doc.source, title: doc.title, published: doc.published, outlet: doc.outlet, url: doc.url,
    language: doc.language, text: doc.text,
    // The unsigned 64-bit value as the signed BIGINT with the same bits; a string, as
    // JSON numbers lose precision beyond 2^53.
    fingerprint: BigInt.asIntN(64, fingerprint).toString(),
    fp_band0: b0, fp_band1: b1, fp_band2: b2, fp_band3: b3,
    duplicate_of: duplicateOf, skipped: skipped ?? null, diagnostics: analysis?.diagnostics ?? [], ingested_at: ingestedAt,
  };
}

function json(rows: object[]): string {
  return JSON.stringify(rows);
}

/** Byte order, as the database's "C" collation sorts: the order locks are taken in. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
