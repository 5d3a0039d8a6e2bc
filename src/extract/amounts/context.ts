// What the words around an amount say: how often it is paid, and whether it is exact.
import type { AmountMention } from './types.ts';

type Per = AmountMention['per'];

const APPROX =
  'about|around|approximately|approx\\.|roughly|some|nearly|almost|close\\s+to|up\\s+to|more\\s+than|over|' +
  'exceeding|exceeds?|exceeded|in\\s+excess\\s+of|at\\s+least|upwards\\s+of|as\\s+much\\s+as|' +
  'an\\s+estimated|estimated\\s+at|estimated|less\\s+than|under|below|above|just\\s+over|just\\s+under|circa|~';
const APPROX_BEFORE = new RegExp(`(?<![\\w-])(?:${APPROX})\\s*$`, 'i'); //          "exceeding 45 million dollars"
const APPROX_AFTER = /^(?:\s+or\s+(?:more|so)\b|\s*-?\s*plus\b|\+)/i; //              "$70m-plus", "$5m or more"

// "$100 million a year ago": "a year" there says when, not how often.
const NOT_A_PERIOD = '(?!\\s+(?:ago|earlier|later|before|after|since|from|on|into))';
// Right after the amount, kept in its text: "$70 million annually", "$100 million a year",
// "$70m in annual assistance", "$300/month", "$5 million in a one-time payment".
const PERIOD_AFTER = new RegExp(
  '^(?:' +
    `(?:,?\\s+|\\s*-\\s*)(?:(?<year>annually|yearly|per\\s+(?:year|annum)|a\\s+year(?![\\w-])${NOT_A_PERIOD}|each\\s+year|every\\s+year)` +
    // "annually- noting that…": a dash after the period word is punctuation, not a compound.
    `|(?<month>monthly|per\\s+month|a\\s+month(?![\\w-])${NOT_A_PERIOD}|each\\s+month|every\\s+month))(?!\\w|-\\w)` +
    '|\\s*/\\s*(?:(?<year2>year|yr|annum)|(?<month2>month|mo))\\b' +
    '|\\s+(?:in|of)\\s+(?:(?<year3>annual|yearly)|(?<month3>monthly))\\s+[a-z]+' +
    '|\\s+(?:(?<year4>annual|yearly)|(?<month4>monthly))\\s+[a-z]+' +
    '|\\s+(?:in|as)\\s+(?:a\\s+)?(?<once>one[-\\s]time|one[-\\s]off|single|lump[-\\s]sum)\\s+[a-z]+' +
    ')',
  'i',
);
// Before the amount, in the same clause, and tied to it by a linking word: "an annual budget of
// $50 million", "a monthly stipend of $300", "a one-time $5 million grant" — but not "its annual
// report said Iran gave $70m".
const LINK = 'of|at|worth|totall?ing|amounting\\s+to|is|was|are|were|reached|reaching|stands?\\s+at|stood\\s+at';
const PERIOD_BEFORE = new RegExp(
  '(?<![\\w-])(?:(?<year>annual|yearly|annually|per\\s+year|each\\s+year|every\\s+year)' +
    '|(?<month>monthly|per\\s+month|each\\s+month|every\\s+month)' +
    '|(?<once>one[-\\s]time|one[-\\s]off|single|lump[-\\s]sum))' +
    `(?:(?:[\\s-]+[\\w'’-]+){1,3}?\\s+(?:${LINK}))?\\s+(?:(?:${APPROX})\\s+)?$`,
  'i',
);
const CLAUSE_BREAK = /[.;:!?\n,()]/;

export interface Period {
  per: Per;
  /** Characters after the amount that belong to its text (0 when the period came from before). */
  extend: number;
}

function perOf(g: Record<string, string | undefined>): Per {
  if (g.year ?? g.year2 ?? g.year3 ?? g.year4) return 'year';
  if (g.month ?? g.month2 ?? g.month3 ?? g.month4) return 'month';
  if (g.once) return 'once';
  return null;
}

export function periodAround(text: string, start: number, end: number): Period {
  const after = PERIOD_AFTER.exec(text.slice(end, end + 48));
  if (after) return { per: perOf(after.groups ?? {}), extend: after[0].length };
  // Only the clause the amount stands in: back to the nearest punctuation, at most 80 characters.
  let from = start;
  while (from > 0 && start - from < 80 && !CLAUSE_BREAK.test(text.charAt(from - 1))) from--;
  const m = PERIOD_BEFORE.exec(text.slice(from, start));
  return { per: m ? perOf(m.groups ?? {}) : null, extend: 0 };
}

export function isApproximate(text: string, start: number, end: number): boolean {
  return APPROX_BEFORE.test(text.slice(Math.max(0, start - 24), start)) || APPROX_AFTER.test(text.slice(end, end + 12));
}
