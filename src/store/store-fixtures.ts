// Small made-up documents and analyses for store tests (shared by every backend).
import { createHash } from 'node:crypto';
import type { Doc } from '../clean/doc.ts';
import type { Analysis } from '../extract/index.ts';
import type { Entity, ExtractedEvent, ExtractedRelation } from '../contract.ts';
import type { StoredDocInput } from './store.ts';

export function makeDoc(text: string, overrides: Partial<Doc> = {}): Doc {
  return {
    id: createHash('sha256').update(text).digest('hex'),
    source: `test/${text.slice(0, 12).replace(/\W+/g, '-')}.txt`,
    text,
    title: null,
    published: '2016-05-01',
    outlet: 'The Example Times',
    url: null,
    language: 'en',
    ...overrides,
  };
}

export function entity(id: string, name: string, extra: Partial<Entity> = {}): Entity {
  return { id, name, kind: 'state', aliases: [], parent: null, ...extra };
}

/** An event whose evidence is the whole of `doc.text`. */
export function event(doc: Doc, id: string, source: string, target: string | null, date: string | null,
  extra: Partial<ExtractedEvent> = {}): ExtractedEvent {
  return {
    id, type: 'AID', mode: 'economic', source, target, third: null,
    date: date === null ? null : { value: date, precision: date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day', basis: 'explicit' },
    amount: null, modality: 'asserted', negated: false, attribution: null,
    evidence: { text: doc.text, start: 0, end: doc.text.length }, confidence: 0.8,
    ...extra,
  };
}

export function relation(doc: Doc, source: string, target: string): ExtractedRelation {
  return {
    type: 'PATRON', source, target, role: null, since: null,
    evidence: { text: doc.text, start: 0, end: doc.text.length }, confidence: 0.9,
  };
}

export function analysis(doc: Doc, parts: { entities?: Entity[]; events?: ExtractedEvent[]; relations?: ExtractedRelation[] }): Analysis {
  const { id, source, title, published, language } = doc;
  return {
    extraction: {
      document: { id, source, title, published, language },
      entities: parts.entities ?? [],
      events: parts.events ?? [],
      relations: parts.relations ?? [],
    },
    mentions: (parts.entities ?? []).map((e) => ({ entity: e.id, start: 0, end: 1 })),
    diagnostics: [],
  };
}

export function item(doc: Doc, a: Analysis | null, fingerprint = 0n, duplicateOf: string | null = null): StoredDocInput {
  return { doc, analysis: a, fingerprint, duplicateOf };
}
