// Pages that print the article twice (a blog repost with the original below, a
// headline repeated above the body): a paragraph or line whose whitespace-normalised
// text already appeared is dropped; the first occurrence stays.
import { paragraphsOf } from './layout.ts';

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** A repeated single word ("Share", "Iran") says nothing about a doubled article. */
const MIN_WORDS = 2;

/** Indexes of lines to drop, given the lines already dropped as boilerplate. */
export function repeatedLines(lines: string[], dropped: ReadonlySet<number>): Set<number> {
  const repeated = new Set<number>();
  const seenParagraphs = new Set<string>();
  const seenLines = new Set<string>();
  for (const paragraph of paragraphsOf(lines, dropped)) {
    const key = normalise(paragraph.map((i) => lines[i]!).join(' '));
    if (key.split(' ').length < MIN_WORDS) continue;
    if (seenParagraphs.has(key)) {
      for (const i of paragraph) repeated.add(i);
      continue;
    }
    seenParagraphs.add(key);
    // Line by line too: some pages put each paragraph on one line with no blank lines.
    for (const i of paragraph) {
      const line = normalise(lines[i]!);
      if (line.split(' ').length < MIN_WORDS) continue;
      if (seenLines.has(line)) repeated.add(i);
      else seenLines.add(line);
    }
  }
  return repeated;
}
