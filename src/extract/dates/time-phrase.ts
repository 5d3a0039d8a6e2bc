// A short phrase of time or manner between a verb and what it governs: "agreed on Friday to
// resume talks", "said last week it would expel…". Readers of the verb look past it.
import type { Token } from '../../text/tokens.ts';
import { MONTHS, WEEKDAYS } from './words.ts';

// A day's name opens one too, without "on": "agreed Friday to resume talks".
const OPENERS = new Set([...WEEKDAYS.map((w) => w.toLowerCase()), 'on', 'in', 'last', 'this', 'next', 'earlier', 'later', 'unanimously', 'formally', 'also', 'again']);
/** Names of days and months, lower-case: "on Thursday", "in May". */
export const DAY_AND_MONTH_NAMES: ReadonlySet<string> = new Set([...WEEKDAYS, ...MONTHS].map((w) => w.toLowerCase()));
// The words such a phrase is made of: its openers, then what follows them ("last week", "in principle").
const WORDS = new Set([...DAY_AND_MONTH_NAMES, ...OPENERS, 'week', 'weekend', 'month', 'year', 'principle']);
const REACH = 3;

/** Where the word before such a phrase stands, when the phrase ends right before `at`
 * ("agreed on Friday | to", "said last week | it"); `at - 1` when there is none. */
export function pastTimePhrase(tokens: readonly Token[], sentenceFirst: number, at: number): number {
  let i = at - 1;
  while (i > Math.max(sentenceFirst, at - 1 - REACH) && (WORDS.has(tokens[i]!.key) || tokens[i]!.kind === 'number')) i--;
  return i < at - 1 && tokens[i + 1]!.kind === 'word' && OPENERS.has(tokens[i + 1]!.key) ? i : at - 1;
}
