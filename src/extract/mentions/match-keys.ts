// Name matching works on a stream of keys that ignores what transliterations vary on:
// hyphens, apostrophes, dots of abbreviations, and the Arabic article before a
// hyphen or a capital ("al-Qassam", "el-Sisi", "Al Thani" → "qassam", "sisi", "thani").
import { ARTICLE_PARTICLES } from '../../text/normalize.ts';
import { isPossessive, type Token } from '../../text/tokens.ts';

export interface KeyStream {
  keys: string[];
  /** Token index of each key. */
  index: number[];
}

function skipped(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.text === '-' || t.text === '‐' || t.text === '–') return false; // handled by caller
  if (!ARTICLE_PARTICLES.has(t.key)) return false;
  const next = tokens[i + 1];
  if (!next || next.start > t.end + 1) return false;
  return next.text === '-' || next.text === '‐' || (next.cap && next.start === t.end + 1 && t.key.length <= 2);
}

export function matchKey(token: Token): string {
  const k = token.key;
  if (isPossessive(token) || (!k.includes("'") && !k.includes('.'))) return k;
  return k.replace(/['.]/g, '');
}

export function keyStream(tokens: readonly Token[], first = 0, last = tokens.length): KeyStream {
  const keys: string[] = [];
  const index: number[] = [];
  for (let i = first; i < last; i++) {
    const t = tokens[i]!;
    if (t.text === '-' || t.text === '‐') continue;
    if (skipped(tokens, i)) continue;
    keys.push(matchKey(t));
    index.push(i);
  }
  return { keys, index };
}
