// Dates in article text: explicit ("21 December 2016", "in mid-2014", "the 1990s"), partial
// ("in April"), and relative ("on Monday", "last year", "the following year"), each resolved to an
// ISO partial date where an anchor allows. Passes, in order (order matters: later passes skip what
// earlier ones took):
//   01-explicit  every 1900–2100 year and what surrounds it
//   02-month     months and days without a year
//   03-relative  deictic and narrative expressions, weekdays
//   04-merge     overlaps, cue words → relation, ranges and lists
//   anchor       values, in text order
import { findExplicit } from './01-explicit.ts';
import { findMonths } from './02-month.ts';
import { findRelative } from './03-relative.ts';
import { merge } from './04-merge.ts';
import { resolveAll } from './anchor.ts';
import type { DateMention } from './types.ts';

export type { DateBasis, DateMention, DatePrecision, DateRelation } from './types.ts';

/** Date mentions in `text`, sorted by start; `published` is the article's ISO partial date or null. */
export function findDates(text: string, published: string | null): DateMention[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  try {
    const explicit = findExplicit(text);
    const candidates = merge(text, [explicit, findMonths(text, explicit), findRelative(text)]);
    return resolveAll(text, candidates, published);
  } catch {
    // A date the finder cannot read must not cost the article its other facts. The tests run every
    // path, including random input, so a bug here shows up there as missing dates, not as silence.
    return [];
  }
}
