// ISO partial dates ("2016", "2016-04", "2016-04-21") as day intervals, for
// comparing events dated with different precision, and the periods of a series.
import type { EventDate, IsoPartialDate } from '../contract.ts';

const DAY_MS = 86_400_000;
const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export interface DayInterval {
  /** Days since 1970-01-01, inclusive at both ends. */
  start: number;
  end: number;
}

/** The days a partial date covers: a year, a month or one day; null when it is not one. */
export function dayInterval(value: IsoPartialDate): DayInterval | null {
  const match = PARTIAL.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? null : Number(match[2]) - 1;
  const day = match[3] === undefined ? null : Number(match[3]);
  const days = (y: number, m: number, d: number) => Math.round(Date.UTC(y, m, d) / DAY_MS);
  if (month === null) return { start: days(year, 0, 1), end: days(year + 1, 0, 1) - 1 };
  if (day === null) return { start: days(year, month, 1), end: days(year, month + 1, 1) - 1 };
  const at = days(year, month, day);
  return { start: at, end: at };
}

/** The ISO day of a day number ("2016-04-21"). */
export function isoDay(dayNumber: number): string {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
}

/** Days between two intervals: 0 when they overlap. */
export function gapDays(a: DayInterval, b: DayInterval): number {
  if (a.end < b.start) return b.start - a.end;
  if (b.end < a.start) return a.start - b.end;
  return 0;
}

/** True when a partial date overlaps the inclusive range [from, to] (either bound may be open). */
export function withinRange(value: IsoPartialDate | null, from?: IsoPartialDate, to?: IsoPartialDate): boolean {
  if (!from && !to) return true;
  if (value === null) return false;
  if (from && value < from.slice(0, value.length)) return false;
  if (to && value.slice(0, to.length) > to) return false;
  return true;
}

const RANK = { day: 3, month: 2, year: 1 } as const;

/** 3 for a day, 2 a month, 1 a year: the finer date wins. */
export function precisionRank(date: EventDate | null): number {
  return date === null ? 0 : RANK[date.precision];
}

export type Period = 'year' | 'quarter' | 'month';
export const PERIODS: readonly Period[] = ['year', 'quarter', 'month'];

/**
 * The period label of a partial date: "2016", "2016-Q2", "2016-04". A date coarser
 * than the period falls in the period where it starts ("2016" → "2016-Q1"); the
 * label then carries no more than the date says, which the caller may show.
 */
export function periodOf(value: IsoPartialDate, period: Period): string {
  const year = value.slice(0, 4);
  const month = value.length >= 7 ? Number(value.slice(5, 7)) : 1;
  if (period === 'year') return year;
  if (period === 'quarter') return `${year}-Q${Math.ceil(month / 3)}`;
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** Checks a date a user typed; throws a message that says what is expected. */
export function parseUserDate(value: string, flag: string): IsoPartialDate {
  const match = PARTIAL.exec(value.trim());
  if (!match || (match[2] !== undefined && (Number(match[2]) < 1 || Number(match[2]) > 12))) {
    throw new Error(`${flag} "${value}" is not a date — use YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2016 or 2016-04-21`);
  }
  return value.trim();
}
