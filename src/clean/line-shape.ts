// What a line looks like: a real sentence, a headline, a short label. The
// boilerplate rules are only as safe as these tests, so they stay simple.

export function wordCount(line: string): number {
  const trimmed = line.trim();
  return trimmed ? trimmed.split(/\s+/).length : 0;
}

/** Ends like a sentence: . ! ? possibly followed by closing quotes or brackets. */
export function endsLikeSentence(line: string): boolean {
  return /[.!?…]["'”’»)\]]*$/.test(line.trim());
}

/**
 * A real sentence is never dropped as boilerplate: more than 8 words and a final
 * . ! ? or closing quote ("Iran pledged $70m to the group, officials said.").
 */
export function isRealSentence(line: string): boolean {
  return wordCount(line) > 8 && endsLikeSentence(line);
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
