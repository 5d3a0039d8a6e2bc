// Pass 3: expressions whose date depends on something else.
//   deictic   — relative to the publication date: "yesterday", "last week", "two years ago", "on Monday"
//   narrative — relative to the nearest earlier date in the text: "In 2012 … The following year …"
// "recently", "in recent weeks" and "over the past year" are too vague to date and are not emitted.
import type { Candidate, Meaning, Unit } from './candidate.ts';
import { NUMBER_WORDS, WEEKDAYS, WEEKDAY_NAME_AFTER, WEEKDAY_NAME_BEFORE } from './words.ts';

const COUNT = `(?:${Object.keys(NUMBER_WORDS).join('|')}|\\d{1,3})`;
// Both patterns begin with a word character, so a match starts at a word boundary: the \b in
// front says nothing new, but V8 scans for it several times faster than for the lookbehind alone.
const RELATIVE = new RegExp(
  '\\b(?<![\\w.,-])(?:' +
    '(?<dayWord>the\\s+day\\s+before\\s+yesterday|yesterday|today|tonight|tomorrow)' +
    '|(?:(?:early|earlier|late|later)\\s+)?(?<det>this|last|next|that)\\s+(?:same\\s+)?(?<unit>morning|afternoon|evening|night|weekend|week|month|year|day)' +
    '|(?:(?:early|earlier|late|later)\\s+in\\s+)?the\\s+(?<order>following|next|previous|preceding|prior|same|subsequent)\\s+(?<unit2>day|week|month|year)' +
    '|the\\s+(?<unit3>day|week|month|year)\\s+(?<side>before|after)(?=\\s*[,.;:)]|\\s*$)' +
    `|(?<count>${COUNT})\\s+(?<unit4>day|week|month|year)s?\\s+(?<dir>ago|later|earlier)` +
    ')(?![\\w-])',
  'gi',
);
const WEEKDAY = new RegExp(`\\b(?<![\\w])(?:(last|this|next|Last|This|Next)\\s+)?(${WEEKDAYS.join('|')})(?![a-z])`, 'g');

// "over the last year", "for the next month": a stretch of time, not a date.
const VAGUE_BEFORE = /(?<![\w])(?:over|within|for|throughout)\s+(?:the\s+)?$|(?<![\w])the\s+$/i;
const DURATION_BEFORE = /(?<![\w])(?:over|within|for|throughout)\s+$/i;

// "Russia Today", "Palestine Today", "USA Today": outlets, not dates.
const OUTLET_BEFORE = /[A-Z][\w-]*\s+$/;

const DAY_PARTS: ReadonlySet<string> = new Set(['morning', 'afternoon', 'evening', 'night', 'day']);

function unitOf(word: string): Unit {
  const w = word.toLowerCase();
  if (DAY_PARTS.has(w)) return 'day';
  if (w === 'weekend') return 'week';
  return w as Unit;
}

function meaningOf(g: Record<string, string | undefined>, left: string): Meaning | null {
  if (g.dayWord !== undefined) {
    const w = g.dayWord.toLowerCase();
    const n = w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : w.startsWith('the') ? -2 : 0;
    return { kind: 'deictic', unit: 'day', n };
  }
  if (g.det !== undefined && g.unit !== undefined) {
    const det = g.det.toLowerCase();
    const word = g.unit.toLowerCase();
    if (det === 'that') return { kind: 'narrative', unit: unitOf(word), n: 0 }; // "later that year"
    if (VAGUE_BEFORE.test(left)) return null; //                                  "over the last year"
    if (word === 'day' || (det !== 'this' && (word === 'morning' || word === 'afternoon'))) return null;
    const n = det === 'last' ? -1 : det === 'next' ? 1 : 0; //                  "last night" → the day before
    return { kind: 'deictic', unit: unitOf(word), n };
  }
  if (g.order !== undefined && g.unit2 !== undefined) {
    if (DURATION_BEFORE.test(left)) return null; //                               "over the next year"
    const o = g.order.toLowerCase();
    const n = o === 'same' ? 0 : o === 'previous' || o === 'preceding' || o === 'prior' ? -1 : 1;
    return { kind: 'narrative', unit: unitOf(g.unit2), n };
  }
  if (g.unit3 !== undefined && g.side !== undefined) {
    return { kind: 'narrative', unit: unitOf(g.unit3), n: g.side.toLowerCase() === 'before' ? -1 : 1 };
  }
  if (g.count !== undefined && g.unit4 !== undefined && g.dir !== undefined) {
    const c = g.count.toLowerCase();
    const n = NUMBER_WORDS[c] ?? Number(c);
    if (!Number.isFinite(n) || n > 200) return null;
    const dir = g.dir.toLowerCase();
    if (dir === 'ago') return { kind: 'deictic', unit: unitOf(g.unit4), n: -n };
    return { kind: 'narrative', unit: unitOf(g.unit4), n: dir === 'later' ? n : -n };
  }
  return null;
}

export function findRelative(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const hit of text.matchAll(RELATIVE)) {
    const start = hit.index ?? 0;
    if (hit[0] === 'Today' && OUTLET_BEFORE.test(text.slice(Math.max(0, start - 24), start))) continue;
    const meaning = meaningOf(hit.groups ?? {}, text.slice(Math.max(0, start - 24), start));
    if (meaning) out.push({ start, end: start + hit[0].length, meaning });
  }
  for (const hit of text.matchAll(WEEKDAY)) {
    const start = hit.index ?? 0;
    const end = start + hit[0].length;
    if (WEEKDAY_NAME_BEFORE.test(text.slice(Math.max(0, start - 10), start))) continue; // "Good Friday"
    if (WEEKDAY_NAME_AFTER.test(text.slice(end, end + 16))) continue; //                  "the Sunday Times"
    const which = hit[1]?.toLowerCase();
    const weekday = WEEKDAYS.indexOf(hit[2] as (typeof WEEKDAYS)[number]);
    const mode = which === 'last' ? 'before' : which === 'next' ? 'after' : 'on-or-before';
    out.push({ start, end, meaning: { kind: 'weekday', weekday, mode } });
  }
  return out;
}
