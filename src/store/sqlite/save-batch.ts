// Writes one document with all its facts. Called inside the batch transaction,
// so any error here rolls back the whole batch.
import type { StoredDocInput } from '../store.ts';
import type { Statements } from './statements.ts';
import { fingerprintBands, fingerprintToHex } from '../fingerprint-bands.ts';

export function saveItem(s: Statements, item: StoredDocInput, ingestedAt: string): void {
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
  if (inserted.changes === 0 || analysis === null) return;
  const documentId = doc.id;
  const { entities, events, relations } = analysis.extraction;

  for (const entity of entities) {
    s.upsertEntity.run({ id: entity.id, name: entity.name, kind: entity.kind, parent: entity.parent });
    for (const alias of entity.aliases) s.insertAlias.run(entity.id, alias);
    for (const role of entity.roles ?? []) {
      s.insertRole.run({ entityId: entity.id, title: role.title, of: role.of, from: role.from, to: role.to, documentId });
    }
  }
  for (const { entity, start, end } of analysis.mentions) {
    s.insertMention.run({ documentId, entity, start, end });
  }
  for (const event of events) {
    s.insertEvent.run({
      documentId, id: event.id, type: event.type, mode: event.mode,
      source: event.source, target: event.target, third: event.third,
      dateValue: event.date?.value ?? null, datePrecision: event.date?.precision ?? null,
      dateBasis: event.date?.basis ?? null,
      amountValue: event.amount?.value ?? null, amountCurrency: event.amount?.currency ?? null,
      amountPer: event.amount?.per ?? null, amountText: event.amount?.text ?? null,
      modality: event.modality, negated: event.negated ? 1 : 0, attribution: event.attribution,
      evidenceText: event.evidence.text, evidenceStart: event.evidence.start, evidenceEnd: event.evidence.end,
      confidence: event.confidence,
    });
  }
  for (const relation of relations) {
    s.insertRelation.run({
      documentId, type: relation.type, source: relation.source, target: relation.target,
      role: relation.role, since: relation.since,
      evidenceText: relation.evidence.text, evidenceStart: relation.evidence.start,
      evidenceEnd: relation.evidence.end, confidence: relation.confidence,
    });
  }
}
