// The default extraction pipeline, stage by stage; each stage reads the layers the
// earlier ones produced, and the types say which.
import type { Doc } from '../clean/doc.ts';
import type { Extraction } from '../contract.ts';
import type { Lexicon } from '../lexicon/load.ts';
import { buildTextLayer, type TextLayer } from '../text/layer.ts';
import { findAmounts } from './amounts/index.ts';
import { findDates } from './dates/index.ts';
import { toContractEntity } from './entities/registry.ts';
import { findEvents, type EventFinding } from './events/index.ts';
import { findMentions, type MentionLayer } from './mentions/index.ts';
import { findRelations, type RelationFindingOut } from './relations/index.ts';

export interface PipelineResult {
  extraction: Extraction;
  text: TextLayer;
  mentions: MentionLayer;
  events: EventFinding[];
  relations: RelationFindingOut[];
  diagnostics: string[];
}

export function runPipeline(doc: Doc, lexicon: Lexicon): PipelineResult {
  const document = { id: doc.id, source: doc.source, title: doc.title, published: doc.published, language: doc.language };
  const text = buildTextLayer(doc.text);
  const diagnostics: string[] = [];
  // 'und' (too short to tell) is read as English; a language we can name is not.
  if (doc.language !== 'en' && doc.language !== 'und') {
    diagnostics.push(`language '${doc.language}' is not English: extraction skipped`);
    const mentions: MentionLayer = { mentions: [], titles: [], registry: { lexicon, entities: new Map() } };
    return { extraction: { document, entities: [], events: [], relations: [] }, text, mentions, events: [], relations: [], diagnostics };
  }
  const mentions = findMentions(text, lexicon);
  const dates = findDates(doc.text, doc.published);
  const amounts = findAmounts(doc.text);
  const events = findEvents({ docId: doc.id, text, mentions: mentions.mentions, registry: mentions.registry, dates, amounts, published: doc.published });
  const relations = findRelations({ text, registry: mentions.registry, mentions: mentions.mentions, titles: mentions.titles, dates });
  if (text.sentences.length === 0) diagnostics.push('no text to read');
  else if (mentions.mentions.length === 0) diagnostics.push('no political actors found');
  else if (events.length === 0 && relations.length === 0) diagnostics.push('actors found, but no event or relation between them');
  const entities = [...mentions.registry.entities.values()].map(toContractEntity);
  return {
    extraction: { document, entities, events: events.map((e) => e.event), relations: relations.map((r) => r.relation) },
    text, mentions, events, relations, diagnostics,
  };
}
