// Small made-up documents and analyses for store tests (shared by every backend).
import { createHash } from 'node:crypto';
import type { Doc } from '../clean/doc.ts';
import type { Analysis, Mention } from '../extract/index.ts';
import type { Entity, ExtractedEvent, ExtractedRelation } from '../contract.ts';
import type { CounterpartRow, EventRow, StoredDocInput } from './store.ts';

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

/** Every place each of `names` occurs in doc.text, as mentions of `entity`: name by name, not in text order. */
export function mentionsOf(doc: Doc, entity: string, ...names: string[]): Mention[] {
  return names.flatMap((name) => [...doc.text.matchAll(new RegExp(`\\b${name}\\b`, 'g'))]
    .map((match) => ({ entity, start: match.index!, end: match.index! + name.length })));
}

export function item(doc: Doc, a: Analysis | null, fingerprint = 0n, duplicateOf: string | null = null): StoredDocInput {
  return { doc, analysis: a, fingerprint, duplicateOf };
}

/** What Store.counterparts must answer, counted from the events themselves (`rows`: every event of `ids`). */
export function counterpartsFromEvents(rows: readonly EventRow[], ids: readonly string[]): CounterpartRow[] {
  const counted = new Map<string, CounterpartRow>();
  for (const { event: e } of rows) {
    for (const [actor, counterpart] of [[e.source, e.target], [e.target, e.source]] as const) {
      if (actor === null || counterpart === null || !ids.includes(actor)) continue;
      const negated = e.negated || e.modality === 'denied';
      const row = counted.get(`${actor}|${counterpart}`) ?? { actor, counterpart, counts: [], first: null, last: null };
      const count = row.counts.find((c) => c.type === e.type && c.negated === negated);
      if (count) count.count++;
      else row.counts.push({ type: e.type, negated, count: 1 });
      const date = e.date?.value ?? null;
      if (date !== null && (row.first === null || date < row.first)) row.first = date;
      if (date !== null && (row.last === null || date > row.last)) row.last = date;
      counted.set(`${actor}|${counterpart}`, row);
    }
  }
  return [...counted.values()];
}
