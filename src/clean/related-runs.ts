// Lists of other headlines: a "Related" / "More from" / "Most read" heading followed
// by a run of short headline-like lines. The heading and the whole run go; the run
// ends at the first line that is not a headline (a sentence, a long paragraph).
import { isHeadlineLike } from './line-shape.ts';

export const RELATED_HEADING =
  /^(?:related(?: (?:articles?|stories|news|posts|content|coverage|topics|links|reading))?|more (?:from|on|in|about)\b.{0,40}|read (?:also|more)|also read|see also|most (?:read|popular|viewed|shared)|latest(?: (?:stories|news|articles|videos|posts))?|trending(?: (?:now|stories))?|recommended(?: (?:for you|stories|articles))?|you (?:may|might) also (?:like|be interested in)|more stories|top stories|editor'?s'? (?:picks|choice)|popular(?: (?:now|stories|posts))?|in other news|what to read next)\s*:?$/i;

/** A run of headlines is never longer than this; past it the lines are something else. */
const MAX_RUN = 60;

export function relatedRunLines(lines: string[]): Set<number> {
  const dropped = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    if (!RELATED_HEADING.test(lines[i]!.trim())) continue;
    dropped.add(i);
    let j = i + 1;
    for (let taken = 0; j < lines.length && taken < MAX_RUN; j++) {
      const line = lines[j]!.trim();
      if (!line) continue; // blank lines may separate the headlines
      if (!isHeadlineLike(line)) break;
      dropped.add(j);
      taken++;
    }
    i = j - 1;
  }
  return dropped;
}
