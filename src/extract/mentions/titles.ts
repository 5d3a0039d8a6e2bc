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

function titleIndex(lexicon: Lexicon): Map<string, TitleForm[]> {
  const cached = cache.get(lexicon);
  if (cached) return cached;
  const index = new Map<string, TitleForm[]>();
  for (const entry of lexicon.titles) {
    for (const form of entry.forms) {
      const keys = tokenize(form).filter((t) => t.text !== '-').map((t) => t.key);
      if (keys.length === 0) continue;
      const list = index.get(keys[0]!) ?? [];
      list.push({ keys, entry });
      index.set(keys[0]!, list);
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  cache.set(lexicon, index);
  return index;
}

function matchLength(form: TitleForm, tokens: readonly Token[], at: number, last: number): number {
  let i = at;
  form.keys.forEach((key, k) => {
    if (i < 0) return;
    if (i < last && tokens[i]!.text === '-') i++;
    // "leaders", "officials": plural of the last word of the form.
    const plural = k === form.keys.length - 1 && tokens[i]?.key === `${key}s`;
    i = i < last && (tokens[i]!.key === key || plural) ? i + 1 : -1;
  });
  if (i < 0) return 0;
  return i - at;
}

export function findTitles(lexicon: Lexicon, tokens: readonly Token[], first: number, last: number, sentence: number): TitleMention[] {
  const index = titleIndex(lexicon);
  const out: TitleMention[] = [];
  for (let i = first; i < last; ) {
    const key = tokens[i]!.key;
    // "leaders", "officials": the plural finds the singular's forms.
    const own = index.get(key);
    const singular = key.endsWith('s') ? index.get(key.slice(0, -1)) : undefined;
    const forms = own && singular ? own.concat(singular) : own ?? singular ?? NONE;
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
    const prev = tokens[i - 1];
    const former = prev !== undefined && i - 1 >= first && /^(former|ex|then|late|outgoing)$/.test(prev.key);
    out.push({ entry, first: i, last: i + matched, sentence, former });
    i += matched;
  }
  return out;
}
