// Calendar arithmetic on ISO partial dates. Everything here is total: bad input gives null, never a throw.
import type { DatePrecision } from './types.ts';
import type { Unit } from './candidate.ts';

/** A partial date; `m` and `d` are 1 when the precision does not reach them. */
export interface Point {
  y: number;
  m: number;
  d: number;
  precision: DatePrecision;
}

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/;

/** "2016", "2016-04", "2016-04-21", "2016-04-21T10:00:00Z" → Point; anything else → null. */
export function parseIso(s: string | null | undefined): Point | null {
  if (typeof s !== 'string') return null;
  const m = ISO.exec(s.trim());
  if (!m) return null;
  const y = Number(m[1]);
  if (!m[2]) return { y, m: 1, d: 1, precision: 'year' };
  const mo = Number(m[2]);
  if (mo < 1 || mo > 12) return { y, m: 1, d: 1, precision: 'year' };
  if (!m[3]) return { y, m: mo, d: 1, precision: 'month' };
  const d = Number(m[3]);
  if (!isValidDay(y, mo, d)) return { y, m: mo, d: 1, precision: 'month' };
  return { y, m: mo, d, precision: 'day' };
}

export function isValidDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const pad = (n: number, w: number): string => String(n).padStart(w, '0');

export function format(p: Point): string {
  if (p.precision === 'year') return pad(p.y, 4);
  if (p.precision === 'month') return `${pad(p.y, 4)}-${pad(p.m, 2)}`;
  return `${pad(p.y, 4)}-${pad(p.m, 2)}-${pad(p.d, 2)}`;
}

export function point(y: number, m: number, d: number, precision: DatePrecision): Point {
  return { y, m, d, precision };
}

function fromUtc(t: number, precision: DatePrecision): Point {
  const date = new Date(t);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate(), precision };
}

export function addDays(p: Point, n: number): Point {
  return fromUtc(Date.UTC(p.y, p.m - 1, p.d + n), p.precision);
}

/**
 * Move `n` units from `p`. The result is never more precise than `p` ("In 2012 … the following month"
 * stays "2012") nor than the unit: a week is reported as its month, since "last week" names no day.
 */
export function shift(p: Point, unit: Unit, n: number): Point {
  switch (unit) {
    case 'day':
      return p.precision === 'day' ? addDays(p, n) : p;
    case 'week':
      if (p.precision !== 'day') return p;
      return { ...addDays(p, 7 * n), precision: 'month' };
    case 'month': {
      if (p.precision === 'year') return p;
      const index = p.y * 12 + (p.m - 1) + n;
      return { y: Math.floor(index / 12), m: (index % 12) + 1, d: 1, precision: 'month' };
    }
    case 'year':
      return { y: p.y + n, m: 1, d: 1, precision: 'year' };
  }
}

/** The weekday (0 = Sunday) nearest `p` in the given direction; `p` itself counts for 'on-or-before'. */
export function weekdayNear(p: Point, weekday: number, mode: 'on-or-before' | 'before' | 'after'): Point {
  if (p.precision !== 'day') return p;
  const today = new Date(Date.UTC(p.y, p.m - 1, p.d)).getUTCDay();
  if (mode === 'after') return addDays(p, ((weekday - today + 6) % 7) + 1);
  const back = (today - weekday + 7) % 7;
  return addDays(p, mode === 'before' && back === 0 ? -7 : -back);
}
