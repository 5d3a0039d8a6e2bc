// Tokens with offsets into the document text. Possessive "'s" and a lone apostrophe
// are tokens of their own so that "Iran's" and "Hamas’" expose the actor name.
import { foldKey } from './normalize.ts';

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Folded form: lower case, no diacritics, straight apostrophes. */
  key: string;
  kind: TokenKind;
  /** Starts with an upper-case letter. */
  cap: boolean;
}

const TOKEN =
  /(?:\p{Lu}\.){2,}|[\p{L}\p{M}][\p{L}\p{M}]*(?:['’](?![sS]\b)[\p{L}\p{M}]+)*|\p{N}+(?:[.,]\p{N}+)*|['’][sS]\b|[^\s\p{L}\p{M}\p{N}]/gu;
const UPPER_START = /^\p{Lu}/u;
const LETTER_START = /^[\p{L}\p{M}]/u;
const DIGIT_START = /^\p{N}/u;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(text); m !== null && m.index < to; m = TOKEN.exec(text)) {
    // With the u flag a start inside a surrogate pair steps back to the pair: keep to the range.
    if (m.index < from) continue;
    const surface = m[0];
    const end = Math.min(m.index + surface.length, to);
    const kind: TokenKind = LETTER_START.test(surface) ? 'word' : DIGIT_START.test(surface) ? 'number' : 'punct';
    const clipped = text.slice(m.index, end);
    tokens.push({ start: m.index, end, text: clipped, key: foldKey(clipped), kind, cap: UPPER_START.test(clipped) });
  }
  return tokens;
}

/** True for "'s" / "’s" and a bare apostrophe after a name ending in s ("Hamas’"). */
export function isPossessive(token: Token | undefined): boolean {
  return token !== undefined && (token.key === "'s" || token.key === "'");
}
