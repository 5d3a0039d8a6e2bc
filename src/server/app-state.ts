// What every route reads: the store (documents included), and answers that are costly to
// compute (every event consolidated, the actor index) kept per version of the
// resolution. The resolution's saved stamp changes only when it is recomputed — after
// an ingest finishes — so during an ingest the views keep one consistent picture and
// refresh when the new documents are resolved.
import type { EntityKind } from '../contract.ts';
import type { Store } from '../store/store.ts';
import { ensureResolution } from '../graph/resolve/ensure.ts';
import { allEvents, type EventSet } from '../graph/load-events.ts';
import { aliasKey } from '../lexicon/load.ts';

export interface IndexedActor {
  id: string;
  name: string;
  kind: EntityKind;
  /** The canonical actor it is structurally part of (a wing's movement, an agency's state). */
  parent: string | null;
  aliases: string[];
  /** Folded name and aliases, for search. */
  keys: string[];
  /** Consolidated events it takes part in (at its own level). */
  events: number;
}

export interface ActorIndex {
  actors: IndexedActor[];
  byId: Map<string, IndexedActor>;
}

export interface AppState {
  readonly location: string;
  readonly store: Store;
  readonly readOnly: boolean;
  /** Brings the resolution up to date unless an ingest is running; returns the cache version. */
  version(): Promise<string>;
  /** Every event, consolidated, at the canonical level or rolled up. */
  everything(rollup: boolean): Promise<EventSet>;
  /** Canonical actors with folded names, parents and event counts. */
  actors(): Promise<ActorIndex>;
  /** A cached answer for this version of the data. */
  cached<T>(key: string, compute: () => Promise<T>): Promise<T>;
  /** Forget cached answers and compute the expensive ones again in the background. */
  refresh(): void;
}

const MAX_ENTRIES = 64;

export function createAppState(
  location: string, store: Store, readOnly: boolean, ingesting: () => boolean,
): AppState {
  let cacheVersion = '';
  let cache = new Map<string, Promise<unknown>>();
  let resolving: Promise<unknown> | null = null;

  const version = async (): Promise<string> => {
    if (!ingesting()) {
      // One recomputation at a time, however many requests arrive together.
      resolving ??= ensureResolution(store).finally(() => { resolving = null; });
      await resolving;
    }
    const { saved } = await store.resolutionStamp();
    const current = saved ?? 'unresolved';
    if (current !== cacheVersion) {
      cacheVersion = current;
      cache = new Map();
    }
    return current;
  };

  const cached = async <T>(key: string, compute: () => Promise<T>): Promise<T> => {
    await version();
    const map = cache;
    let hit = map.get(key) as Promise<T> | undefined;
    if (hit === undefined) {
      hit = compute();
      // A failure is not remembered: the next request tries again.
      hit.catch(() => map.delete(key));
      if (map.size >= MAX_ENTRIES) map.delete(map.keys().next().value!);
      map.set(key, hit);
    } else {
      // Most recently used last: the oldest entry is the first one dropped.
      map.delete(key);
      map.set(key, hit);
    }
    return hit;
  };

  const everything = (rollup: boolean) => cached(`everything:${rollup}`, () => allEvents(store, { rollup }));

  const actors = () => cached('actors', async (): Promise<ActorIndex> => {
    const [inputs, resolved, set] = await Promise.all([store.resolutionInputs(), store.resolvedIds(), everything(false)]);
    const canonical = new Map(resolved.map((r) => [r.id, r.canonical]));
    const counts = new Map<string, number>();
    for (const event of set.events) {
      for (const id of [event.source, event.target]) if (id !== null) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    const byId = new Map<string, IndexedActor>();
    const members = new Map<string, string[]>();
    for (const entity of inputs.entities) {
      const id = canonical.get(entity.id) ?? entity.id;
      members.set(id, [...(members.get(id) ?? []), entity.name, ...entity.aliases]);
    }
    for (const entity of inputs.entities) {
      const id = canonical.get(entity.id) ?? entity.id;
      if (id !== entity.id) continue;
      const parent = entity.parent === null ? null : (canonical.get(entity.parent) ?? entity.parent);
      const forms = [...new Set(members.get(id) ?? [entity.name])];
      byId.set(id, {
        id, name: entity.name, kind: entity.kind as EntityKind, parent: parent === id ? null : parent,
        aliases: forms.filter((f) => f !== entity.name),
        keys: [...new Set([aliasKey(id.replace(/-/g, ' ')), ...forms.map(aliasKey)])].filter(Boolean),
        events: counts.get(id) ?? 0,
      });
    }
    const list = [...byId.values()].sort((a, b) => b.events - a.events || a.name.localeCompare(b.name));
    return { actors: list, byId };
  });

  return {
    location, store, readOnly, version, everything, actors, cached,
    refresh() {
      cache = new Map();
      cacheVersion = '';
      void everything(false).then(() => actors()).catch(() => {});
    },
  };
}

/** Actors whose folded names contain every folded word of `text`, best matches first. */
export function searchActors(index: ActorIndex, text: string, kinds?: readonly EntityKind[]): IndexedActor[] {
  const query = aliasKey(text);
  const words = query.split(' ').filter(Boolean);
  if (words.length === 0) return kinds ? index.actors.filter((a) => kinds.includes(a.kind)) : index.actors;
  const scored: { actor: IndexedActor; score: number }[] = [];
  for (const actor of index.actors) {
    if (kinds && !kinds.includes(actor.kind)) continue;
    let best = -1;
    for (const key of actor.keys) {
      if (!words.every((w) => key.includes(w))) continue;
      const score = key === query ? 3 : key.startsWith(query) ? 2 : key.split(' ').some((part) => part.startsWith(words[0]!)) ? 1 : 0;
      best = Math.max(best, score);
    }
    if (best >= 0) scored.push({ actor, score: best });
  }
  return scored.sort((a, b) => b.score - a.score || b.actor.events - a.actor.events || a.actor.name.localeCompare(b.actor.name)).map((s) => s.actor);
}
