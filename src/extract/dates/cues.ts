// The word right before a date ("since 2009", "between 2011 and 2013") says how the date relates to
// the event. Shared by the year pass, which needs it to tell "in 2013" from "2013 rockets", and by
// the final pass that sets the relation of every mention.
import { CUE_RELATIONS } from './words.ts';
import type { DateRelation } from './types.ts';

const CUE_TAIL = new RegExp(
  '(?<![\\w’\'-])(' +
    Object.keys(CUE_RELATIONS)
      .sort((a, b) => b.length - a.length)
      .map((k) => k.replace(/ /g, '\\s+'))
      .join('|') +
    ')\\s+(?:the\\s+)?$',
  'i',
);

const SPACES = /\s+/g;

export interface Cue {
  /** Where the cue word starts. */
  start: number;
  /** Lower-case, single-spaced ("prior to"). */
  word: string;
  relation: DateRelation;
  /** "In 2013 rebels took the town" starts a sentence: a capitalised cue is trusted more. */
  capitalised: boolean;
}

/** The cue ending right at `pos`, not reaching back before `floor` (the end of the previous mention). */
export function cueBefore(text: string, pos: number, floor: number): Cue | null {
  const from = Math.max(floor, pos - 32, 0);
  if (from >= pos) return null;
  const slice = text.slice(from, pos);
  const m = CUE_TAIL.exec(slice);
  if (!m || m[1] === undefined) return null;
  const word = m[1].toLowerCase().replace(SPACES, ' ');
  const relation = CUE_RELATIONS[word];
  if (relation === undefined) return null;
  const first = m[1].charAt(0);
  return { start: from + m.index, word, relation, capitalised: first !== first.toLowerCase() };
}
