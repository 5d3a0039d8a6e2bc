// The public face of extraction: `analyze(doc)` for the store and the CLI,
// `extract(doc)` for the SPEC §2 object alone. Pure: no database, clock or network.
import type { Doc } from '../clean/doc.ts';
import type { Extraction } from '../contract.ts';
import { loadLexicon } from '../lexicon/load.ts';
import { runPipeline } from './pipeline.ts';

/** An actor mention: a span of doc.text linked to an entity of the extraction. */
export interface Mention {
  entity: string;
  start: number;
  end: number;
}

/** Everything extraction learns about one document; `extraction` is the SPEC §2 object. */
export interface Analysis {
  extraction: Extraction;
  mentions: Mention[];
  /** Why a document yielded little or nothing ("not English", "no actors found"). */
  diagnostics: string[];
}

export function analyze(doc: Doc): Analysis {
  const result = runPipeline(doc, loadLexicon());
  return {
    extraction: result.extraction,
    mentions: result.mentions.mentions.map((m) => ({ entity: m.entity, start: m.start, end: m.end })),
    diagnostics: result.diagnostics,
  };
}

export function extract(doc: Doc): Extraction {
  return analyze(doc).extraction;
}
