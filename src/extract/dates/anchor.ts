// Last step: give every candidate its ISO value, in text order, so that each narrative expression
// can lean on the date found just before it ("In 2012 … The following year …" → 2013).
//
// Anchors, kept simple on purpose:
//   - deictic ("last week", "on Monday", "two years ago") → the publication date only; null without it.
//   - narrative ("the following year", "a year later", "that month") → the nearest earlier date in
//     the text, however it was found, else the publication date.
//   - a month without a year ("in April", "on 21 December") → the year of an earlier date in the
//     same sentence if that date sets the scene ("In 2012 Hamas left Damascus and in April opened an
//     office in Doha" → 2012-04), one year on if the month comes before the anchor's ("on 27 December
//     2008 … a ceasefire on 18 January" → 2009-01-18: narration runs forward). Otherwise the
//     publication year, one year back when the month lies after publication and the sentence does
//     not look ahead (published 2016-02-18: "In April, Iran pledged …" → 2015-04). A year in an
//     earlier sentence is not used: in news a background sentence ("Relations soured in 2012.") is
//     more often followed by a return to the present ("In May, Haniyeh was elected …") than not.
//     A date read off the publication date, a year naming an event ("since the 2007 split") and an
//     open period ("since 2009") never set the scene.
//   - "in October of that year", "in April the following year" → the nearest earlier date, as narrative.
import type { Candidate, Meaning } from './candidate.ts';
import { format, isValidDay, parseIso, point, shift, weekdayNear, type Point } from './resolve.ts';
import type { DateMention } from './types.ts';
import { FUTURE_MARKERS } from './words.ts';

const SENTENCE_STOP = /[.!?\n]/;

interface Anchor {
  p: Point;
  end: number;
  /** Read off the publication date rather than off a date written in the text. */
  fromPublished: boolean;
  /** Sets the scene for a later month without a year: "In 2012, …", not "the 2014 war" or "since 2009". */
  scene: boolean;
}

export function resolveAll(text: string, cands: readonly Candidate[], published: string | null): DateMention[] {
  const pub = parseIso(published);
  const out: DateMention[] = [];
  let last: Anchor | null = null;
  for (const c of cands) {
    const r = resolveOne(text, c, pub, last);
    const m = c.meaning;
    const fallback = m.kind === 'fixed' ? m.precision : naturalPrecision(m);
    out.push({
      start: c.start,
      end: c.end,
      text: text.slice(c.start, c.end),
      value: r ? format(r.p) : null,
      precision: r ? r.p.precision : fallback,
      basis: m.kind === 'fixed' ? 'explicit' : 'relative',
      relation: c.relation ?? 'at',
    });
    if (r) last = { p: r.p, end: c.end, fromPublished: r.fromPublished, scene: setsScene(c) };
  }
  return out;
}

function setsScene(c: Candidate): boolean {
  if (c.modifier) return false;
  return c.relation === undefined || c.relation === 'at' || c.relation === 'during';
}

function naturalPrecision(m: Meaning): 'day' | 'month' | 'year' {
  switch (m.kind) {
    case 'month-day': return m.day === null ? 'month' : 'day';
    case 'weekday': return 'day';
    case 'fixed': return m.precision;
    default: return m.unit === 'day' ? 'day' : m.unit === 'year' ? 'year' : 'month';
  }
}

function resolveOne(text: string, c: Candidate, pub: Point | null, last: Anchor | null): { p: Point; fromPublished: boolean } | null {
  const m = c.meaning;
  switch (m.kind) {
    case 'fixed': {
      const p = parseIso(m.value);
      return p ? { p, fromPublished: false } : null;
    }
    case 'deictic':
      return pub ? { p: shift(pub, m.unit, m.n), fromPublished: true } : null;
    case 'weekday':
      return pub ? { p: weekdayNear(pub, m.weekday, m.mode), fromPublished: true } : null;
    case 'narrative': {
      const base = last ?? (pub ? { p: pub, fromPublished: true } : null);
      return base ? { p: shift(base.p, m.unit, m.n), fromPublished: base.fromPublished } : null;
    }
    case 'month-day':
      return monthDay(text, c, m, pub, last);
  }
}

/** Day `m.day` of month `m.month` in year `y`, or the month when that day does not exist. */
function pointIn(m: Extract<Meaning, { kind: 'month-day' }>, y: number): Point {
  return m.day !== null && isValidDay(y, m.month, m.day) ? point(y, m.month, m.day, 'day') : point(y, m.month, 1, 'month');
}

function monthDay(
  text: string, c: Candidate, m: Extract<Meaning, { kind: 'month-day' }>, pub: Point | null, last: Anchor | null,
): { p: Point; fromPublished: boolean } | null {
  if (m.rule === 'that-year' || m.rule === 'following-year' || m.rule === 'previous-year') {
    const base = last ?? (pub ? { p: pub, fromPublished: true } : null);
    if (!base) return null;
    const shiftBy = m.rule === 'following-year' ? 1 : m.rule === 'previous-year' ? -1 : 0;
    return { p: pointIn(m, base.p.y + shiftBy), fromPublished: base.fromPublished };
  }
  if (m.rule === 'anchor') {
    if (last && !last.fromPublished && last.scene && sameSentence(text, last.end, c.start)) {
      const forward = last.p.precision !== 'year' && m.month < last.p.m;
      return { p: pointIn(m, forward ? last.p.y + 1 : last.p.y), fromPublished: false };
    }
    if (pub) {
      const back = isAfter(m, pub) && !FUTURE_MARKERS.test(sentenceAround(text, c.start, c.end));
      return { p: pointIn(m, back ? pub.y - 1 : pub.y), fromPublished: true };
    }
    return last ? { p: pointIn(m, last.p.y), fromPublished: last.fromPublished } : null;
  }
  if (!pub) return null;
  const y = m.rule === 'last-year' ? pub.y - 1
    : m.rule === 'next-year' ? pub.y + 1
    : m.rule === 'last' ? (pub.precision !== 'year' && m.month >= pub.m ? pub.y - 1 : pub.y)
    : m.rule === 'next' ? (pub.precision !== 'year' && m.month <= pub.m ? pub.y + 1 : pub.y)
    : pub.y;
  return { p: pointIn(m, y), fromPublished: true };
}

// A sentence ends at ".", "!" or "?" before a space, or at a line break. "Dec. 21" may cut a
// sentence short; the cost is falling back to the publication year.
const SENTENCE_END = /[.!?]["”’)]?\s|\n/;

function sameSentence(text: string, from: number, to: number): boolean {
  return !SENTENCE_END.test(text.slice(from, to));
}

/** Does the month (and day) fall after the publication date within the same year? */
function isAfter(m: { month: number; day: number | null }, pub: Point): boolean {
  if (pub.precision === 'year') return false;
  if (m.month !== pub.m) return m.month > pub.m;
  return pub.precision === 'day' && m.day !== null && m.day > pub.d;
}

/** The sentence holding [start, end), cut to 160 characters each side. */
function sentenceAround(text: string, start: number, end: number): string {
  let left = text.slice(Math.max(0, start - 160), start);
  const cut = Math.max(left.lastIndexOf('. '), left.lastIndexOf('? '), left.lastIndexOf('! '), left.lastIndexOf('\n'));
  if (cut >= 0) left = left.slice(cut + 1);
  let right = text.slice(end, end + 160);
  const stop = SENTENCE_STOP.exec(right);
  if (stop) right = right.slice(0, stop.index);
  return left + ' ' + right;
}
