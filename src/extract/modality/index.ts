// How a text holds an event: asserted, reported, alleged, pledged, threatened,
// planned or denied; whether it says the event did not happen; and who says so.
import type { Modality } from '../../contract.ts';
import type { Token } from '../../text/tokens.ts';
import type { ActorMention } from '../mentions/types.ts';
import cues from './cues.json' with { type: 'json' };

const PLEDGED = new Set(cues.pledged);
const THREATENED = new Set(cues.threatened);
const PLANNED = new Set(cues.planned);
const NEGATION = new Set(cues.negation);
const ALLEGED = new Set(cues.alleged);
// "X accused Y of arming Z": the claim covers what follows it, not what came before.
const ALLEGED_BEFORE = new Set(cues.allegedBefore);
const REPORTED = new Set(cues.reported);
const DENIAL = new Set(cues.denial);
const SPEECH = new Set(cues.speech);
// "Iran could fund Hamas again": not something that happened. "may have funded" is a claim.
const POSSIBLE = new Set(cues.possible);

export interface ModalityReading {
  modality: Modality;
  negated: boolean;
  attribution: ActorMention | null;
  /** The word that decided the modality, for --explain. */
  cue: string | null;
}

export interface ModalityInput {
  tokens: readonly Token[];
  sentenceFirst: number;
  sentenceLast: number;
  mentions: readonly ActorMention[];
  /** Token range of the trigger and of the whole event (source .. target). */
  triggerFirst: number;
  triggerLast: number;
  eventFirst: number;
}

function keysBetween(tokens: readonly Token[], from: number, to: number): string[] {
  const out: string[] = [];
  for (let i = Math.max(0, from); i < to; i++) out.push(tokens[i]!.key);
  return out;
}

/** "according to X", "X said", "said X", "sources told X". */
function findAttribution(input: ModalityInput): ActorMention | null {
  const { tokens } = input;
  const mentions = input.mentions.filter((m) => !m.weak);
  for (let i = input.sentenceFirst; i < input.sentenceLast; i++) {
    const k = tokens[i]!.key;
    if (k === 'according' && tokens[i + 1]?.key === 'to') {
      const m = mentions.find((x) => x.first >= i + 2 && x.first <= i + 4);
      if (m) return m;
    }
    if (!SPEECH.has(k) || (i >= input.triggerFirst && i < input.triggerLast)) continue;
    const before = mentions.filter((x) => x.last <= i && x.last >= i - 2).at(-1);
    if (before && i < input.triggerFirst) return before;
    if (before && i >= input.triggerLast) return before;
    const after = mentions.find((x) => x.first > i && x.first <= i + 6);
    // "sources told The New Arab", "sources revealed to Asharq Al-Awsat": the outlet.
    const listener = mentions.find((x) => x.first === i + 1 || (tokens[i + 1]?.key === 'to' && x.first <= i + 3 && x.first > i + 1));
    if (listener && (k === 'told' || k === 'tells' || k === 'revealed') && /source/.test(tokens[i - 1]?.key ?? '')) return listener;
    if (after && i >= input.triggerLast) return after;
  }
  return null;
}

/** "Egypt denied that it had blocked aid", "reports denied by Hamas leaders": a denial word
 * before the trigger that governs its clause. */
function deniedClause(input: ModalityInput): string | null {
  const { tokens } = input;
  for (let i = input.sentenceFirst; i < input.triggerFirst; i++) {
    if (!DENIAL.has(tokens[i]!.key)) continue;
    const next = tokens[i + 1]?.key;
    if (next === 'that' || next === 'any' || next === 'reports' || tokens[i - 1]?.key === 'reports') return tokens[i]!.key;
  }
  for (let i = input.triggerLast; i < input.sentenceLast - 1; i++) {
    if (DENIAL.has(tokens[i]!.key) && (tokens[i - 1]?.key === 'reports' || tokens[i + 1]?.key === 'by')) return tokens[i]!.key;
  }
  return null;
}

/** "could", "might", "may" as modal verbs: not the month in "in May" or "May 2016". */
function possibility(local: readonly string[]): string | null {
  const at = local.findIndex((k, i) => POSSIBLE.has(k) && !(k === 'may' && (/^(in|since|of|last|early|late|mid|until|by)$/.test(local[i - 1] ?? '') || /^\d/.test(local[i + 1] ?? ''))));
  return at >= 0 ? local[at]! : null;
}

export function readModality(input: ModalityInput): ModalityReading {
  const { tokens } = input;
  const local = keysBetween(tokens, Math.max(input.sentenceFirst, input.eventFirst, input.triggerFirst - 5), input.triggerFirst);
  // The trigger's own word is not a cue for itself: "X accused Y" is an asserted accusation.
  const sentence = keysBetween(tokens, input.sentenceFirst, input.sentenceLast).filter((_, k) => k + input.sentenceFirst < input.triggerFirst || k + input.sentenceFirst >= input.triggerLast);
  const negated = local.some((k) => NEGATION.has(k) || k.endsWith("n't"));
  const attribution = findAttribution(input);
  let modality: Modality = 'asserted';
  let cue: string | null = null;
  const localCue = (set: Set<string>) => local.find((k) => set.has(k)) ?? null;
  const sentenceCue = (set: Set<string>) => sentence.find((k) => set.has(k)) ?? null;
  if ((cue = localCue(DENIAL) ?? deniedClause(input))) modality = 'denied';
  else if ((cue = localCue(THREATENED))) modality = 'threatened';
  else if ((cue = localCue(PLEDGED))) modality = 'pledged';
  else if ((cue = localCue(PLANNED))) modality = 'planned';
  else if ((cue = possibility(local))) modality = local[local.indexOf(cue) + 1] === 'have' ? 'alleged' : 'planned';
  else if ((cue = sentenceCue(ALLEGED) ?? keysBetween(tokens, input.sentenceFirst, input.triggerFirst).find((k) => ALLEGED_BEFORE.has(k)) ?? null)) modality = 'alleged';
  else if ((cue = sentenceCue(REPORTED))) modality = 'reported';
  else if (attribution && attribution.first > input.triggerLast) {
    modality = 'reported';
    cue = 'said';
  }
  return { modality, negated, attribution, cue };
}
