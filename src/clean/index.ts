// Cleaning: RawDoc → Doc. Boilerplate lines and repeated paragraphs go, the rest
// is kept verbatim (lines trimmed, one blank line between paragraphs): the cleaned
// text is what every character offset in Entente points into.
import { createHash } from 'node:crypto';
import type { RawDoc, ReadFailure } from '../read/raw-doc.ts';
import type { Doc } from './doc.ts';
import { boilerplateLines } from './boilerplate.ts';
import { repeatedLines } from './repeated-paragraphs.ts';
import { joinKept, splitLines } from './layout.ts';
import { guessOutlet, guessTitle } from './header.ts';
import { parseDateline } from './dateline.ts';
import { detectLanguage } from './language.ts';

export type { Doc } from './doc.ts';
export { parseDateline } from './dateline.ts';
export { fingerprint, hammingDistance } from './fingerprint.ts';
export { detectLanguage } from './language.ts';

export type CleanResult = { ok: true; doc: Doc } | { ok: false; failure: ReadFailure };

/** The cleaned text alone (what cleanDoc keeps), for callers that need no metadata. */
export function cleanText(text: string): string {
  const lines = splitLines(text);
  const dropped = boilerplateLines(lines);
  for (const i of repeatedLines(lines, dropped)) dropped.add(i);
  return joinKept(lines, dropped);
}

export function cleanDoc(raw: RawDoc): CleanResult {
  const text = cleanText(raw.text);
  if (!text) return { ok: false, failure: { source: raw.source, reason: 'no article text after removing boilerplate' } };
  const lines = text.split('\n').filter((line) => line.length > 0);
  return {
    ok: true,
    doc: {
      id: createHash('sha256').update(text).digest('hex'),
      source: raw.source,
      text,
      title: raw.meta.title || guessTitle(lines),
      // The dateline may sit on a line cleaning drops ("1 June 2016 · Outlet · by X"), so
      // the kept text is read first and the raw header second.
      published: raw.meta.published || parseDateline(lines.join('\n')) || parseDateline(raw.text.slice(0, 4000)),
      outlet: raw.meta.outlet || guessOutlet(lines),
      url: raw.meta.url || null,
      language: detectLanguage(text),
    },
  };
}
