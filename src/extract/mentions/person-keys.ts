// Person names compared by transliteration skeleton, so "Yehya al-Sinwar" in a text
// finds the lexicon's "Yahya Sinwar", and "Shalah" finds "Ramadan Shallah".
import type { Lexicon } from '../../lexicon/load.ts';
import { ARTICLE_PARTICLES, skeleton } from '../../text/normalize.ts';
import { tokenize } from '../../text/tokens.ts';

const TITLE_WORDS = new Set(['sheikh', 'ayatollah', 'king', 'prince', 'emir', 'general', 'gen', 'dr', 'imam', 'sayyed', 'sayyid', 'haj']);

/** Names recur within and across documents, and each mention asks for its words and key
 * several times: both are remembered (bounded, so memory stays flat). */
const MAX_REMEMBERED = 20_000;
const wordsOf = new Map<string, readonly string[]>();
const keysOf = new Map<string, string>();

function remember<T>(cache: Map<string, T>, name: string, value: T): T {
  if (cache.size >= MAX_REMEMBERED) cache.clear();
  cache.set(name, value);
  return value;
}

export function nameWords(name: string): readonly string[] {
  return wordsOf.get(name) ?? remember(wordsOf, name, Object.freeze(tokenize(name)
    .filter((t) => t.kind === 'word' && !ARTICLE_PARTICLES.has(t.key) && !TITLE_WORDS.has(t.key))
    .map((t) => t.text)));
}

export function personKey(name: string): string {
  return keysOf.get(name) ?? remember(keysOf, name, nameWords(name).map(skeleton).join(' '));
}

const cache = new WeakMap<Lexicon, Map<string, string>>();

/** Skeleton key of every multi-word person alias in the lexicon → person id. */
export function lexiconPersonKeys(lexicon: Lexicon): Map<string, string> {
  const cached = cache.get(lexicon);
  if (cached) return cached;
  const keys = new Map<string, string>();
  for (const actor of lexicon.actors.values()) {
    if (actor.kind !== 'person') continue;
    for (const alias of [actor.name, ...actor.aliases]) {
      if (nameWords(alias).length >= 2) keys.set(personKey(alias), actor.id);
    }
  }
  cache.set(lexicon, keys);
  return keys;
}
