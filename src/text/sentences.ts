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

function wordBefore(line: string, dot: number): string {
  let i = dot;
  while (i > 0 && /[\p{L}.]/u.test(line[i - 1]!)) i--;
  return line.slice(i, dot);
}

function endsSentence(line: string, dot: number): boolean {
  if (line[dot] !== '.') return true;
  const word = wordBefore(line, dot);
  if (word.length === 0) return true;
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  // "U.S.", "U.N." and initials ("John F. Kennedy") are not ends either.
  return !/^(?:\p{Lu}\.)*\p{Lu}$/u.test(word);
}

function splitLine(text: string, from: number, to: number, out: Span[]): void {
  const line = text.slice(from, to);
  let start = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c !== '.' && c !== '!' && c !== '?') continue;
    let end = i + 1;
    while (end < line.length && CLOSERS.has(line[end]!)) end++;
    if (end >= line.length || !/\s/.test(line[end]!)) continue;
    let next = end;
    while (next < line.length && /\s/.test(line[next]!)) next++;
    if (next >= line.length || !STARTS_SENTENCE.test(line[next]!) || !endsSentence(line, i)) continue;
    pushTrimmed(text, from + start, from + end, out);
    start = next;
    i = next - 1;
  }
  pushTrimmed(text, from + start, to, out);
}

/** Real sentences are rarely longer; a run-on "sentence" (a pasted list, a paragraph with
 * no full stop) is cut at commas or semicolons so that work per sentence stays bounded. */
const MAX_SENTENCE = 1200;

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  while (end - start > MAX_SENTENCE) {
    let cut = start + MAX_SENTENCE;
    const soft = Math.max(text.lastIndexOf(';', cut), text.lastIndexOf(',', cut));
    if (soft > start + MAX_SENTENCE / 2) cut = soft + 1;
    else while (cut > start + MAX_SENTENCE / 2 && !/\s/.test(text[cut]!)) cut--;
    pushTrimmed(text, start, cut, out);
    start = cut;
    while (start < end && /\s/.test(text[start]!)) start++;
  }
  if (end > start) out.push({ start, end });
}

export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  let lineStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      splitLine(text, lineStart, i, out);
      lineStart = i + 1;
    }
  }
  return out;
}
