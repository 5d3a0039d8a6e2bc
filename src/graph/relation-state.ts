// The state of a relation over time: per period, the signed sum of the weights of
// its consolidated events (weights.ts: cooperative types positive, conflictual
// negative; an event counts once, more for each further source that reports it),
// and a label. Every change of label cites the events that weighed most in its
// direction.
import type { ConsolidatedEvent } from './consolidate.ts';
import { periodOf, type Period } from './dates.ts';
import { corroborated, isRupture } from './weights.ts';

export const RELATION_STATES = ['allied', 'cooperative', 'strained', 'hostile', 'broken', 'restored'] as const;
export type RelationState = (typeof RELATION_STATES)[number];

/** Thresholds on a period's score. */
export const THRESHOLDS = {
  /** At or above, with material help (AID, COOPERATE) and no rupture: allied. */
  allied: 10,
  /** At or above: cooperative. Between this and `strained`: the previous state holds. */
  cooperative: 1.5,
  /** Below: strained. */
  strained: -1,
  /**
   * At or below, with threats or force (THREATEN, MOBILIZE, COERCE, ASSAULT) and little
   * to offset them (warmth under half the coldness): hostile. A year of both a new page
   * of cooperation and an angry row is strained, not hostile.
   */
  hostile: -8,
  /**
   * A period with a rupture (aid cut, ties broken) is broken when its score is below
   * zero, and strained below this: a cut amid visits and talk of a new page.
   */
  strainedUnless: 4,
} as const;

const FORCE: ReadonlySet<string> = new Set(['THREATEN', 'MOBILIZE', 'COERCE', 'ASSAULT']);
const COLD: ReadonlySet<RelationState> = new Set(['strained', 'hostile', 'broken']);
const WARM: ReadonlySet<RelationState> = new Set(['allied', 'cooperative', 'restored']);
const CAUSES = 3;

export interface StatePeriod {
  period: string;
  score: number;
  /** Sums of the positive and of the negative weights. */
  warmth: number;
  coldness: number;
  events: number;
  state: RelationState;
  /** True when the state differs from the previous period's (always for the first). */
  changed: boolean;
  /** Ids of the events behind a change, heaviest first; empty when the state held. */
  causes: string[];
}

export function relationSeries(events: readonly ConsolidatedEvent[], period: Period = 'year'): StatePeriod[] {
  const byPeriod = new Map<string, ConsolidatedEvent[]>();
  for (const event of events) {
    if (event.date === null) continue;
    const key = periodOf(event.date.value, period);
    byPeriod.set(key, [...(byPeriod.get(key) ?? []), event]);
  }
  const series: StatePeriod[] = [];
  for (const key of [...byPeriod.keys()].sort()) {
    const inPeriod = byPeriod.get(key)!;
    const round = (n: number) => Math.round(n * 100) / 100;
    const weights = inPeriod.map((e) => corroborated(e.weight, e.sources));
    const warmth = round(weights.reduce((sum, w) => sum + Math.max(w, 0), 0));
    const coldness = round(weights.reduce((sum, w) => sum + Math.min(w, 0), 0));
    const score = round(warmth + coldness);
    const previous = series.at(-1)?.state ?? null;
    const state = label({ score, warmth, coldness }, inPeriod, previous);
    const changed = state !== previous;
    series.push({
      period: key, score, warmth, coldness, events: inPeriod.length, state, changed,
      causes: changed ? causesOf(towards(previous, state), state, inPeriod) : [],
    });
  }
  return series;
}

interface Sums {
  score: number;
  warmth: number;
  coldness: number;
}

function label({ score, warmth, coldness }: Sums, events: readonly ConsolidatedEvent[], previous: RelationState | null): RelationState {
  const rupture = events.some((e) => isRupture(e));
  const material = events.some((e) => (e.type === 'AID' || e.type === 'COOPERATE') && e.weight > 0);
  const force = events.some((e) => FORCE.has(e.type) && e.weight < 0);
  const mixed = warmth >= -coldness / 2;
  let state: RelationState;
  if (score <= THRESHOLDS.hostile && force && !mixed) state = 'hostile';
  else if (rupture && score < 0) state = 'broken';
  else if (rupture && score < THRESHOLDS.strainedUnless) state = 'strained';
  else if (score < THRESHOLDS.strained) state = 'strained';
  else if (score >= THRESHOLDS.allied && material && !rupture) state = 'allied';
  else if (score >= THRESHOLDS.cooperative) state = 'cooperative';
  // A near-even period leaves the state as it was; the first one leans by its sign.
  else state = previous === 'restored' ? 'cooperative' : (previous ?? (score >= 0 ? 'cooperative' : 'strained'));
  if (WARM.has(state) && previous !== null && COLD.has(previous)) return 'restored';
  return state;
}

/** How warm each state is, to tell which way a change went (broken → strained is a thaw). */
const WARMTH: Readonly<Record<RelationState, number>> = {
  hostile: 0, broken: 1, strained: 2, cooperative: 4, restored: 4, allied: 5,
};

/** 'warmer' or 'colder': the direction of a change, or of the first state itself. */
function towards(previous: RelationState | null, state: RelationState): 'warmer' | 'colder' {
  const delta = previous === null ? 0 : WARMTH[state] - WARMTH[previous];
  if (delta !== 0) return delta > 0 ? 'warmer' : 'colder';
  return WARM.has(state) ? 'warmer' : 'colder';
}

/** The events that pulled hardest in the direction of the change: ruptures first for "broken". */
function causesOf(direction: 'warmer' | 'colder', state: RelationState, events: readonly ConsolidatedEvent[]): string[] {
  const pulling = events.filter((e) => (direction === 'warmer' ? e.weight > 0 : e.weight < 0));
  const rank = (e: ConsolidatedEvent) => (state === 'broken' && isRupture(e) ? 100 : 0) + Math.abs(e.weight) * Math.min(e.sources, 3);
  return pulling.sort((a, b) => rank(b) - rank(a) || a.id.localeCompare(b.id)).slice(0, CAUSES).map((e) => e.id);
}
