// How much one event warms (+) or cools (−) a relation, on a −10…+10 scale.
//
// PLOVER itself defines no weights. These follow the Goldstein (1992) conflict–
// cooperation scale as CAMEO codes carry it, taking for each PLOVER type the value
// of the CAMEO root it was formed from (PLOVER's own crosswalk):
//   AGREE     +4    CAMEO 03 "express intent to cooperate" (sign or agree to a deal)
//   CONSULT   +1    CAMEO 04 "consult": contact, no commitment
//   SUPPORT   +3.5  CAMEO 05 "engage in diplomatic cooperation" (praise, restore ties)
//   COOPERATE +6    CAMEO 06 "engage in material cooperation"
//   AID       +7    CAMEO 07 "provide aid"; military aid +8.3 in Goldstein → +8
//   CONCEDE   +5    CAMEO 08 "yield"
//   RETREAT   +4    CAMEO 08 sub-codes (withdraw forces, release): de-escalation
//   REQUEST   −1    between CAMEO 02 "appeal" (+3) and 10 "demand" (−5): the triggers
//                   ("call on", "demand", "urge") are mostly demands
//   ACCUSE    −2    CAMEO 11 "disapprove"
//   REJECT    −4    CAMEO 12 "reject"
//   SANCTION  −5    CAMEO 16 "reduce relations" (−4); cutting aid is −5.6 in Goldstein
//                   and breaking relations or expelling diplomats −7, hence the modes
//   THREATEN  −6    CAMEO 13 "threaten"
//   PROTEST   −6.5  CAMEO 14 "protest"
//   COERCE    −7    CAMEO 17 "coerce"
//   MOBILIZE  −7.2  CAMEO 15 "exhibit force posture"
//   ASSAULT   −9    CAMEO 18 "assault" (19 "fight" is −10)
import type { EventType, ExtractedEvent, Modality } from '../contract.ts';

export const TYPE_WEIGHTS: Readonly<Record<EventType, number>> = {
  AGREE: 4, CONSULT: 1, SUPPORT: 3.5, COOPERATE: 6, AID: 7, CONCEDE: 5, RETREAT: 4,
  REQUEST: -1, ACCUSE: -2, REJECT: -4, SANCTION: -5, THREATEN: -6, PROTEST: -6.5,
  COERCE: -7, MOBILIZE: -7.2, ASSAULT: -9,
};

/** Modes whose Goldstein value differs from their type's. */
const MODE_WEIGHTS: Readonly<Record<string, number>> = {
  'AID/military': 8,
  'SANCTION/withdraw': -5.6,
  'SANCTION/expel': -7,
};

/**
 * What the text commits to. A pledge, plan or threat is intent, not act: half.
 * "Reported" and "alleged" lean on someone else's word: a little less than asserted.
 */
const MODALITY_FACTOR: Readonly<Record<Modality, number>> = {
  asserted: 1, reported: 0.8, alleged: 0.6, pledged: 0.5, planned: 0.5, threatened: 0.5, denied: 1,
};

/**
 * A negated or denied event did not happen. "Relations are not repaired" is itself
 * a cool signal, "they never cut the channel" a warm one: the sign turns and the
 * weight halves, since absence says less than an act.
 */
const NEGATION_FACTOR = -0.5;

export type WeighedEvent = Pick<ExtractedEvent, 'type' | 'mode' | 'modality' | 'negated'>;

export function baseWeight(type: EventType, mode: string | null): number {
  return (mode === null ? undefined : MODE_WEIGHTS[`${type}/${mode}`]) ?? TYPE_WEIGHTS[type];
}

/** The signed weight of one event as a text states it. */
export function eventWeight(event: WeighedEvent): number {
  const negative = event.negated || event.modality === 'denied';
  const weight = baseWeight(event.type, event.mode) * MODALITY_FACTOR[event.modality] * (negative ? NEGATION_FACTOR : 1);
  return Math.round(weight * 100) / 100;
}

/**
 * An event reported by several documents is more certain than one read once: its
 * weight in a relation's state grows with the log of its sources (×1, ×1.5 for two,
 * ×1.8 for three, ×2 for four), so corroboration counts without letting a story
 * syndicated twenty times drown everything else.
 */
export function corroborated(weight: number, sources: number): number {
  return weight * (1 + 0.5 * Math.log2(Math.max(sources, 1)));
}

/** Cooperative types (positive weight) as against conflictual ones. */
export function isCooperative(type: EventType): boolean {
  return TYPE_WEIGHTS[type] > 0;
}

/**
 * Events that mark a break in a tie: PLOVER's SANCTION covers cutting aid, breaking
 * or suspending relations and expelling diplomats.
 */
export function isRupture(event: WeighedEvent): boolean {
  return event.type === 'SANCTION' && !event.negated && event.modality !== 'denied'
    && event.modality !== 'threatened' && event.modality !== 'planned';
}
