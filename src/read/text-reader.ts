// Plain text is kept as it is: offsets into the cleaned text must stay meaningful,
// so the only changes are line endings and a leading byte-order mark.
import type { ReadResult } from './raw-doc.ts';

/** CRLF and lone CR become LF. */
export function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

export function readText(text: string, source: string): ReadResult {
  const body = normalizeNewlines(text.replace(/^\uFEFF/, ''));
  return { ok: true, docs: [{ source, text: body, meta: {} }], failures: [] };
}
