// Public types of the date finder, apart from the code so that word tables and
// passes can name them without importing index.ts.

export type DatePrecision = 'day' | 'month' | 'year';
export type DateBasis = 'explicit' | 'relative';
/** How a date relates to the event it is attached to ("since 2009" → since). */
export type DateRelation = 'at' | 'since' | 'until' | 'before' | 'after' | 'during';

export interface DateMention {
  /** Offsets into the text given to findDates (UTF-16 code units, as String#slice). */
  start: number;
  end: number;
  /** text.slice(start, end): the date expression with its leading cue word ("since 2009"). */
  text: string;
  /** ISO partial date ("2016", "2016-04", "2016-04-21"); null when relative and nothing to resolve against. */
  value: string | null;
  precision: DatePrecision;
  basis: DateBasis;
  relation: DateRelation;
}
