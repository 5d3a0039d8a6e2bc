// Figures for a scored corpus: totals, per document and per type. Counting is kept apart
// from rendering (render.ts) so the JSON output and the table can never disagree.
import { EVENT_TYPES, RELATION_TYPES } from '../contract.ts';
import type { GoldItem } from './gold.ts';
import type { MatchedPair, Prediction } from './match.ts';

/** One document after matching; `verbatim[j]` tells whether prediction j's evidence checks out. */
export interface DocResult {
  doc: string;
  gold: GoldItem[];
  predictions: Prediction[];
  pairs: MatchedPair[];
  verbatim: boolean[];
  /** Why a document yielded little (read failures, engine diagnostics). */
  diagnostics: string[];
}

export interface Counts {
  gold: number;
  predicted: number;
  /** Gold items matched (recall side) and predictions matched (precision side): they differ
   * per type when SUPPORT matches a gold COOPERATE, and are equal in totals. */
  matchedGold: number;
  matchedPredicted: number;
  coreGold: number;
  coreMatched: number;
  /** Matched gold items carrying a date / an amount, and how many of those the prediction got right. */
  dated: number;
  dateCorrect: number;
  withAmount: number;
  amountCorrect: number;
  verbatim: number;
}

/** A ratio is null when its denominator is zero: "n/a", not a misleading 0 or 1. */
export interface Figures extends Counts {
  recall: number | null;
  precision: number | null;
  f1: number | null;
  coreRecall: number | null;
  dateAccuracy: number | null;
  amountAccuracy: number | null;
  verbatimRate: number | null;
}

export interface Report {
  totals: Figures;
  documents: Array<Figures & { doc: string }>;
  types: Array<Figures & { type: string }>;
}

const zero = (): Counts => ({
  gold: 0, predicted: 0, matchedGold: 0, matchedPredicted: 0, coreGold: 0, coreMatched: 0,
  dated: 0, dateCorrect: 0, withAmount: 0, amountCorrect: 0, verbatim: 0,
});

const ratio = (n: number, d: number): number | null => (d === 0 ? null : n / d);

export function figures(c: Counts): Figures {
  const recall = ratio(c.matchedGold, c.gold);
  const precision = ratio(c.matchedPredicted, c.predicted);
  // With nothing predicted precision is n/a, yet F1 must still count the misses as 0.
  const r = recall ?? 0;
  const p = precision ?? 0;
  const f1 = recall === null && precision === null ? null : r + p === 0 ? 0 : (2 * p * r) / (p + r);
  return {
    ...c, recall, precision, f1,
    coreRecall: ratio(c.coreMatched, c.coreGold),
    dateAccuracy: ratio(c.dateCorrect, c.dated),
    amountAccuracy: ratio(c.amountCorrect, c.withAmount),
    verbatimRate: ratio(c.verbatim, c.predicted),
  };
}

function addGold(c: Counts, g: GoldItem, pair: MatchedPair | undefined): void {
  c.gold++;
  if (g.core) c.coreGold++;
  if (!pair) return;
  c.matchedGold++;
  if (g.core) c.coreMatched++;
  if (pair.dateCorrect !== null) { c.dated++; if (pair.dateCorrect) c.dateCorrect++; }
  if (pair.amountCorrect !== null) { c.withAmount++; if (pair.amountCorrect) c.amountCorrect++; }
}

function addPrediction(c: Counts, matched: boolean, verbatim: boolean): void {
  c.predicted++;
  if (matched) c.matchedPredicted++;
  if (verbatim) c.verbatim++;
}

export function buildReport(results: readonly DocResult[]): Report {
  const totals = zero();
  const byType = new Map<string, Counts>();
  const typeCounts = (t: string): Counts => byType.get(t) ?? byType.set(t, zero()).get(t)!;
  const documents = results.map((r) => {
    const doc = zero();
    const pairOfGold = new Map(r.pairs.map((p) => [p.gold, p]));
    const matchedPreds = new Set(r.pairs.map((p) => p.prediction));
    r.gold.forEach((g, i) => {
      // A gold item is counted under its first (main) type.
      for (const c of [totals, doc, typeCounts(g.type[0]!)]) addGold(c, g, pairOfGold.get(i));
    });
    r.predictions.forEach((p, j) => {
      for (const c of [totals, doc, typeCounts(p.type)]) addPrediction(c, matchedPreds.has(j), r.verbatim[j] === true);
    });
    return { doc: r.doc, ...figures(doc) };
  });
  // Contract order (events, then relations) keeps related types together across runs.
  const order: readonly string[] = [...EVENT_TYPES, ...RELATION_TYPES];
  const rank = (t: string): number => (order.includes(t) ? order.indexOf(t) : order.length);
  const types = [...byType.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([type, c]) => ({ type, ...figures(c) }));
  return { totals: figures(totals), documents, types };
}
