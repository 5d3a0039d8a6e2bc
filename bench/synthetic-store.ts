// A synthetic store of N events for query benchmarks, written through Store.saveBatch
// (the backend's own batched write path) from made-up analyses rather than extraction:
// one million events take minutes this way instead of hours.
//
// Its shape follows a news archive: 5,000 actors (states, movements, armed wings with
// their parent, persons with offices), whose popularity falls off as a power law
// (Zipf, exponent 0.9: a few actors are in most stories); each article tells a story
// among three actors with ten events, two relations and a dozen mentions, dated over
// thirty years. Deterministic for a given seed.
import type { Store, StoredDocInput } from '../src/store/store.ts';
import type { Entity, EventType, ExtractedEvent, ExtractedRelation, RelationType } from '../src/contract.ts';
import { EVENT_TYPES, RELATION_TYPES } from '../src/contract.ts';
import { Rng } from './prng.ts';
import { createHash } from 'node:crypto';

export interface SyntheticOptions {
  events: number;
  seed: number;
  /** Documents per saveBatch call. */
  batch?: number;
  onProgress?: (events: number) => void;
}

export interface SyntheticStore {
  events: number;
  documents: number;
  /** Actor names by popularity, most frequent first. */
  actorsByRank: string[];
  /** Actor pairs (names) by number of events between them, most first. */
  topPairs: [string, string, number][];
  years: [number, number];
  ms: number;
}

const EVENTS_PER_DOC = 10;
const ZIPF = 0.9;
const FIRST_YEAR = 1995;
const LAST_YEAR = 2024;
const OUTLETS = Array.from({ length: 40 }, (_, i) => `Outlet ${String.fromCharCode(65 + (i % 26))}${i >= 26 ? i : ''} Wire`);

interface Actor {
  entity: Entity;
  /** A person's office: the actor they hold it in. */
  office: number | null;
}

/** Writes the store through `store.saveBatch`, the only method it needs. */
export async function fillSyntheticStore(store: Pick<Store, 'saveBatch'>, options: SyntheticOptions): Promise<SyntheticStore> {
  const started = performance.now();
  const r = new Rng(options.seed);
  const actorCount = Math.max(50, Math.min(5000, Math.round(options.events / 200)));
  const actors = makeActors(actorCount, r);
  // Popularity rank → actor index: a shuffled order, so that kinds mix at every rank.
  const byRank = r.shuffle(actors.map((_, i) => i));
  const cumulative: number[] = [];
  let total = 0;
  for (let rank = 0; rank < actorCount; rank++) cumulative.push((total += (rank + 1) ** -ZIPF));
  const draw = () => {
    const x = r.float() * total;
    let lo = 0;
    let hi = actorCount - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return byRank[lo]!;
  };

  const documents = Math.ceil(options.events / EVENTS_PER_DOC);
  const batchSize = options.batch ?? 500;
  const pairCounts = new Map<string, number>();
  let written = 0;
  let batch: StoredDocInput[] = [];
  for (let d = 0; d < documents; d++) {
    const cast = new Set<number>();
    while (cast.size < 3) cast.add(draw());
    const story = [...cast];
    const eventsHere = Math.min(EVENTS_PER_DOC, options.events - written);
    batch.push(makeDocument(d, story, actors, eventsHere, r, pairCounts));
    written += eventsHere;
    if (batch.length >= batchSize) {
      await store.saveBatch(batch);
      batch = [];
      options.onProgress?.(written);
    }
  }
  if (batch.length > 0) await store.saveBatch(batch);
  const name = (i: number) => actors[i]!.entity.name;
  const topPairs = [...pairCounts.entries()].sort((a, b) => b[1] - a[1]).slice(0, 1000)
    .map(([key, n]): [string, string, number] => {
      const [a, b] = key.split(':').map(Number) as [number, number];
      return [name(a), name(b), n];
    });
  return {
    events: written, documents, actorsByRank: byRank.map(name), topPairs,
    years: [FIRST_YEAR, LAST_YEAR], ms: performance.now() - started,
  };
}

function makeActors(count: number, r: Rng): Actor[] {
  const states = Math.round(count * 0.04);
  const organizations = Math.round(count * 0.2);
  const wings = Math.round(count * 0.06);
  const actors: Actor[] = [];
  for (let i = 0; i < count; i++) {
    const id = `actor-${i}`;
    const word = code(i);
    if (i < states) {
      actors.push({ entity: { id, name: word, kind: 'state', aliases: [`${word} City`], parent: null }, office: null });
    } else if (i < states + organizations) {
      actors.push({ entity: { id, name: `${word} Front`, kind: 'organization', aliases: [`${word} Movement`], parent: null }, office: null });
    } else if (i < states + organizations + wings) {
      const parent = `actor-${r.int(states, states + organizations - 1)}`;
      actors.push({ entity: { id, name: `${word} Brigades`, kind: 'armed_wing', aliases: [], parent }, office: null });
    } else {
      const office = r.int(0, states + organizations - 1);
      const name = `${word} ${code(i * 7 + 13)}`;
      actors.push({ entity: { id, name, kind: 'person', aliases: [name.split(' ')[1]!], parent: null }, office });
    }
  }
  return actors;
}

