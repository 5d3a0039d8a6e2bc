// What the finder passes hand to the resolver: a span and what it means before any anchor is known.
import type { DatePrecision, DateRelation } from './types.ts';

export type Unit = 'day' | 'week' | 'month' | 'year';

/** How a month (and maybe day) without a year picks its year. */
export type YearRule =
  | 'anchor' //      "in April"          → year of a scene-setting date earlier in the sentence, else publication
  | 'last' //        "last April"        → the most recent April before publication
  | 'this' //        "this April"        → the publication year
  | 'next' //        "next April"        → the first April after publication
  | 'last-year' //   "in April last year"
  | 'this-year' //   "in April this year"
  | 'next-year' //   "in April next year"
  | 'that-year' //   "in October of that year" → the year of the nearest earlier date
  | 'following-year' // "in April the following year"
  | 'previous-year'; //  "in April the previous year"

export type Meaning =
  | { kind: 'fixed'; value: string; precision: DatePrecision; decade: boolean }
  | { kind: 'month-day'; month: number; day: number | null; rule: YearRule }
  /** Relative to the publication date: "last week", "two years ago". */
  | { kind: 'deictic'; unit: Unit; n: number }
  /** Relative to the nearest earlier date in the text: "the following year". */
  | { kind: 'narrative'; unit: Unit; n: number }
  /** 0 = Sunday. mode: bare/"this" → on or before publication; "last" → strictly before; "next" → strictly after. */
  | { kind: 'weekday'; weekday: number; mode: 'on-or-before' | 'before' | 'after' };

export interface Candidate {
  start: number;
  end: number;
  meaning: Meaning;
  /** Set by the cue pass, or earlier by a pass that already looked ("between 2011 and 2013"). */
  relation?: DateRelation;
  /** The cue word, lower-case ("since", "between"), when one was seen. */
  cue?: string;
  /** A year naming an event rather than setting the scene: "since the 2007 split", "the 2014 war". */
  modifier?: boolean;
}
