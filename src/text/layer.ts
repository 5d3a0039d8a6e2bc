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

export function buildTextLayer(text: string): TextLayer {
  const tokens = tokenize(text);
  const sentences: Sentence[] = [];
  let t = 0;
  for (const span of splitSentences(text)) {
    while (t < tokens.length && tokens[t]!.start < span.start) t++;
    const first = t;
    while (t < tokens.length && tokens[t]!.end <= span.end) t++;
    // Headlines carry no full stop; a sentence that has one is prose, however capitalised.
    const prose = /[.!?]["”’')\]]*$/.test(text.slice(span.start, span.end));
    sentences.push({ ...span, first, last: t, headline: !prose && isHeadline(tokens, first, t) });
  }
  return { text, tokens, sentences };
}