/**
 * A made-up word for actor i: four syllables whose consonants spell i in base 13.
 * Names must not look alike to entity resolution (which joins transliterations of one
 * name, "Imad Al-Soos" / "Imad Alsoos"), so no two share their consonants, and the
 * consonants are ones no transliteration rule folds together.
 */
function code(i: number): string {
  const consonants = 'bdfgjklmnrstw';
  const vowels = 'aoiu';
  let word = '';
  for (let k = 0, n = i; k < 4; k++, n = Math.floor(n / consonants.length)) {
    word += consonants[n % consonants.length]! + vowels[k]!;
  }
  return word[0]!.toUpperCase() + word.slice(1);
}

function makeDocument(d: number, story: number[], actors: Actor[], eventCount: number, r: Rng,
  pairCounts: Map<string, number>): StoredDocInput {
  const year = r.int(FIRST_YEAR, LAST_YEAR);
  const month = r.int(1, 12);
  const day = r.int(1, 28);
  const published = `${year}-${pad(month)}-${pad(day)}`;
  const names = story.map((i) => actors[i]!.entity.name);
  const sentences = Array.from({ length: eventCount + 2 }, (_, s) =>
    `Report ${d}.${s}: ${names[s % 3]} and ${names[(s + 1) % 3]} were in the news on ${published}.`);
  const text = sentences.join(' ');
  const starts: number[] = [];
  let at = 0;
  for (const sentence of sentences) {
    starts.push(at);
    at += sentence.length + 1;
  }
  const evidence = (s: number) => ({ text: sentences[s]!, start: starts[s]!, end: starts[s]! + sentences[s]!.length });
  const id = createHash('sha256').update(text).digest('hex');
  const ids = story.map((i) => actors[i]!.entity.id);

  const entities = new Map<string, Entity>();
  const roleOf = new Map<string, string>();
  const addEntity = (index: number) => {
    const actor = actors[index]!;
    if (entities.has(actor.entity.id)) return;
    const roles = actor.office === null ? undefined
      : [{ title: 'Official', of: actors[actor.office]!.entity.id, from: `${year - r.int(0, 5)}`, to: null }];
    entities.set(actor.entity.id, roles ? { ...actor.entity, roles } : actor.entity);
    if (actor.entity.parent) addEntity(Number(actor.entity.parent.slice('actor-'.length)));
    if (actor.office !== null) {
      roleOf.set(actor.entity.id, actors[actor.office]!.entity.id);
      addEntity(actor.office);
    }
  };
  for (const index of story) addEntity(index);

  const events: ExtractedEvent[] = [];
  for (let e = 0; e < eventCount; e++) {
    const s = r.int(0, 2);
    const t = (s + r.int(1, 2)) % 3;
    const type = EVENT_TYPES[r.float() < 0.5 ? r.int(0, 5) : r.int(0, EVENT_TYPES.length - 1)] as EventType;
    const roll = r.float();
    const date = roll < 0.7 ? { value: published, precision: 'day' as const, basis: 'explicit' as const }
      : roll < 0.9 ? { value: `${year}-${pad(month)}`, precision: 'month' as const, basis: 'relative' as const }
        : roll < 0.95 ? { value: `${year - r.int(1, 10)}`, precision: 'year' as const, basis: 'explicit' as const } : null;
    events.push({
      id: `e${e + 1}`, type, mode: type === 'AID' ? (r.chance(0.5) ? 'economic' : 'military') : null,
      source: ids[s]!, target: ids[t]!, third: null, date,
      amount: type === 'AID' && r.chance(0.3) ? { value: r.int(1, 500) * 1e6, currency: 'USD', per: r.chance(0.5) ? 'year' : 'once', text: 'an amount' } : null,
      modality: r.chance(0.8) ? 'asserted' : 'reported', negated: r.chance(0.04), attribution: null,
      evidence: evidence(e), confidence: 0.5 + r.float() / 2,
    });
    const key = [story[s]!, story[t]!].sort((a, b) => a - b).join(':');
    pairCounts.set(key, (pairCounts.get(key) ?? 0) + 1);
  }
  const relations: ExtractedRelation[] = [0, 1].map((k) => ({
    type: RELATION_TYPES[r.int(0, 2)] as RelationType, source: ids[k]!, target: ids[k + 1]!, role: null, since: null,
    evidence: evidence(eventCount + k), confidence: 0.9,
  }));
  const mentions = ids.flatMap((entity, k) => [0, 1, 2, 3].map((m) => {
    const sentence = (k + m * 3) % sentences.length;
    return { entity, start: starts[sentence]!, end: starts[sentence]! + 6 };
  }));
  const doc = {
    id, source: `synthetic/${d}.txt`, text, title: `Report ${d}`, published, outlet: OUTLETS[d % OUTLETS.length]!, url: null, language: 'en',
  };
  return {
    doc,
    analysis: {
      extraction: { document: { id, source: doc.source, title: doc.title, published, language: 'en' }, entities: [...entities.values()], events, relations },
      mentions,
      diagnostics: [],
    },
    duplicateOf: null,
    // Distinct, far-apart fingerprints: no document is a near copy of another.
    fingerprint: BigInt.asUintN(64, BigInt(`0x${id.slice(0, 16)}`)),
  };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
