// What a run of capitalised words names: an organization (by its head word), a person
// (by a given name, a title or honorific before it, or a kunya), or nothing we can tell.
import type { EntityKind } from '../../contract.ts';
import type { Lexicon } from '../../lexicon/load.ts';
import type { Token } from '../../text/tokens.ts';
import { headFirst } from './runs.ts';

export type RunClass = { kind: 'organization'; entityKind: EntityKind } | { kind: 'person' } | { kind: 'unknown' };

const KUNYA = new Set(['abu', 'bin', 'ibn', 'bint', 'umm']);
const honorificCache = new WeakMap<Lexicon, Set<string>>();

/** Every word of every honorific form, dots dropped: "maj. gen." → maj, gen. */
export function honorificWords(lexicon: Lexicon): ReadonlySet<string> {
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

// Shared answers: a class is read, never changed, and a new object per run added up.
export const UNKNOWN_RUN: RunClass = { kind: 'unknown' };
const PERSON_RUN: RunClass = { kind: 'person' };
const organizationRuns = new Map<EntityKind, RunClass>();

function organizationRun(entityKind: EntityKind): RunClass {
  let run = organizationRuns.get(entityKind);
  if (!run) organizationRuns.set(entityKind, (run = { kind: 'organization', entityKind }));
  return run;
}

export function classifyRun(lexicon: Lexicon, tokens: readonly Token[], first: number, last: number, afterTitle: boolean): RunClass {
  // The words of the run, counted in one pass rather than collected.
  let words = 0;
  let head: Token | undefined;
  let capitalised = 0;
  let firstCapitalised: Token | undefined;
  for (let i = first; i < last; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    words++;
    head = t;
    if (t.cap) {
      capitalised++;
      firstCapitalised ??= t;
    }
  }
  if (!head) return UNKNOWN_RUN;
  const firstHead = headFirst(lexicon, tokens, first, last);
  const suffixKind = lexicon.orgSuffixes.get(firstHead >= 0 ? tokens[firstHead]!.text : head.text);
  if (suffixKind && words >= 2) return organizationRun(suffixKind);
  if (capitalised === 0 || capitalised > 5) return UNKNOWN_RUN;
  if (afterTitle) return PERSON_RUN;
  if (lexicon.givenNames.has(firstCapitalised!.key) && capitalised >= 2) return PERSON_RUN;
  if (capitalised >= 2 && hasKunya(tokens, first, last)) return PERSON_RUN;
  return UNKNOWN_RUN;
}

/** "Abu Obeida", "Ibn Saud": a word of the run says "father of", "son of". */
function hasKunya(tokens: readonly Token[], first: number, last: number): boolean {
  for (let i = first; i < last; i++) if (tokens[i]!.kind === 'word' && KUNYA.has(tokens[i]!.key)) return true;
  return false;
}
