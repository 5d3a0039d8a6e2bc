// Sentence spans over the document text. Every line break ends a sentence (headlines
// and datelines often have no full stop); inside a line a sentence ends at . ! or ?
// (plus closing quotes or brackets) followed by space and a capital, digit or quote.
export interface Span {
  start: number;
  end: number;
}

// "Maj. Gen. Abbas Ibrahim", "Dr. Ramadan", "Dec. 28" never end a sentence.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'maj', 'col', 'lt', 'brig', 'sgt', 'capt', 'cpt', 'adm',
  'gov', 'sen', 'rep', 'st', 'jr', 'sr', 'rev', 'hon', 'no', 'nos', 'vol', 'vs', 'etc', 'inc', 'ltd',
  'co', 'corp', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'fig', 'approx', 'est', 'dept', 'univ', 'pres', 'mt', 'ft', 'cmdr', 'cdr', 'lieut', 'gens',
]);
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);
const STARTS_SENTENCE = /^[\p{Lu}\p{N}"“‘'(\[«]/u;
// Regexes used on every sentence are made once here: a literal inside a function is a new
// RegExp object each time it is evaluated.
const SPACE = /\s/;
const LETTER_OR_DOT = /[\p{L}.]/u;
const INITIALS = /^(?:\p{Lu}\.)*\p{Lu}$/u;

/** The letters and dots right before `dot`, not reaching back before `lineStart`. */
function wordBefore(text: string, lineStart: number, dot: number): string {
  let i = dot;
  while (i > lineStart && LETTER_OR_DOT.test(text[i - 1]!)) i--;
  return text.slice(i, dot);
}

function endsSentence(text: string, lineStart: number, dot: number): boolean {
  if (text[dot] !== '.') return true;
  const word = wordBefore(text, lineStart, dot);
  if (word.length === 0) return true;
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  // "U.S.", "U.N." and initials ("John F. Kennedy") are not ends either.
  return !INITIALS.test(word);
}

/** Whether the code unit at `i` is . ! or ? (read as a number: this runs on every character). */
function isStop(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 0x2e || c === 0x21 || c === 0x3f;
}

/** The sentences of the line text[from, to). */
function splitLine(text: string, from: number, to: number, out: Span[]): void {
  let start = from;
  for (let i = from; i < to; i++) {
    if (!isStop(text, i)) continue;
    let end = i + 1;
    while (end < to && CLOSERS.has(text[end]!)) end++;
    if (end >= to || !SPACE.test(text[end]!)) continue;
    let next = end;
    while (next < to && SPACE.test(text[next]!)) next++;
    if (next >= to || !STARTS_SENTENCE.test(text[next]!) || !endsSentence(text, from, i)) continue;
    pushTrimmed(text, start, end, out);
    start = next;
    i = next - 1;
  }
  pushTrimmed(text, start, to, out);
}

/** Real sentences are rarely longer; a run-on "sentence" (a pasted list, a paragraph with
 * no full stop) is cut at commas or semicolons so that work per sentence stays bounded. */
const MAX_SENTENCE = 1200;

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && SPACE.test(text[start]!)) start++;
  while (end > start && SPACE.test(text[end - 1]!)) end--;
  while (end - start > MAX_SENTENCE) {
    let cut = start + MAX_SENTENCE;
    const soft = Math.max(text.lastIndexOf(';', cut), text.lastIndexOf(',', cut));
    if (soft > start + MAX_SENTENCE / 2) cut = soft + 1;
    else while (cut > start + MAX_SENTENCE / 2 && !SPACE.test(text[cut]!)) cut--;
    pushTrimmed(text, start, cut, out);
    start = cut;
    while (start < end && SPACE.test(text[start]!)) start++;
  }
  if (end > start) out.push({ start, end });
}

export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  let lineStart = 0;
  for (;;) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    splitLine(text, lineStart, lineEnd, out);
    if (newline < 0) return out;
    lineStart = newline + 1;
  }
}
