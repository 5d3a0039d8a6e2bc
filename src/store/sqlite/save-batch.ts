// Writes a batch of documents with all their facts. Called inside the batch
// transaction, so any error here rolls back the whole batch. Documents go one by
// one (one may have been stored by another process since we looked); the facts of
// those inserted are gathered and go table by table, many rows to a statement,
// each table's rows in the order of the documents (so the same rowids as one
// document after another). Entities and aliases already written are left out.
import type { StoredDocInput } from '../store.ts';
import type { Statements } from './statements.ts';
import { fingerprintBands, fingerprintToHex } from '../fingerprint-bands.ts';
import type { WrittenEntities } from '../written-entities.ts';
import { packMentions } from '../mention-spans.ts';

export function saveItems(s: Statements, items: StoredDocInput[], ingestedAt: string, written: WrittenEntities): void {
  const entities: unknown[] = [];
  const aliases: unknown[] = [];
  const roles: unknown[] = [];
  const mentions: unknown[] = [];
  const events: unknown[] = [];
  const relations: unknown[] = [];
  for (const item of items) {
    const { doc, analysis } = item;
    const [b0, b1, b2, b3] = fingerprintBands(item.fingerprint);
    const inserted = s.insertDocument.run({
      id: doc.id, source: doc.source, title: doc.title, published: doc.published,
      outlet: doc.outlet, url: doc.url, language: doc.language, text: doc.text,
      fingerprint: fingerprintToHex(item.fingerprint), b0, b1, b2, b3,
      duplicateOf: item.duplicateOf, skipped: item.skipped ?? null,
      diagnostics: JSON.stringify(analysis?.diagnostics ?? []), ingestedAt,
    });
    // Already stored (by another process since we looked): its facts are there too.
    if (inserted.changes === 0 || analysis === null) continue;
    const documentId = doc.id;
    for (const entity of analysis.extraction.entities) {
      if (written.needsRow(entity)) entities.push(entity.id, entity.name, entity.kind, entity.parent);
      for (const alias of written.newAliases(entity)) aliases.push(entity.id, alias);
      for (const role of entity.roles ?? []) roles.push(entity.id, role.title, role.of, role.from, role.to, documentId);
    }
    for (const { entity, spans } of packMentions(analysis.mentions)) mentions.push(documentId, entity, spans);
    for (const event of analysis.extraction.events) {
      events.push(documentId, event.id, event.type, event.mode, event.source, event.target, event.third,
        event.date?.value ?? null, event.date?.precision ?? null, event.date?.basis ?? null,
        event.amount?.value ?? null, event.amount?.currency ?? null, event.amount?.per ?? null, event.amount?.text ?? null,
        event.modality, event.negated ? 1 : 0, event.attribution,
        event.evidence.text, event.evidence.start, event.evidence.end, event.confidence);
    }
    for (const relation of analysis.extraction.relations) {
      relations.push(documentId, relation.type, relation.source, relation.target, relation.role, relation.since,
        relation.evidence.text, relation.evidence.start, relation.evidence.end, relation.confidence);
    }
  }
  s.upsertEntities(entities);
  s.insertAliases(aliases);
  s.insertRoles(roles);
  s.insertMentions(mentions);
  s.insertEvents(events);
  s.insertRelations(relations);
}
