// The per-document work before the store is asked anything: cleaning (boilerplate,
// dateline, language) and the SimHash fingerprint. About as costly per document as
// a third of extraction, so it runs in the workers too — with the analysis, when
// the caller expects the document to be new (see Speculation in ingest.ts): one
// trip to a worker instead of two, and the text crosses threads once.
import type { RawDoc, ReadFailure } from '../../read/raw-doc.ts';
import type { Doc } from '../../clean/doc.ts';
import { cleanDoc, fingerprint } from '../../clean/index.ts';
import { analyze, type Analysis } from '../../extract/index.ts';

/** An analysis done ahead of the decision to store the document, or why it failed. */
export type AnalysedAhead = { ok: true; analysis: Analysis } | { ok: false; message: string };

export type Prepared =
  | { ok: true; doc: Doc; fingerprint: bigint; ahead?: AnalysedAhead }
  | { ok: false; failure: ReadFailure };

/** "und" (too short to tell) is still analysed: a short English text is the usual cause. */
export function analysable(doc: Doc): boolean {
  return doc.language === 'en' || doc.language === 'und';
}

export function prepare(raw: RawDoc): Prepared {
  let cleaned;
  try {
    cleaned = cleanDoc(raw);
  } catch (error) {
    return { ok: false, failure: { source: raw.source, reason: `cleaning failed: ${messageOf(error)}` } };
  }
  if (!cleaned.ok) return cleaned;
  return { ok: true, doc: cleaned.doc, fingerprint: fingerprint(cleaned.doc.text) };
}

/** prepare(), then the analysis of a document in a language extraction reads. */
export function prepareAndAnalyze(raw: RawDoc): Prepared {
  const prepared = prepare(raw);
  if (!prepared.ok || !analysable(prepared.doc)) return prepared;
  let ahead: AnalysedAhead;
  try {
    ahead = { ok: true, analysis: analyze(prepared.doc) };
  } catch (error) {
    ahead = { ok: false, message: messageOf(error) };
  }
  return { ...prepared, ahead };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
