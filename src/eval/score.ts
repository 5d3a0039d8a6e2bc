// Scoring one document: pure, so tests can feed made-up gold and extractions directly.
import type { Extraction } from '../contract.ts';
import { collapseWhitespace, isVerbatim } from './evidence.ts';
import type { GoldItem } from './gold.ts';
import { matchDocument, predictionsOf } from './match.ts';
import type { AliasIndex } from './names.ts';
import type { DocResult } from './report.ts';

export interface ScoreInput {
  doc: string;
  gold: GoldItem[];
  /** null when the document could not be read or analysed: every gold item is then missed. */
  extraction: Extraction | null;
  /** The cleaned text the evidence offsets point into. */
  docText: string;
  /** The input file as it was read, before any cleaning. */
  originalText: string;
  diagnostics: string[];
}

export function scoreDocument(input: ScoreInput, aliases: AliasIndex): DocResult {
  const predictions = input.extraction ? predictionsOf(input.extraction) : [];
  const original = collapseWhitespace(input.originalText);
  return {
    doc: input.doc,
    gold: input.gold,
    predictions,
    pairs: matchDocument(input.gold, predictions, aliases),
    verbatim: predictions.map((p) => isVerbatim(p.evidence, input.docText, original)),
    diagnostics: input.diagnostics,
  };
}

/** Gold items grouped by document id, in file order. */
export function goldByDoc(gold: readonly GoldItem[]): Map<string, GoldItem[]> {
  const byDoc = new Map<string, GoldItem[]>();
  for (const g of gold) byDoc.set(g.doc, [...(byDoc.get(g.doc) ?? []), g]);
  return byDoc;
}
