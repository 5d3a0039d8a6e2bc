// Titles in text ("Foreign Minister", "secretary-general", "leader"), matched case-
// insensitively, longest form first, hyphens ignored.
import type { Lexicon, TitleEntry } from '../../lexicon/load.ts';
import { tokenize, type Token } from '../../text/tokens.ts';
import type { TitleMention } from './types.ts';

interface TitleForm {
  keys: string[];
  entry: TitleEntry;
}

const cache = new WeakMap<Lexicon, Map<string, TitleForm[]>>();
const NONE: TitleForm[] = [];
const FORMER = /^(former|ex|then|late|outgoing)$/;
const NAME_WORDS_MAX = 3;

/** The forms to try at a word, longest first: those that start with it and, for a plural
 * ("leaders", "officials"), those that start with its singular, after them. */
function titleIndex(lexicon: Lexicon): Map<string, TitleForm[]> {
  const cached = cache.get(lexicon);
  if (cached) return cached;
  const byFirst = new Map<string, TitleForm[]>();
  for (const entry of lexicon.titles) {
    for (const form of entry.forms) {
      const keys = tokenize(form).filter((t) => t.text !== '-').map((t) => t.key);
      if (keys.length === 0) continue;
      const list = byFirst.get(keys[0]!) ?? [];
      list.push({ keys, entry });
      byFirst.set(keys[0]!, list);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  const index = new Map<string, TitleForm[]>();
  for (const [key, own] of byFirst) index.set(key, own.concat(byFirst.get(key.endsWith('s') ? key.slice(0, -1) : '') ?? NONE));
  for (const [key, singular] of byFirst) if (!byFirst.has(`${key}s`)) index.set(`${key}s`, singular);
  cache.set(lexicon, index);
  return index;
}

/** `word` is `key` with a plural s: "leaders" for "leader". */
function isPluralOf(word: string, key: string): boolean {
  return word.length === key.length + 1 && word.endsWith('s') && word.startsWith(key);
}

function matchLength(form: TitleForm, tokens: readonly Token[], at: number, last: number): number {
  let i = at;
  const n = form.keys.length;
  for (let k = 0; k < n; k++) {
    const key = form.keys[k]!;
    if (i < last && tokens[i]!.text === '-') i++;
    if (i >= last) return 0;
    // "leaders", "officials": plural of the last word of the form.
    const word = tokens[i]!.key;
    if (word !== key && !(k === n - 1 && isPluralOf(word, key))) return 0;
    i++;
  }
  return i - at;
}

export function findTitles(lexicon: Lexicon, tokens: readonly Token[], first: number, last: number, sentence: number): TitleMention[] {
  const index = titleIndex(lexicon);
  const out: TitleMention[] = [];
  for (let i = first; i < last; ) {
    const forms = index.get(tokens[i]!.key) ?? NONE;
    let matched = 0;
    let entry: TitleEntry | null = null;
    for (const form of forms) {
      matched = matchLength(form, tokens, i, last);
      if (matched > 0) {
        entry = form.entry;
        break;
      }
    }
    if (!entry) {
      i++;
      continue;
    }
    // "former president", and past a name or demonym: "former Kenyan president", "the former
    // Zorvani Front leader".
    let k = i - 1;
    while (k > first && i - k <= NAME_WORDS_MAX && tokens[k]!.cap) k--;
    const former = k >= first && FORMER.test(tokens[k]!.key);
    out.push({ entry, first: i, last: i + matched, sentence, former });
    i += matched;
  }
  return out;
}
