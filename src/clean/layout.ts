// Lines and paragraphs of a text, and the cleaned text built from the kept lines:
// lines trimmed, lines of a paragraph joined by "\n", paragraphs by one blank line.

/** Paragraphs as lists of line indexes: runs of non-blank lines not dropped. */
export function paragraphsOf(lines: string[], dropped: ReadonlySet<number>): number[][] {
  const paragraphs: number[][] = [];
  let current: number[] = [];
  lines.forEach((line, i) => {
    if (!line.trim()) {
      if (current.length > 0) paragraphs.push(current);
      current = [];
    } else if (!dropped.has(i)) {
      current.push(i);
    }
  });
  if (current.length > 0) paragraphs.push(current);
  return paragraphs;
}

export function splitLines(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trim());
}

export function joinKept(lines: string[], dropped: ReadonlySet<number>): string {
  return paragraphsOf(lines, dropped)
    .map((paragraph) => paragraph.map((i) => lines[i]!).join('\n'))
    .join('\n\n');
}
