// A large made-up store for the server's speed checks: `actors` actors of every kind
// (some wings and agencies with a parent) and `events` events spread over 1990–2024,
// written straight through the Store, ten events to a short made-up document.
// Deterministic for a seed, so a slow run can be repeated.
import type { Entity, EntityKind, EventType, ExtractedEvent } from '../../contract.ts';
import { EVENT_TYPES } from '../../contract.ts';
import { openStore, type StoredDocInput } from '../../store/store.ts';
import { analysis, item, makeDoc } from '../../store/store-fixtures.ts';

export interface SyntheticSize {
  actors: number;
  events: number;
  seed?: number;
}

const KINDS: EntityKind[] = ['state', 'organization', 'armed_wing', 'government_body', 'person', 'organization', 'person', 'state'];
const EVENTS_PER_DOC = 10;
const DOCS_PER_BATCH = 500;

/** A small linear congruential generator: the same numbers on every machine. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Consonants that no transliteration rule takes for one another (unlike b/p, d/t, k/g, s/z, f/v). */
const CONSONANTS = 'bdklmnrsf';

/** A pronounceable made-up word whose consonants spell `n` in base 9: distinct for distinct n below 9^4. */
function madeUpWord(n: number): string {
  const c = (k: number) => CONSONANTS[Math.floor(n / 9 ** k) % 9]!;
  return `${c(3).toUpperCase()}a${c(2)}i${c(1)}o${c(0)}`;
}

export async function writeSyntheticStore(path: string, size: SyntheticSize): Promise<void> {
  const next = random(size.seed ?? 7);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const actors: Entity[] = [];
  for (let i = 0; i < size.actors; i++) {
    const kind = KINDS[i % KINDS.length]!;
    // Wings and agencies hang below an earlier organization or state.
    const parents = actors.filter((a) => (kind === 'armed_wing' ? a.kind === 'organization' : a.kind === 'state'));
    const parent = (kind === 'armed_wing' || kind === 'government_body') && parents.length > 0 ? pick(parents).id : null;
    // Persons need names that differ in their consonants too: resolution folds person
    // names by their transliteration skeleton, and "Actor 4" and "Actor 6" are one skeleton.
    const name = kind === 'person' ? `${madeUpWord(i)} ${madeUpWord(i * 7 + 3)}` : `Actor ${i} ${kind.replace('_', ' ')}`;
    actors.push({ id: `actor-${i}`, name, kind, aliases: [`A${i}`], parent });
  }
  // Popular actors take part in most events, as in real news: a skewed pick.
  const popular = () => actors[Math.floor(next() ** 2.5 * actors.length)]!;
  const store = await openStore(path);
  try {
    let made = 0;
    let docNumber = 0;
    let batch: StoredDocInput[] = [];
    while (made < size.events) {
      const year = 1990 + Math.floor(next() * 35);
      const published = `${year}-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`;
      const count = Math.min(EVENTS_PER_DOC, size.events - made);
      const sentences: string[] = [];
      const specs: { source: Entity; target: Entity; type: EventType }[] = [];
      for (let i = 0; i < count; i++) {
        const source = popular();
        // Every actor takes part in at least one event: the first ones name each in turn.
        let target = made + i < actors.length ? actors[made + i]! : popular();
        if (target.id === source.id) target = actors[(actors.indexOf(source) + 1) % actors.length]!;
        const type = pick(EVENT_TYPES);
        specs.push({ source, target, type });
        sentences.push(`${source.name} and ${target.name} were reported in a ${type.toLowerCase()} event, number ${made + i}.`);
      }
      const doc = makeDoc(`Synthetic report ${docNumber}.\n\n${sentences.join('\n\n')}`, {
        source: `synthetic/${String(docNumber).padStart(6, '0')}.txt`, published, outlet: `Outlet ${docNumber % 40}`,
      });
      let offset = `Synthetic report ${docNumber}.\n\n`.length;
      const events: ExtractedEvent[] = specs.map((spec, i) => {
        const text = sentences[i]!;
        const evidence = { text, start: offset, end: offset + text.length };
        offset += text.length + 2;
        return {
          id: `e${i + 1}`, type: spec.type, mode: null, source: spec.source.id, target: spec.target.id, third: null,
          date: { value: published.slice(0, 7), precision: 'month', basis: 'explicit' },
          amount: null, modality: 'asserted', negated: false, attribution: null, evidence, confidence: 0.8,
        };
      });
      const named = new Set(specs.flatMap((s) => [s.source.id, s.target.id]));
      for (const id of [...named]) {
        const parent = actors.find((a) => a.id === id)?.parent;
        if (parent) named.add(parent);
      }
      const entities = actors.filter((a) => named.has(a.id));
      batch.push(item(doc, analysis(doc, { entities, events }), BigInt(docNumber)));
      made += count;
      docNumber++;
      if (batch.length >= DOCS_PER_BATCH) {
        await store.saveBatch(batch);
        batch = [];
      }
    }
    if (batch.length > 0) await store.saveBatch(batch);
  } finally {
    await store.close();
  }
}
