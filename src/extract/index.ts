// Placeholder: the extraction engine is being written; the signature is final.
import type { Doc } from '../clean/doc.ts';
import type { Extraction } from '../contract.ts';

export function extract(doc: Doc): Extraction {
  return {
    document: { id: doc.id, source: doc.source, title: doc.title, published: doc.published, language: doc.language },
    entities: [],
    events: [],
    relations: [],
  };
}
