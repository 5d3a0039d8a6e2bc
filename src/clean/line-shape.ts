// What a line looks like: a real sentence, a headline, a short label. The
// boilerplate rules are only as safe as these tests, so they stay simple.

/** Runs of non-space characters, as `line.trim().split(/\s+/)` counts them, without the array: it runs on every line of every page. */
export function wordCount(line: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const space = isSpace(line.charCodeAt(i));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/** The characters of the regular expression class \s. */
function isSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Ends like a sentence: . ! ? possibly followed by closing quotes or brackets. */
export function endsLikeSentence(line: string): boolean {
  return /[.!?…]["'”’»)\]]*$/.test(line.trim());
}

/**
 * A real sentence is never dropped as boilerplate: more than 8 words and a final
 * . ! ? or closing quote ("Iran pledged $70m to the group, officials said.").
 */
export function isRealSentence(line: string, words = wordCount(line)): boolean {
  return words > 8 && endsLikeSentence(line);
}

/**
 * A headline in a list of links: short, starts with a capital, digit or quote, and
 * has no full stop, colon or comma at its end ("Hamas Looks to Iran Again",
 * "Will Iran Join the Fight?").
 */
export function isHeadlineLike(line: string): boolean {
  const text = line.trim();
  const words = wordCount(text);
  if (words === 0 || words > 20) return false;
  if (/[.:;,]$/.test(text)) return false;
  return /^[\p{Lu}\p{N}"'“‘(\[]/u.test(text);
}
