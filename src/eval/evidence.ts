// Evidence check of SPEC §2: `evidence.text` must be the kept document text at
// [start, end) and must also stand verbatim in the original input, where only
// whitespace may differ (cleaning may have re-flowed lines).

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** `originalCollapsed` is the original file text already passed through `collapseWhitespace`. */
export function isVerbatim(
  evidence: { text: string; start: number; end: number },
  docText: string,
  originalCollapsed: string,
): boolean {
  if (evidence.text === '' || docText.slice(evidence.start, evidence.end) !== evidence.text) return false;
  return originalCollapsed.includes(collapseWhitespace(evidence.text));
}
