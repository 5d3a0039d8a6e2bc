// Placeholder: the extraction engine is being written; the signatures are final.
import type { Doc } from '../clean/doc.ts';
import type { Extraction } from '../contract.ts';

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
  return {
    extraction: {
      document: { id: doc.id, source: doc.source, title: doc.title, published: doc.published, language: doc.language },
      entities: [],
      events: [],
      relations: [],
    },
    mentions: [],
    diagnostics: ['extraction engine not yet available'],
  };
}

export function extract(doc: Doc): Extraction {
  return analyze(doc).extraction;
}
