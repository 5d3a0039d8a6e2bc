// Gathers an actor's profile from the store (the async half of profile.ts).
import type { Store, StoredEntity } from '../store/store.ts';
import { actorMembers, levelMap } from './level.ts';
import { buildProfile, rankTies, spansApart, spanTotals, type ActorProfile, type ActorRef } from './profile.ts';

export async function actorProfile(store: Store, entity: StoredEntity, rollup: boolean, limit = 8): Promise<ActorProfile> {
  const own = await store.memberIds([entity.id]);
  const members = await actorMembers(store, entity.id, rollup);
  const [counterparts, descendants, roleTotals, seen, resolved] = await Promise.all([
    store.counterparts(members), store.descendants(entity.id), store.roleTotals(own), store.seen(members),
    store.resolvedIds([entity.id]),
  ]);
  const ids = new Set<string>([...counterparts.map((c) => c.counterpart), ...roleTotals.flatMap((r) => (r.of === null ? [] : [r.of]))]);
  const level = levelMap(await store.resolvedIds([...ids]), [entity.id], rollup);
  const at = (id: string) => level.get(id) ?? id;
  const roles = spansApart(roleTotals, at) ? roleTotals : spanTotals(await store.roles(own), at);
  const ties = rankTies(counterparts, entity.id, at, limit);
  const ancestors = resolved[0]?.ancestors ?? [entity.id];
  // Names only of what the profile shows: a busy actor has thousands of counterparts.
  const refIds = new Set([
    ...[...ties.partners, ...ties.adversaries].map((t) => t.id), ...roles.flatMap((r) => (r.of === null ? [] : [at(r.of)])),
    ...ancestors, ...descendants.map((d) => d.id),
  ]);
  const refs = new Map((await store.entities([...refIds])).map((e): [string, ActorRef] => [e.id, { id: e.id, name: e.name, kind: e.kind }]));
  return buildProfile({
    entity,
    members: await store.entities(own),
    ancestors,
    children: descendants,
    roles,
    ties,
    seen,
    level: at,
    ref: (id) => refs.get(id) ?? { id, name: id, kind: null },
  });
}
