// From the pieces a regex captured to a number and an ISO code.
import { ADJECTIVES, CODES, NUMBER_WORDS, SCALES, SYMBOLS, WORDS, WORD_FACTOR } from './currencies.ts';

type Groups = Record<string, string | undefined>;

/** "1,500.5" → 1500.5; a number word → its value; NaN when neither. */
function baseNumber(g: Groups): number {
  if (g.num !== undefined) return Number(g.num.replace(/,/g, ''));
  if (g.numword !== undefined) return NUMBER_WORDS[g.numword.toLowerCase().replace(/\s+/g, ' ')] ?? NaN;
  return NaN;
}

function scaleOf(g: Groups): number {
  const s = g.word ?? g.abbr ?? g.letter;
  return s === undefined ? 1 : SCALES[s.toLowerCase()] ?? 1;
}

/** Singular, lower-case form of a currency word: "Shekalim" → "shekel", "pounds sterling" → "pound". */
function singular(word: string): string {
  const w = word.toLowerCase().replace(/\s+sterling$/, '');
  if (w === 'shekalim') return 'shekel';
  if (w === 'lire' || w === 'liras') return 'lira';
  return w.endsWith('s') ? w.slice(0, -1) : w;
}

export interface Parsed {
  value: number;
  currency: string;
  /** True for a range ("$70-100 million"): the lower bound is reported. */
  range: boolean;
  /** The number with no scale, kept to tell "in 2013 dollars" from an amount. */
  bare: boolean;
}

export function parse(g: Groups): Parsed | null {
  let currency: string | undefined;
  let factor = 1;
  if (g.symbol !== undefined) currency = SYMBOLS[g.symbol.replace(/\s+/g, '')];
  else if (g.code !== undefined) currency = CODES[g.code];
  else if (g.unit !== undefined) {
    if (/^[A-Z][A-Za-z.]*$/.test(g.unit) && CODES[g.unit] !== undefined) currency = CODES[g.unit];
    else {
      const word = singular(g.unit);
      const adjective = g.adj?.toLowerCase().replace(/\s+/g, ' ');
      currency = (adjective !== undefined ? ADJECTIVES[adjective]?.[word] : undefined) ?? WORDS[word];
      factor = WORD_FACTOR[word] ?? 1;
    }
  }
  if (currency === undefined) return null;
  const value = baseNumber(g) * scaleOf(g) * factor;
  if (!Number.isFinite(value) || value <= 0) return null;
  const bare = g.word === undefined && g.abbr === undefined && g.letter === undefined;
  return { value: Math.round(value * 100) / 100, currency, range: g.upper !== undefined, bare };
}
