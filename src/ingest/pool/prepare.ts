// The per-document work before the store is asked anything: cleaning (boilerplate,
// dateline, language) and the SimHash fingerprint. About as costly per document as
// a third of extraction, so it runs in the workers too.
import type { RawDoc, ReadFailure } from '../../read/raw-doc.ts';
import type { Doc } from '../../clean/doc.ts';
import { cleanDoc, fingerprint } from '../../clean/index.ts';

export type Prepared =
  | { ok: true; doc: Doc; fingerprint: bigint }
  | { ok: false; failure: ReadFailure };

export function prepare(raw: RawDoc): Prepared {
  let cleaned;
  try {
    cleaned = cleanDoc(raw);
  } catch (error) {
    return { ok: false, failure: { source: raw.source, reason: `cleaning failed: ${error instanceof Error ? error.message : String(error)}` } };
  }
  if (!cleaned.ok) return cleaned;
  return { ok: true, doc: cleaned.doc, fingerprint: fingerprint(cleaned.doc.text) };
}
