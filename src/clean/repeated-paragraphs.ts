// Pages that print the article twice (a blog repost with the original below, a
// headline repeated above the body): a paragraph or line whose whitespace-normalised
// text already appeared is dropped; the first occurrence stays.
import { paragraphsOf } from './layout.ts';

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * A repeated single word ("Share", "Iran") says nothing about a doubled article: a
 * key needs two words, that is a space (keys are normalised).
 */
const oneWord = (key: string) => !key.includes(' ');

/** Indexes of lines to drop, given the lines already dropped as boilerplate. */
export function repeatedLines(lines: string[], dropped: ReadonlySet<number>): Set<number> {
  const repeated = new Set<number>();
  const seenParagraphs = new Set<string>();
  const seenLines = new Set<string>();
  for (const paragraph of paragraphsOf(lines, dropped)) {
    // Most paragraphs are one line: its key is the paragraph's, normalised once.
    const lineKeys = paragraph.map((i) => normalise(lines[i]!));
    const key = lineKeys.length === 1 ? lineKeys[0]! : normalise(lineKeys.join(' '));
    if (oneWord(key)) continue;
    if (seenParagraphs.has(key)) {
      for (const i of paragraph) repeated.add(i);
      continue;
    }
    seenParagraphs.add(key);
    // Line by line too: some pages put each paragraph on one line with no blank lines.
    paragraph.forEach((i, k) => {
      const line = lineKeys[k]!;
      if (oneWord(line)) return;
      if (seenLines.has(line)) repeated.add(i);
      else seenLines.add(line);
    });
  }
  return repeated;
}
