// Pass 2: a month, or a day and month, with no year ("in April", "on 21 December", "Dec. 21 (Reuters)").
// The year comes later from an anchor (anchor.ts); here we only decide that it is a date and
// how its year is to be chosen ("last April", "in April last year", "in October of that year").
import type { Candidate, YearRule } from './candidate.ts';
import { DAY, DAY_RANGE, MONTH, monthNumber } from './patterns.ts';
import { MONTHS, NAMING_NOUNS } from './words.ts';

// A day or a month name begins with a word character: the \b in front adds no condition to the
// lookbehind, but V8 scans for it far faster.
const HIT = new RegExp(
  `\\b(?<![\\w.])(?:${DAY}${DAY_RANGE}\\s+(?:of\\s+)?)?${MONTH}(?:\\s+${DAY}${DAY_RANGE}(?![\\d\\w:]))?`,
  'g',
);
const FULL_NAMES: ReadonlySet<string> = new Set([...MONTHS, ...MONTHS.map((m) => m.toUpperCase())]);

// What lets a lone month name count: "in April", "by May", "mid-June", "last April".
const MONTH_CUE = /(?<![\w])(?:in|since|until|till|by|during|from|through|throughout|before|after|early|late|mid|last|next|this|of|between|following|end\s+of|beginning\s+of|start\s+of|middle\s+of)(?:\s*-\s*|\s+)(?:the\s+month\s+of\s+)?$/i;
const YEAR_WORD_BEFORE = /(?<![\w])(last|this|next)\s+$/i; //                             "last April"
const QUALIFIER_BEFORE = /(?<![\w])(?:early|late|mid)(?:\s*-\s*|\s+)$/i; //             "in mid-April"
const YEAR_WORD_AFTER = /^,?\s+(?:of\s+)?(last|this|next|that|the\s+same|the\s+following|the\s+next|the\s+previous)\s+year\b/i; // "April last year"
const AFTER_RULE: Readonly<Record<string, YearRule>> = {
  'last': 'last-year', 'this': 'this-year', 'next': 'next-year', 'that': 'that-year', 'the same': 'that-year',
  'the following': 'following-year', 'the next': 'following-year', 'the previous': 'previous-year',
};
const LIST_GAP = /^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|to|until|till|through)\s+)$/i; // "from March to May"

/** `taken` must be sorted by start; mentions overlapping it are left to pass 1. */
export function findMonths(text: string, taken: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  let t = 0;
  let prevEnd = -1;
  for (const hit of text.matchAll(HIT)) {
    let start = hit.index ?? 0;
    let end = start + hit[0].length;
    while (t < taken.length && (taken[t]?.end ?? 0) <= start) t++;
    if (t < taken.length && (taken[t]?.start ?? Infinity) < end) continue;
    const word = hit[2] ?? '';
    const month = monthNumber(word);
    const dayText = hit[1] ?? hit[3];
    const right = text.slice(end, end + 40);
    const left = text.slice(Math.max(0, start - 32), start);
    let rule: YearRule = 'anchor';
    let day: number | null = null;

    if (dayText !== undefined) {
      day = Number(dayText);
      if (day < 1 || day > 31) continue;
      if (NAMING_NOUNS.test(right)) continue; //       "the March 14 alliance"
    } else {
      if (!FULL_NAMES.has(word)) continue;
      const continues = prevEnd >= 0 && start - prevEnd <= 16 && LIST_GAP.test(text.slice(prevEnd, start));
      if (!continues && !MONTH_CUE.test(left) && !YEAR_WORD_AFTER.test(right)) continue;
      if (NAMING_NOUNS.test(right)) continue;
      const q = QUALIFIER_BEFORE.exec(left);
      if (q) start -= left.length - q.index;
    }
    const before = YEAR_WORD_BEFORE.exec(text.slice(Math.max(0, start - 12), start));
    const after = YEAR_WORD_AFTER.exec(right);
    if (after?.[1] !== undefined) {
      rule = AFTER_RULE[after[1].toLowerCase().replace(/\s+/g, ' ')] ?? 'anchor';
      end += after[0].length;
    } else if (before?.[1] !== undefined) {
      rule = before[1].toLowerCase() as YearRule;
      start -= before[0].length;
    }
    out.push({ start, end, meaning: { kind: 'month-day', month, day, rule } });
    prevEnd = end;
  }
  return out;
}
