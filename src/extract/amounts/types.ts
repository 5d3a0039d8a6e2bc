// Public type of the amount finder.

export interface AmountMention {
  /** Offsets into the text given to findAmounts (UTF-16 code units, as String#slice). */
  start: number;
  end: number;
  /** text.slice(start, end): the amount and, when adjacent, its period ("$70 million annually"). */
  text: string;
  /** In units of `currency`: "$70 million" → 70000000. */
  value: number;
  /** ISO 4217 code. */
  currency: string;
  per: 'year' | 'month' | 'once' | null;
  /** "about", "nearly", "more than", "up to", a range "$70-100 million" … */
  approximate: boolean;
}
