// Small builders for eval tests: made-up actors and items, no article text.
import type { Entity, Extraction, ExtractedEvent, ExtractedRelation } from '../contract.ts';
import type { GoldItem } from './gold.ts';
import { buildAliasIndex } from './names.ts';

export const aliases = buildAliasIndex({
  Iran: ['Tehran', 'Islamic Republic'],
  'Islamic Revolutionary Guard Corps': ['IRGC', 'Revolutionary Guards'],
  Hamas: ['Islamic Resistance Movement'],
  'Palestinian Islamic Jihad': ['PIJ', 'Islamic Jihad'],
  'al-Quds Brigades': ['Saraya al-Quds'],
  Turkey: ['Türkiye'],
});

export function entity(id: string, name: string, extra: string[] = []): Entity {
  return { id, name, kind: 'organization', aliases: extra, parent: null };
}

export const ENTITIES: Entity[] = [
  entity('iran', 'Iran', ['Tehran']),
  entity('irgc', 'IRGC'),
  entity('hamas', 'Hamas'),
  entity('pij', 'Islamic Jihad'),
  entity('al-quds-brigades', 'Quds Brigades'),
  entity('egypt', 'Egypt'),
];

export function gold(fields: Partial<GoldItem> & Pick<GoldItem, 'type' | 'source'>): GoldItem {
  return { doc: 'd1', line: 1, kind: 'event', target: ['Hamas'], evidence: 'made-up quote', core: false, ...fields };
}

export function event(fields: Partial<ExtractedEvent> & Pick<ExtractedEvent, 'type' | 'source'>): ExtractedEvent {
  return {
    id: `e-${fields.type}-${fields.source}`, mode: null, target: 'hamas', third: null, date: null, amount: null,
    modality: 'asserted', negated: false, attribution: null, evidence: { text: 'x', start: 0, end: 1 }, confidence: 0.9,
    ...fields,
  };
}

export function relation(fields: Partial<ExtractedRelation> & Pick<ExtractedRelation, 'type' | 'source' | 'target'>): ExtractedRelation {
  return { role: null, since: null, evidence: { text: 'x', start: 0, end: 1 }, confidence: 0.9, ...fields };
}

export function extraction(events: ExtractedEvent[], relations: ExtractedRelation[] = []): Extraction {
  return {
    document: { id: 'h', source: 'd1.txt', title: null, published: null, language: 'en' },
    entities: ENTITIES, events, relations,
  };
}
