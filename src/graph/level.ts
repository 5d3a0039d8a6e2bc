// The level a query is asked at. Without --rollup every entity counts as its
// canonical actor (merges and transliterations applied). With --rollup it counts as
// the actor the user named when it sits below it (the Qassam Brigades as Hamas,
// the IRGC or Khamenei as Iran), and otherwise as the top of its own hierarchy.
import type { ResolvedId, Store } from '../store/store.ts';

export function levelMap(resolved: readonly ResolvedId[], focus: readonly string[], rollup: boolean): Map<string, string> {
  const map = new Map<string, string>();
  for (const { id, canonical, ancestors } of resolved) {
    if (!rollup) {
      map.set(id, canonical);
      continue;
    }
    const named = ancestors.find((ancestor) => focus.includes(ancestor));
    map.set(id, named ?? ancestors.at(-1) ?? canonical);
  }
  return map;
}

/** Maps raw ids through a level map; an id the resolution does not know stays itself. */
export function atLevel(map: ReadonlyMap<string, string>, id: string): string;
export function atLevel(map: ReadonlyMap<string, string>, id: string | null): string | null;
export function atLevel(map: ReadonlyMap<string, string>, id: string | null): string | null {
  return id === null ? null : (map.get(id) ?? id);
}

/** The raw entity ids whose events count as `id`'s at this level. */
export async function actorMembers(store: Store, id: string, rollup: boolean): Promise<string[]> {
  const below = rollup ? (await store.descendants(id)).map((d) => d.id) : [];
  return store.memberIds([id, ...below]);
}
