// The one line that reports a bad input. Names come from the open web: a file name
// may hold a line break (which would split the line in two), terminal escape
// sequences (which would recolour or rewrite the terminal) or bidirectional
// overrides (which would show another name than the real one). Those characters
// are printed as escapes; everything else, spaces and Arabic included, as it is.

const UNPRINTABLE = /[\p{Cc}\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;
const SHORT: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (ch) => SHORT[ch] ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** "entente: SOURCE: REASON", always on one line. */
export function failureLine(source: string, reason: string): string {
  return `entente: ${printable(source)}: ${printable(reason)}`;
}
