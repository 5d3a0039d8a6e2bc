// The text layer every extraction stage reads: tokens and sentences of doc.text,
// each sentence knowing its token range.
import { splitSentences } from './sentences.ts';
import { tokenize, type Token } from './tokens.ts';

export interface Sentence {
  start: number;
  end: number;
  /** Token index range [first, last). */
  first: number;
  last: number;
  /** Title-case line ("Hamas Leaders Meet Baath Party"): capitals say nothing about names. */
  headline: boolean;
}

export interface TextLayer {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
}

const MINOR_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'as', 'over', 'vs']);

function isHeadline(tokens: Token[], first: number, last: number): boolean {
  let words = 0;
  let capitalised = 0;
  for (let i = first; i < last; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || MINOR_WORDS.has(t.key)) continue;
    words++;
    if (t.cap) capitalised++;
  }
  return words >= 3 && capitalised / words >= 0.8;
}

const CLOSING = new Set(['"', '”', '’', "'", ')', ']']);

/** Whether text[start, end) ends in . ! or ? and then only closing quotes or brackets
 * (/[.!?]["”’')\]]*$/, read backwards from the end instead of tried at every position). */
function endsWithStop(text: string, start: number, end: number): boolean {
  let i = end - 1;
  while (i >= start && CLOSING.has(text[i]!)) i--;
  if (i < start) return false;
  const c = text[i];
  return c === '.' || c === '!' || c === '?';
}

export function buildTextLayer(text: string): TextLayer {
  const tokens = tokenize(text);
  const sentences: Sentence[] = [];
  let t = 0;
  for (const span of splitSentences(text)) {
    while (t < tokens.length && tokens[t]!.start < span.start) t++;
    const first = t;
    while (t < tokens.length && tokens[t]!.end <= span.end) t++;
    // Headlines carry no full stop; a sentence that has one is prose, however capitalised.
    const prose = endsWithStop(text, span.start, span.end);
    // Written out rather than spread from `span`: a spread here cost a fifth of tokenising.
    sentences.push({ start: span.start, end: span.end, first, last: t, headline: !prose && isHeadline(tokens, first, t) });
  }
  return { text, tokens, sentences };
}
