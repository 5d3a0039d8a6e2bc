// Name matching works on a stream of keys that ignores what transliterations vary on:
// hyphens, apostrophes, dots of abbreviations, and the Arabic article before a
// hyphen or a capital ("al-Qassam", "el-Sisi", "Al Thani" → "qassam", "sisi", "thani").
import { ARTICLE_PARTICLES } from '../../text/normalize.ts';
import { isPossessive, type Token } from '../../text/tokens.ts';

const QUOTES_AND_DOTS = /['.]/g;

export interface KeyStream {
  keys: string[];
  /** Token index of each key. */
  index: number[];
}

// These run on every token of the text: the cheap tests come first (a token's kind, before
// its text is compared or its key looked up).

/** "-" or "‐" (a dash "–" is not part of a name). */
function isHyphen(t: Token): boolean {
  return t.kind === 'punct' && (t.text === '-' || t.text === '‐');
}

function skipped(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  // An article is a word; hyphens and dashes are handled by the caller.
  if (t.kind !== 'word') return false;
  const next = tokens[i + 1];
  if (!next || next.start > t.end + 1) return false;
  // What follows is read before the word itself is looked up: it rules out most words.
  if (!(isHyphen(next) || (next.cap && next.start === t.end + 1 && t.key.length <= 2))) return false;
  return ARTICLE_PARTICLES.has(t.key);
}

export function matchKey(token: Token): string {
  const k = token.key;
  if (!hasQuoteOrDot(k) || isPossessive(token)) return k;
  return k.replace(QUOTES_AND_DOTS, '');
}

/** Whether the key holds an apostrophe or a dot, read code by code (cheaper than two
 * includes() calls, on every token). */
function hasQuoteOrDot(key: string): boolean {
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c === 0x27 || c === 0x2e) return true;
  }
  return false;
}

export function keyStream(tokens: readonly Token[], first = 0, last = tokens.length): KeyStream {
  const keys: string[] = [];
  const index: number[] = [];
  for (let i = first; i < last; i++) {
    const t = tokens[i]!;
    if (isHyphen(t) || skipped(tokens, i)) continue;
    keys.push(matchKey(t));
    index.push(i);
  }
  return { keys, index };
}
