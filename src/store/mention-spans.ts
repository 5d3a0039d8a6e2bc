// A document's mentions as both stores keep them (migrations 005-packed-mentions.sql):
// one row per entity, its spans packed in one text column, "start-end start-end …",
// in text order. A row per span cost 91 rows an article, each repeating the 64-digit
// document id in the table and in two indexes; the store only ever asks which
// documents mention an entity, and the offsets are only read back to be copied.
//
// Plain decimal text rather than a binary encoding: the migrations build the same
// string in SQL from the old rows (group_concat / string_agg), it is the same value
// in SQLite and PostgreSQL, so `entente copy` moves and checksums it as it is, and
// it stays readable in a query.
import type { Mention } from '../extract/index.ts';

export interface PackedMentions {
  entity: string;
  /** "start-end" pairs, space-separated, by start then end offset. */
  spans: string;
}

/** One row per entity, in entity id order: the order of the key, so rows go into it in order. */
export function packMentions(mentions: readonly Mention[]): PackedMentions[] {
  const byEntity = new Map<string, Mention[]>();
  for (const mention of mentions) {
    const spans = byEntity.get(mention.entity);
    if (spans === undefined) byEntity.set(mention.entity, [mention]);
    else spans.push(mention);
  }
  return [...byEntity.keys()].sort().map((entity) => ({
    entity,
    spans: byEntity.get(entity)!
      .sort((a, b) => a.start - b.start || a.end - b.end)
      .map((m) => `${m.start}-${m.end}`)
      .join(' '),
  }));
}

