// Turns what a user typed ("Hamas", "the Qassam Brigades", "Yehya al-Sinwar",
// "qassam-brigades") into one canonical actor, or an error that says what to type.
import type { Store, StoredEntity } from '../../store/store.ts';
import { queryKeys } from './lookup-keys.ts';

export class ActorNotFound extends Error {}

export async function findActor(store: Store, text: string): Promise<StoredEntity> {
  const typed = text.trim();
  if (typed === '') throw new ActorNotFound('an actor name is empty — give a name or an id, e.g. Hamas or qassam-brigades');
  // Independent look-ups: on PostgreSQL each is a round trip, so both go at once.
  const [hits, typedAsId] = await Promise.all([store.lookupEntities(queryKeys(typed)), store.entities([typed])]);
  const exact = typedAsId.map((e) => ({ id: e.id, rank: -1 }));
  const resolved = new Map((await store.resolvedIds([...exact, ...hits].map((h) => h.id))).map((r) => [r.id, r.canonical]));
  // The best rank per canonical actor: an id beats a name, a name an alias, an alias a skeleton.
  const best = new Map<string, number>();
  for (const hit of [...exact, ...hits]) {
    const canonical = resolved.get(hit.id) ?? hit.id;
    best.set(canonical, Math.min(best.get(canonical) ?? Infinity, hit.rank));
  }
  if (best.size === 0) {
    throw new ActorNotFound(`no actor called "${typed}" in the database — check the spelling, or ingest articles that name it`);
  }
  const top = Math.min(...best.values());
  const candidates = [...best].filter(([, rank]) => rank === top).map(([id]) => id).sort();
  const entities = await store.entities(candidates);
  if (entities.length === 1) return entities[0]!;
  const list = entities.map((e) => `${e.id} (${e.kind}, "${e.name}")`).join(', ');
  throw new ActorNotFound(`"${typed}" could be ${list} — pass the id instead`);
}

/**
 * Several actors at once: their look-ups overlap (round trips on PostgreSQL). When
 * some are not found, the first of them in order throws, as one after another would.
 */
export async function findActors<T extends readonly string[]>(store: Store, texts: T): Promise<{ [K in keyof T]: StoredEntity }> {
  const settled = await Promise.allSettled(texts.map((text) => findActor(store, text)));
  return settled.map((found) => {
    if (found.status === 'rejected') throw found.reason;
    return found.value;
  }) as { [K in keyof T]: StoredEntity };
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * One stored entity as the user names it, before any merge: corrections apply to
 * entities, not to the actors they currently resolve to. A slug no document has
 * named yet is accepted (`known: false`), so a correction can wait for its entity.
 */
export async function findEntity(store: Store, text: string): Promise<{ id: string; known: boolean }> {
  const typed = text.trim();
  const [exact] = await store.entities([typed]);
  if (exact) return { id: exact.id, known: true };
  const hits = await store.lookupEntities(queryKeys(typed));
  const top = hits.filter((h) => h.rank === hits[0]?.rank).map((h) => h.id);
  if (top.length === 1) return { id: top[0]!, known: true };
  if (top.length > 1) throw new ActorNotFound(`"${typed}" names several entities: ${top.join(', ')} — pass one id`);
  if (SLUG.test(typed)) return { id: typed, known: false };
  throw new ActorNotFound(`no entity called "${typed}" — check the spelling, or give the id it will have (e.g. ${typed.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')})`);
}
