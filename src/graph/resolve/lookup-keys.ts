// The keys under which an actor can be looked up by name, and those of a name a
// user types: folded the way the lexicon folds aliases ("al-Qaeda" = "Al Qaeda"),
// plus transliteration skeletons for persons ("Yehya al-Sinwar" = "Yahya Sinwar").
import { aliasKey } from '../../lexicon/load.ts';
import type { Resolution } from '../../store/graph-types.ts';
import { personMatchKeys } from './person-keys.ts';

export const RANK = { id: 0, name: 1, alias: 2, person: 3 } as const;

interface Named {
  id: string;
  name: string;
  kind: string;
  aliases: readonly string[];
}

/** Each key once, at its best rank. */
export function entityLookupKeys(entity: Named): Resolution['lookup'] {
  const ranks = new Map<string, number>();
  const add = (key: string, rank: number) => key !== '' && ranks.set(key, Math.min(ranks.get(key) ?? rank, rank));
  add(aliasKey(entity.id), RANK.id);
  add(aliasKey(entity.name), RANK.name);
  for (const alias of entity.aliases) add(aliasKey(alias), RANK.alias);
  if (entity.kind === 'person') {
    for (const form of [entity.name, ...entity.aliases]) {
      for (const key of personMatchKeys(form)) add(`p:${key}`, RANK.person);
    }
  }
  return [...ranks].map(([key, rank]) => ({ key, entity: entity.id, rank }));
}

/** The keys to look a typed name up by: as written and as a person's name. */
export function queryKeys(text: string): string[] {
  const keys = new Set([aliasKey(text), ...personMatchKeys(text).map((key) => `p:${key}`)]);
  keys.delete('');
  return [...keys];
}
