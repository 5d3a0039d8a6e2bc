// What a run of capitalised words names: an organization (by its head word), a person
// (by a given name, a title or honorific before it, or a kunya), or nothing we can tell.
import type { EntityKind } from '../../contract.ts';
import type { Lexicon } from '../../lexicon/load.ts';
import type { Token } from '../../text/tokens.ts';

export type RunClass = { kind: 'organization'; entityKind: EntityKind } | { kind: 'person' } | { kind: 'unknown' };

const KUNYA = new Set(['abu', 'bin', 'ibn', 'bint', 'umm']);
const honorificCache = new WeakMap<Lexicon, Set<string>>();

/** Every word of every honorific form, dots dropped: "maj. gen." → maj, gen. */
function honorificWords(lexicon: Lexicon): Set<string> {
  let set = honorificCache.get(lexicon);
  if (!set) {
    set = new Set(lexicon.honorifics.flatMap((h) => h.replace(/\./g, ' ').split(/\s+/)).filter(Boolean));
    honorificCache.set(lexicon, set);
  }
  return set;
}

export function honorificLength(lexicon: Lexicon, tokens: readonly Token[], at: number, last: number): number {
  const honorifics = honorificWords(lexicon);
  let i = at;
  while (i < last) {
    const t = tokens[i]!;
    if (t.kind === 'word' && honorifics.has(t.key)) {
      i++;
      if (tokens[i]?.text === '.') i++;
    } else break;
  }
  return i - at;
}

export function classifyRun(lexicon: Lexicon, tokens: readonly Token[], first: number, last: number, afterTitle: boolean): RunClass {
  const words = [];
  for (let i = first; i < last; i++) if (tokens[i]!.kind === 'word') words.push(tokens[i]!);
  const head = words[words.length - 1];
  if (!head) return { kind: 'unknown' };
  const suffixKind = lexicon.orgSuffixes.get(head.text);
  if (suffixKind && words.length >= 2) return { kind: 'organization', entityKind: suffixKind };
  const capitalised = words.filter((w) => w.cap);
  if (capitalised.length === 0 || capitalised.length > 5) return { kind: 'unknown' };
  if (afterTitle) return { kind: 'person' };
  if (lexicon.givenNames.has(capitalised[0]!.key) && capitalised.length >= 2) return { kind: 'person' };
  if (words.some((w) => KUNYA.has(w.key)) && capitalised.length >= 2) return { kind: 'person' };
  return { kind: 'unknown' };
}
