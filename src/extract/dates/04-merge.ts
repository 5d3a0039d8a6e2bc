// Pass 4: put the three passes together. Overlaps go to the earlier, longer span; a weekday
// joins the date it names ("Monday, December 21, 2016"); cue words set each relation, and a range
// or list carries its relation over to its second member ("between 2011 and 2013", "after 2012 and 2013").
import type { Candidate } from './candidate.ts';
import { cueBefore } from './cues.ts';

const WEEKDAY_GLUE = /^,?\s+(?:the\s+)?$/;
const RANGE_GAP = /^\s*(?:to|until|till|through|[-–—])\s*$/i;
const LIST_GAP = /^\s*(?:,\s*)?(?:(and|or)\s+)?$/i;

export function merge(text: string, passes: readonly Candidate[][]): Candidate[] {
  const all = passes.flat().sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  for (const c of all) {
    const last = kept[kept.length - 1];
    if (last && c.start < last.end) continue;
    if (last && last.meaning.kind === 'weekday' && namesADay(c) && c.start - last.end < 8 &&
        WEEKDAY_GLUE.test(text.slice(last.end, c.start))) {
      c.start = last.start; // the weekday only repeats what the date says
      kept[kept.length - 1] = c;
      continue;
    }
    kept.push(c);
  }
  setRelations(text, kept);
  return kept;
}

function namesADay(c: Candidate): boolean {
  const m = c.meaning;
  return (m.kind === 'fixed' && m.precision === 'day') || (m.kind === 'month-day' && m.day !== null);
}

function setRelations(text: string, kept: Candidate[]): void {
  let prevEnd = 0;
  let prev: Candidate | undefined;
  for (const c of kept) {
    if (c.relation === undefined) {
      const cue = cueBefore(text, c.start, prevEnd);
      if (cue) {
        c.start = cue.start;
        c.cue = cue.word;
        c.relation = cue.relation;
      } else if (prev && c.start - prev.end <= 12) {
        c.relation = carried(text.slice(prev.end, c.start), prev, c);
      }
      c.relation ??= 'at';
      // "in the 1990s" is a stretch of time, not a point in it.
      if (c.relation === 'at' && c.meaning.kind === 'fixed' && c.meaning.decade) c.relation = 'during';
    }
    prevEnd = c.end;
    prev = c;
  }
}

/** The relation a date takes from the date before it, or undefined if they are not joined. */
function carried(gap: string, prev: Candidate, cur: Candidate): Candidate['relation'] {
  const opensRange = prev.cue === 'from' || prev.cue === 'between' || prev.relation === 'since';
  if (RANGE_GAP.test(gap)) return opensRange ? 'until' : undefined; //  "from 2011 to 2013"
  const list = LIST_GAP.exec(gap);
  if (!list || gap.length === 0 || !sameShape(prev, cur)) return undefined;
  if (prev.cue === 'between' && list[1]?.toLowerCase() === 'and') return 'until';
  return prev.relation; //                                              "after 2012 and 2013"
}

/** Only like joins like in a list: "after 2012 and 2013", not "in the 1990s, 2016-04-21". */
function sameShape(a: Candidate, b: Candidate): boolean {
  const x = a.meaning, y = b.meaning;
  if (x.kind === 'fixed' && y.kind === 'fixed') return x.precision === y.precision && x.decade === y.decade;
  return x.kind === y.kind;
}
