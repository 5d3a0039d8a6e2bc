// Matching predictions to gold items within one document (SPEC §3).
import type { Amount, Extraction } from '../contract.ts';
import type { GoldItem, GoldKind } from './gold.ts';
import { actorMatches, entityKeys, goldVariants } from './names.ts';
import type { AliasIndex } from './names.ts';
import { bestMaximumMatching } from './bipartite.ts';

/** An event or relation of an extraction, flattened to what scoring compares. */
export interface Prediction {
  kind: GoldKind;
  type: string;
  /** Entity ids, as in the extraction. */
  source: string;
  target: string | null;
  /** Event date value, or a relation's `since`. */
  date: string | null;
  amount: Amount | null;
  evidence: { text: string; start: number; end: number };
  /** Normalised names of source and target, for name matching. */
  sourceKeys: ReadonlySet<string>;
  targetKeys: ReadonlySet<string>;
}

export interface MatchedPair {
  gold: number;
  prediction: number;
  /** null when the gold item has no date (or amount) to check. */
  dateCorrect: boolean | null;
  amountCorrect: boolean | null;
}

/** Types whose direction carries no meaning for matching. */
const UNDIRECTED: ReadonlySet<string> = new Set(['CONSULT', 'COOPERATE', 'AGREE', 'ALLY', 'RIVAL']);

export function predictionsOf(x: Extraction): Prediction[] {
  const byId = new Map(x.entities.map((e) => [e.id, e]));
  const keys = (id: string | null): ReadonlySet<string> => (id === null ? new Set() : entityKeys(id, byId.get(id)));
  return [
    ...x.events.map((e): Prediction => ({
      kind: 'event', type: e.type, source: e.source, target: e.target, date: e.date?.value ?? null,
      amount: e.amount, evidence: e.evidence, sourceKeys: keys(e.source), targetKeys: keys(e.target),
    })),
    ...x.relations.map((r): Prediction => ({
      kind: 'relation', type: r.type, source: r.source, target: r.target, date: r.since,
      amount: null, evidence: r.evidence, sourceKeys: keys(r.source), targetKeys: keys(r.target),
    })),
  ];
}

/** Type agreement, with the two readings SPEC §3 accepts where PLOVER and the gold differ. */
export function typeMatches(predicted: string, gold: GoldItem): boolean {
  if (gold.type.includes(predicted)) return true;
  if (predicted === 'SUPPORT' && gold.type.includes('COOPERATE')) return true; // restored ties
  return predicted === 'AGREE' && gold.type.includes('AID') && gold.modality === 'pledged';
}

export function canMatch(p: Prediction, g: GoldItem, aliases: AliasIndex): boolean {
  if (p.kind !== g.kind || !typeMatches(p.type, g)) return false;
  const src = goldVariants(g.source, aliases);
  const tgt = g.target === null ? null : goldVariants(g.target, aliases);
  // A gold item with no target accepts any predicted target, even none.
  const fits = (s: ReadonlySet<string>, t: ReadonlySet<string>): boolean =>
    actorMatches(s, src) && (tgt === null || actorMatches(t, tgt));
  if (fits(p.sourceKeys, p.targetKeys)) return true;
  const undirected = UNDIRECTED.has(p.type) || g.type.some((t) => UNDIRECTED.has(t));
  return undirected && fits(p.targetKeys, p.sourceKeys);
}

export function dateCorrect(p: Prediction, g: GoldItem): boolean | null {
  if (g.date === undefined) return null;
  return p.date !== null && p.date.startsWith(g.date);
}

export function amountCorrect(p: Prediction, g: GoldItem): boolean | null {
  if (g.amount === undefined) return null;
  if (p.amount === null) return false;
  return Math.abs(p.amount.value - g.amount.value) <= 0.01 * Math.abs(g.amount.value) && p.amount.per === g.amount.per;
}

/** A maximum one-to-one matching of predictions to the gold items of one document. */
export function matchDocument(gold: readonly GoldItem[], predictions: readonly Prediction[], aliases: AliasIndex): MatchedPair[] {
  // Among equally large matchings, the one whose pairs agree on dates and amounts.
  const quality = (gi: number, pj: number) => {
    const g = gold[gi]!;
    const p = predictions[pj]!;
    return (g.date && dateCorrect(p, g) ? 2 : 0) + (g.amount && amountCorrect(p, g) ? 1 : 0);
  };
  const candidates = gold.map((g) => predictions.flatMap((p, j) => (canMatch(p, g, aliases) ? [j] : [])));
  return bestMaximumMatching(candidates, predictions.length, quality).map(([gi, pj]) => {
    const g = gold[gi]!;
    const p = predictions[pj]!;
    return { gold: gi, prediction: pj, dateCorrect: dateCorrect(p, g), amountCorrect: amountCorrect(p, g) };
  });
}
