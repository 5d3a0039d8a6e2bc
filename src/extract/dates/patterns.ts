// Regular-expression pieces shared by the passes. Built once at load time.
import { MONTHS, MONTH_ABBREVIATIONS } from './words.ts';

const FULL = [...MONTHS, ...MONTHS.map((m) => m.toUpperCase())].join('|');
const ABBR = MONTH_ABBREVIATIONS.join('|');

/** A month name, captured: full name (Capitalised or UPPER) or an abbreviation with its optional dot ("Dec."). */
export const MONTH = `((?:${FULL})(?![A-Za-z])|(?:${ABBR})(?![A-Za-z])\\.?)`;
/** Only full names stand alone ("in April"): "Mar" and "Jan" alone are too often something else. */
export const MONTH_FULL = `((?:${FULL})(?![A-Za-z]))`;
/** A day of the month with an optional ordinal suffix ("21st"), captured. */
export const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
/** "21-22 December", "December 21–22": the first day is kept. */
export const DAY_RANGE = '(?:\\s*[-–]\\s*\\d{1,2}(?:st|nd|rd|th)?)?';

const MONTH_NUMBER: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

/** "December", "DEC", "Sept." → 12, 12, 9. */
export function monthNumber(word: string): number {
  return MONTH_NUMBER[word.slice(0, 3).toLowerCase()] ?? 0;
}
