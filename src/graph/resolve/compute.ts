// Entity resolution across documents, as a pure function of what the store holds:
// 1. user merges join entities (`entente merge A B`: A becomes part of B);
// 2. persons whose names share a transliteration key join ("Imad Al-Soos" and
//    "Imad Alsoos"), unless a user split them;
// 3. each group gets one canonical id: the target of the user's merge, else the
//    lexicon's id, else the member known by most names;
// 4. each canonical actor gets its chain upwards: parent (wing → movement, agency →
//    state), or for a person the actor they hold office in (affiliation.ts).
import type { Resolution, ResolutionInputs } from '../../store/graph-types.ts';
import { applyCorrections } from './corrections.ts';
import { Groups } from './union-find.ts';
import { personMatchKeys } from './person-keys.ts';
import { affiliations } from './affiliation.ts';
import { entityLookupKeys } from './lookup-keys.ts';

type Entity = ResolutionInputs['entities'][number];

export function computeResolution(inputs: ResolutionInputs, isLexiconId: (id: string) => boolean): Resolution {
  const byId = new Map(inputs.entities.map((e) => [e.id, e]));
  const applied = applyCorrections(inputs.corrections);
  const groups = new Groups(applied.apart);
  for (const entity of inputs.entities) groups.find(entity.id);
  for (const { entity, into } of applied.merges) groups.join(entity, into);
  for (const ids of personGroups(inputs.entities).values()) {
    const [first, ...rest] = ids.filter((id) => !applied.isolated.has(id));
    for (const id of rest) groups.join(first!, id);
  }

  const mergeTargets = applied.merges.map((m) => m.into).reverse();
  const canonicalOfGroup = new Map<ReadonlySet<string>, string>();
  const canonicalOf = (id: string): string => {
    const group = groups.group(id);
    let canonical = canonicalOfGroup.get(group);
    if (canonical === undefined) {
      canonical = chooseCanonical(group, byId, mergeTargets, isLexiconId) ?? id;
      canonicalOfGroup.set(group, canonical);
    }
    return canonical;
  };

  const canonical = inputs.entities.map((e) => ({ entity: e.id, canonical: canonicalOf(e.id) }));
  const parents = canonicalParents(inputs.entities, canonicalOf);
  const affiliated = affiliations(inputs.roles, canonicalOf, (id) => byId.get(id)?.kind);
  const ancestors: Resolution['ancestors'] = [];
  for (const id of new Set(canonical.map((row) => row.canonical))) {
    ancestors.push({ entity: id, ancestor: id, depth: 0, via: 'self' });
    const seen = new Set([id]);
    for (let at = id, depth = 1; ; depth++) {
      const parent = parents.get(at);
      const next = parent ?? affiliated.get(at);
      if (next === undefined || seen.has(next)) break;
      ancestors.push({ entity: id, ancestor: next, depth, via: parent === undefined ? 'role' : 'parent' });
      seen.add(next);
      at = next;
    }
  }
  return { canonical, ancestors, lookup: inputs.entities.flatMap(entityLookupKeys) };
}

/** Persons by transliteration key; only keys shared by two or more entities. */
function personGroups(entities: readonly Entity[]): Map<string, string[]> {
  const byKey = new Map<string, string[]>();
  for (const entity of entities) {
    if (entity.kind !== 'person') continue;
    for (const key of personMatchKeys(entity.name)) byKey.set(key, [...(byKey.get(key) ?? []), entity.id]);
  }
  for (const [key, ids] of byKey) if (ids.length < 2) byKey.delete(key);
  return byKey;
}

function chooseCanonical(group: ReadonlySet<string>, byId: Map<string, Entity>,
  mergeTargets: readonly string[], isLexiconId: (id: string) => boolean): string | undefined {
  const stored = [...group].filter((id) => byId.has(id));
  const target = mergeTargets.find((id) => group.has(id) && byId.has(id));
  if (target !== undefined) return target;
  return stored.sort((a, b) =>
    Number(isLexiconId(b)) - Number(isLexiconId(a))
    || byId.get(b)!.aliases.length - byId.get(a)!.aliases.length
    || a.length - b.length || a.localeCompare(b))[0];
}

/** Each canonical id's parent, canonical too: its own entity's first, else any member's. */
function canonicalParents(entities: readonly Entity[], canonicalOf: (id: string) => string): Map<string, string> {
  const parents = new Map<string, string>();
  const own = (e: Entity) => canonicalOf(e.id) === e.id;
  for (const entity of [...entities].sort((a, b) => Number(own(b)) - Number(own(a)))) {
    if (entity.parent === null) continue;
    const child = canonicalOf(entity.id);
    const parent = canonicalOf(entity.parent);
    if (parent !== child && !parents.has(child)) parents.set(child, parent);
  }
  return parents;
}
