// The two shapes an amount takes in English news, one regex each:
//   prefix — a symbol or code before the number: "$70 million", "US$ 1.5bn", "€20m", "USD 300,000"
//   suffix — a currency word or code after it:   "70 million dollars", "200 million Saudi riyals",
//            "half a billion euros", "300,000 USD"
// "tens of millions of dollars" has no number and is not matched by either, on purpose.
import { ADJECTIVES, CODES, NUMBER_WORDS, SYMBOLS, WORD_FORMS } from './currencies.ts';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const byLength = (a: string, b: string): number => b.length - a.length;
const LATIN_LETTER = /[A-Za-z]/;

const NUM = '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?';
// "$70-100 million", "$70–$100 million": the scale is shared; the lower bound is kept.
const RANGE = `(?:\\s?[-–]\\s?\\$?(?<upper>${NUM}))?`;
// A scale word may stand apart ("70 million", "$1.5-billion"); a letter must be glued ("$70m").
const SCALE =
  '(?:[\\s-]*(?<word>[Tt]housand|[Mm]illion|[Bb]illion|[Tt]rillion|lakh|crore)' +
  '|\\s?(?<abbr>mln|bln|mn|bn|tn|trn|MN|BN|Mn|Bn)|(?<letter>[mbkMBK]))(?![A-Za-z])';
const SYMBOL = Object.keys(SYMBOLS).sort(byLength).map((s) => escape(s).replace('US', 'US\\s?')).join('|');
const CODE = Object.keys(CODES).sort(byLength).map(escape).join('|');
const ADJECTIVE = Object.keys(ADJECTIVES).sort(byLength).map((a) => escape(a).replace(' ', '\\s+')).join('|');
const NUMBER_WORD = Object.keys(NUMBER_WORDS).sort(byLength).map((w) => w.replace(' ', '\\s+')).join('|');

// Not glued to a word before it ("AUSD 5"): prefixAlone below tests that on each match. As a
// lookbehind at the head of the pattern it made the regex try every position of the text at
// twice the cost.
export const PREFIX = new RegExp(
  `(?:(?<symbol>${SYMBOL})|(?<code>${CODE})(?![A-Za-z]))\\s?(?<num>${NUM})${RANGE}(?:${SCALE})?`,
  'g',
);

/** Whether a PREFIX match may start at `start`: not right after a letter. */
export function prefixAlone(text: string, start: number): boolean {
  return start === 0 || !LATIN_LETTER.test(text[start - 1]!);
}

// A number or number word begins with a word character: the \b in front adds no condition to the
// lookbehind, but V8 scans for it far faster.
export const SUFFIX = new RegExp(
  `\\b(?<![\\w.,$€£¥₪₹₽₺-])(?:(?<num>${NUM})|(?<numword>${NUMBER_WORD})(?=[\\s-]+(?:thousand|million|billion|trillion)\\b))` +
    `${RANGE}(?:${SCALE})?\\s+(?:(?<adj>${ADJECTIVE})\\s+)?(?<unit>${WORD_FORMS}|${CODE})(?![A-Za-z])`,
  'gi',
);
