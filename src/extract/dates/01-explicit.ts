// Pass 1: dates that carry a year. One scan finds every 1900–2100 number; the few characters around
// each decide what it is: ISO date, day-month-year, month-year, decade, qualified year, or a bare year
// that only counts with a cue ("in 2013"), a noun ("the 2014 war") or a neighbour ("2011-2013").
import type { Candidate } from './candidate.ts';
import { cueBefore, type Cue } from './cues.ts';
import { DAY, DAY_RANGE, MONTH, monthNumber } from './patterns.ts';
import { isValidDay } from './resolve.ts';
import { COUNT_WORDS, EVENT_NOUNS, EVENT_PLURALS, FUNCTION_WORDS, NOT_PLURAL, WEAK_CUES } from './words.ts';

// Not glued to a word, a number, an amount or a path: "A2016", "1,2016", "$2016", "04/21/2016".
const YEAR = /(?<![\w$€£¥₪#.,:/])(?:19\d\d|20\d\d|2100)(?!\d)/g;

const ISO_TAIL = /^([-/])(\d\d)\1(\d\d)(?![\d])/; //              "2016-04-21"
const DAY_MONTH = new RegExp(`(?<![\\w.])${DAY}${DAY_RANGE}\\s+(?:of\\s+)?${MONTH},?\\s+$`); // "21 Dec. 2016"
const MONTH_DAY = new RegExp(`(?<![\\w])${MONTH}\\s+${DAY}${DAY_RANGE},?\\s+$`); //          "Dec. 21, 2016"
const MONTH_YEAR = new RegExp(`(?<![\\w])${MONTH},?\\s+(?:of\\s+)?$`); //                     "April of 2015"
const DECADE_TAIL = /^['’]?s(?![a-z])/; //                                                          "the 1990s"
const QUALIFIER = new RegExp(
  '(?<![\\w])(?:(?:the\\s+)?(?:very\\s+)?(?:early|late|mid)(?:\\s*-\\s*|\\s+)' + //                "in mid-2014"
    '|(?:the\\s+)?(?:very\\s+)?(?:end|beginning|start|middle|spring|summer|autumn|fall|winter|turn' +
    '|first\\s+half|second\\s+half|(?:first|second|third|fourth|last)\\s+quarter)\\s+of\\s+(?:the\\s+year\\s+)?' +
    '|(?:spring|summer|autumn|winter)\\s+|the\\s+year\\s+)$', //                                    "summer 2014"
  'i',
);
const THE = /(?<![\w])the\s+$/i;

// Left of the year: part of a bigger number, an amount, a phone number ("555-2014").
const BAD_LEFT = /(?:\d[.,]?|[$€£¥₪#]\s?|\d\s?[-–]\s?)$/;
// Right of the year: a decimal, a percentage, a time, a measure.
const BAD_RIGHT = /^(?:[.,:]\d|%|\s?(?:per\s?cent|percent)\b)/i;

const RANGE_TAIL = /^\s*[-–—/]\s*((?:19|20)\d\d|\d\d)(?![\d\w])/; //           "2011-2013", "2014–15"
const LIST_GAP = /^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|to|until|till|through)\s+(?:again\s+in\s+|in\s+)?)$/i;
const FOLLOWER = new RegExp(
  `^(?:['’]s\\b|\\s+(?:[A-Z][\\w’'-]*\\s+){0,3}(?:(?:presidential|parliamentary|general|legislative|municipal|local|national|midterm)\\s+)?(?:${EVENT_NOUNS.join('|')})\\b)`,
);
const DETERMINER = /(?:(?<![\w])(?:the|a|an|its|his|her|their|our|this|that|whose)|\w['’]s?)\s+$/i;
const MODIFIED_NOUN = /^\s+(?:[A-Z][\w’'-]*\s+){0,3}([a-z][a-z-]*)/;
const NEXT_WORD = /^\s+([a-z]+)\b/;

/** A plural or measure noun: the number before it counts things ("2000 rockets"). */
function isCountNoun(word: string): boolean {
  if (COUNT_WORDS.has(word)) return true;
  return word.endsWith('s') && !word.endsWith('ss') && !EVENT_PLURALS.has(word) && !NOT_PLURAL.has(word);
}

function countsThings(right: string): boolean {
  const m = NEXT_WORD.exec(right);
  return m?.[1] !== undefined && isCountNoun(m[1]);
}

function fixed(start: number, end: number, value: string, precision: 'day' | 'month' | 'year', decade = false): Candidate {
  return { start, end, meaning: { kind: 'fixed', value, precision, decade } };
}

const y4 = (y: number): string => String(y);
const p2 = (n: number): string => String(n).padStart(2, '0');

export function findExplicit(text: string): Candidate[] {
  const out: Candidate[] = [];
  let prev: Candidate | undefined;
  for (const hit of text.matchAll(YEAR)) {
    const s = hit.index ?? 0;
    if (prev && s < prev.end) continue;
    const found = readYear(text, s, Number(hit[0]), prev);
    for (const c of found) out.push(c);
    if (found.length > 0) prev = found[found.length - 1];
  }
  return out;
}

function readYear(text: string, s: number, y: number, prev: Candidate | undefined): Candidate[] {
  const e = s + 4;
  const floor = prev ? prev.end : 0;
  const left = text.slice(Math.max(floor, s - 48), s);
  const leftFrom = s - left.length;
  const right = text.slice(e, e + 64);
  if (BAD_LEFT.test(left) || BAD_RIGHT.test(right)) return [];

  const iso = ISO_TAIL.exec(right);
  if (iso) {
    const m = Number(iso[2]), d = Number(iso[3]);
    if (isValidDay(y, m, d)) return [fixed(s, e + 6, `${y4(y)}-${p2(m)}-${p2(d)}`, 'day')];
    return [];
  }

  let dm = DAY_MONTH.exec(left);
  if (dm) return [dayMonth(leftFrom + dm.index, e, y, Number(dm[1]), monthNumber(dm[2] ?? ''))];
  dm = MONTH_DAY.exec(left);
  if (dm) return [dayMonth(leftFrom + dm.index, e, y, Number(dm[2]), monthNumber(dm[1] ?? ''))];
  const my = MONTH_YEAR.exec(left);
  if (my) return [fixed(leftFrom + my.index, e, `${y4(y)}-${p2(monthNumber(my[1] ?? ''))}`, 'month')];

  // Year precision from here on.
  const decade = y % 10 === 0 ? DECADE_TAIL.exec(right) : null;
  const qualifier = QUALIFIER.exec(left);
  let start = s;
  if (qualifier) start = leftFrom + qualifier.index;
  else if (decade) {
    const the = THE.exec(left);
    if (the) start = leftFrom + the.index;
  }
  const end = decade ? e + decade[0].length : e;
  const cue = cueBefore(text, start, floor);
  const c = fixed(start, end, y4(y), 'year', decade !== null);

  const range = decade ? null : RANGE_TAIL.exec(right);
  if (range?.[1] !== undefined) {
    const second = range[1].length === 2 ? Math.floor(y / 100) * 100 + Number(range[1]) : Number(range[1]);
    if (second > y && second <= 2100) {
      // "2011-2013", "in 2014–15": a period; the first year opens it, the second closes it.
      const secondEnd = e + range[0].length;
      const c2 = fixed(secondEnd - range[1].length, secondEnd, y4(second), 'year');
      if (cue) { c.start = cue.start; c.cue = cue.word; }
      c.relation = cue && cue.relation !== 'at' ? cue.relation : 'since';
      c2.relation = 'until';
      return [c, c2];
    }
  }
  if (decade || qualifier) return [c];
  const how = bareYearReading(text, s, y, right, left, cue, prev);
  if (how === null) return [];
  if (how === 'modifier') c.modifier = true;
  return [c];
}

function dayMonth(start: number, end: number, y: number, d: number, m: number): Candidate {
  // "30 February 2016" is not a day; keep what is sure, the month.
  if (isValidDay(y, m, d)) return fixed(start, end, `${y4(y)}-${p2(m)}-${p2(d)}`, 'day');
  return fixed(start, end, `${y4(y)}-${p2(m)}`, 'month');
}

/**
 * A year with nothing around it that makes it a date must earn it from its neighbours: a cue, a
 * list, or a noun it modifies. Null when it is not a date.
 */
function bareYearReading(
  text: string, s: number, y: number, right: string, left: string, cue: Cue | null, prev: Candidate | undefined,
): 'cue' | 'list' | 'modifier' | null {
  // "in 2012 and 2013", "from 2011 to 2013": a list or range continues an earlier date.
  if (prev && prev.meaning.kind === 'fixed' && s - prev.end <= 24 && LIST_GAP.test(text.slice(prev.end, s))) {
    return prev.modifier ? 'modifier' : 'list';
  }
  if (cue) {
    if (cue.word === 'at' || cue.word === 'on') return null; //     "at 1900 local time", "on page 2014"
    // "a total of 2000 rockets"; "after 2013 rockets hit the town" vs "In 2013 rebels took the town":
    // a sentence-opening strong cue is trusted, unless the number is round like a count
    // ("After 2000 rockets hit the town").
    const trusted = !WEAK_CUES.has(cue.word) && cue.capitalised && y % 100 !== 0;
    if (!trusted && countsThings(right)) return null;
    return THE.test(left) ? 'modifier' : 'cue'; //                  "since the 2007 split"
  }
  if (FOLLOWER.test(right)) return 'modifier'; //                    "2016 elections", "2016's budget"
  if (DETERMINER.test(left)) {
    // "the 2015 visit", "Israel's 2014 Gaza war" — but not "the 2000 Hamas fighters".
    const noun = MODIFIED_NOUN.exec(right)?.[1];
    return noun !== undefined && !isCountNoun(noun) && !FUNCTION_WORDS.has(noun) ? 'modifier' : null;
  }
  return null;
}
