// The per-document work before the store is asked anything: cleaning (boilerplate,
// dateline, language) and the SimHash fingerprint. About as costly per document as
// a third of extraction, so it runs in the workers too — with the analysis, when
// the caller expects the document to be new (see Speculation in ingest.ts): one
// trip to a worker instead of two, and the text crosses threads once.
import type { RawDoc, ReadFailure } from '../../read/raw-doc.ts';
import type { Doc } from '../../clean/doc.ts';
import { cleanDoc, fingerprint } from '../../clean/index.ts';
import { analyze, type Analysis } from '../../extract/index.ts';
import { errorMessage } from '../../error-message.ts';

/**
 * An analysis as it comes back from a worker: its JSON text, read only when its
 * batch is written. Ingest holds each analysis from its arrival until then (a few
 * hundred milliseconds); held as thousands of small objects they outlive the young
 * generation's collections and pile up in the old one, the largest share of the
 * ingest thread's memory. Held as one string they take a third of the space and
 * no collector's time, and reading JSON costs less than the message's own decoding.
 * Done in this thread, the analysis is kept as it is.
 */
export type PackedAnalysis = { json: string } | { analysis: Analysis };

export function packAnalysis(analysis: Analysis): PackedAnalysis {
  return { json: JSON.stringify(analysis) };
}

export function unpackAnalysis(packed: PackedAnalysis): Analysis {
  return 'json' in packed ? (JSON.parse(packed.json) as Analysis) : packed.analysis;
}

/** An analysis done ahead of the decision to store the document, or why it failed. */
export type AnalysedAhead = { ok: true; analysis: PackedAnalysis } | { ok: false; message: string };

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
    return { ok: false, failure: { source: raw.source, reason: `cleaning failed: ${errorMessage(error)}` } };
  }
  if (!cleaned.ok) return cleaned;
  return { ok: true, doc: cleaned.doc, fingerprint: fingerprint(cleaned.doc.text) };
}

/** prepare(), then the analysis of a document in a language extraction reads (in a worker: packed). */
export function prepareAndAnalyze(raw: RawDoc): Prepared {
  const prepared = prepare(raw);
  if (!prepared.ok || !analysable(prepared.doc)) return prepared;
  let ahead: AnalysedAhead;
  try {
    ahead = { ok: true, analysis: packAnalysis(analyze(prepared.doc)) };
  } catch (error) {
    ahead = { ok: false, message: errorMessage(error) };
  }
  return { ...prepared, ahead };
}

