// A database for the graph commands, written directly through the Store with
// hand-made analyses of short made-up news sentences: the graph tests then do not
// depend on what the extractor makes of a sentence this week.
import type { Entity, ExtractedEvent, ExtractedRelation } from '../../src/contract.ts';
import { openStore } from '../../src/store/store.ts';
import { analysis, entity, item, makeDoc } from '../../src/store/store-fixtures.ts';

export const ACTORS: Record<string, Entity> = {
  iran: entity('iran', 'Iran', { aliases: ['Tehran'] }),
  irgc: entity('irgc', 'Islamic Revolutionary Guard Corps', { kind: 'government_body', parent: 'iran', aliases: ['IRGC'] }),
  'revolutionary-guards': entity('revolutionary-guards', 'Revolutionary Guards', { kind: 'government_body' }),
  hamas: entity('hamas', 'Hamas', { kind: 'organization' }),
  'qassam-brigades': entity('qassam-brigades', 'Izz ad-Din al-Qassam Brigades', { kind: 'armed_wing', parent: 'hamas', aliases: ['Qassam Brigades'] }),
  qatar: entity('qatar', 'Qatar'),
  israel: entity('israel', 'Israel'),
  'khalil-al-haddad': entity('khalil-al-haddad', 'Khalil al-Haddad', { kind: 'person', roles: [] }),
  'khalil-alhaddad': entity('khalil-alhaddad', 'Khalil Alhaddad', { kind: 'person', roles: [{ title: 'Official', of: 'hamas', from: null, to: null }] }),
  'us-officials': entity('us-officials', 'US officials', { kind: 'other' }),
};

export interface SeedEvent extends Partial<Omit<ExtractedEvent, 'date'>> {
  source: string;
  target: string | null;
  date: string | null;
}

export interface SeedDoc {
  text: string;
  outlet?: string | null;
  published?: string | null;
  /** Events whose evidence is the whole text. */
  events?: SeedEvent[];
  relations?: [ExtractedRelation['type'], string, string][];
}

let n = 0;

export async function seed(path: string, docs: SeedDoc[]): Promise<void> {
  const store = await openStore(path);
  try {
    await store.saveBatch(docs.map((spec) => {
      const doc = makeDoc(spec.text, {
        outlet: spec.outlet === undefined ? 'Levant Wire' : spec.outlet,
        published: spec.published === undefined ? (spec.events?.[0]?.date ?? null) : spec.published,
        source: `made-up/${String(++n).padStart(3, '0')}.txt`,
      });
      const evidence = { text: doc.text, start: 0, end: doc.text.length };
      const events: ExtractedEvent[] = (spec.events ?? []).map((e, i) => ({
        id: `e${i + 1}`, type: 'CONSULT', mode: null, third: null, amount: null, modality: 'asserted', negated: false,
        attribution: null, evidence, confidence: 0.8, ...e,
        date: e.date === null ? null : { value: e.date, precision: e.date.length === 4 ? 'year' : e.date.length === 7 ? 'month' : 'day', basis: 'explicit' },
      }));
      const relations: ExtractedRelation[] = (spec.relations ?? []).map(([type, source, target]) =>
        ({ type, source, target, role: null, since: null, evidence, confidence: 0.9 }));
      const ids = new Set(events.flatMap((e) => [e.source, e.target, e.attribution]).concat(relations.flatMap((r) => [r.source, r.target])));
      for (const id of [...ids]) if (id && ACTORS[id]?.parent) ids.add(ACTORS[id].parent);
      for (const id of [...ids]) for (const role of ACTORS[id ?? '']?.roles ?? []) ids.add(role.of);
      const entities = [...ids].filter((id): id is string => id !== null && id !== undefined).map((id) => {
        const actor = ACTORS[id];
        if (!actor) throw new Error(`graph-seed: no actor "${id}" in ACTORS`);
        return actor;
      });
      return item(doc, analysis(doc, { entities, events, relations }));
    }));
  } finally {
    await store.close();
  }
}
