// "The two countries", "both sides", "the two leaders": a phrase that stands for the two
// actors of the event told just before, as the subject or the object of an act of its own.
import type { Sentence } from '../../text/layer.ts';
import type { Token } from '../../text/tokens.ts';
import type { ExtractedEvent } from '../../contract.ts';
import type { Registry } from '../entities/registry.ts';
import type { ActorMention } from '../mentions/types.ts';
import words from '../mentions/words.json' with { type: 'json' };
import type { Arguments } from './arguments.ts';
import type { TriggerMatch } from './find-triggers.ts';

const PAIR_NOUNS = new Set(words.pairNouns);
/** The openings by their first word. */
const OPENERS = new Map<string, string[][]>();
for (const opener of words.pairOpeners) {
  const keys = opener.split(' ');
  OPENERS.set(keys[0]!, [...(OPENERS.get(keys[0]!) ?? []), keys]);
}
// "the two neighbouring countries", "both Gulf states": modifiers before the noun, at most two.
const MODIFIERS = 2;
const MODIFIER = /^[a-z][a-z-]*$/i;
const NOT_MODIFIERS = new Set(['and', 'or', 'of', 'to', 'the', 'have', 'had', 'are', 'were', 'will', 'would']);
// The pair is the one of the sentence before, or of the one before that at most.
const PAIR_REACH = 2;
const JOINT_TYPES = new Set(['AGREE', 'CONSULT', 'COOPERATE']);

/** The pair phrase of a sentence as a token range [first, last), the first one if several. */
export interface PairPhrase {
  first: number;
  last: number;
  /** "the two countries" can only be two states. */
  states: boolean;
  /** "mediated between the two sides": the sentence speaks of making peace, between foes. */
  peace: boolean;
}

const PEACE_WORDS = /^(mediat|broker|truce|ceasefire|cease-fire|go-between|intermediar|reconcil|de-escalat)/;
// Events between foes: the sides a mediator stands between.
const HOSTILE_TYPES = new Set(['ACCUSE', 'ASSAULT', 'THREATEN', 'COERCE', 'SANCTION', 'REJECT', 'PROTEST', 'MOBILIZE']);

const STATE_NOUNS = new Set(['countries', 'nations', 'states', 'governments', 'capitals', 'neighbours', 'neighbors']);

export function pairPhrase(tokens: readonly Token[], s: Sentence): PairPhrase | null {
  for (let i = s.first; i < s.last - 1; i++) {
    const opening = openerAt(tokens, i);
    if (opening === 0) continue;
    for (let j = i + opening; j < Math.min(s.last, i + opening + MODIFIERS + 1); j++) {
      const t = tokens[j]!;
      // "on both sides of the border" is a place, not the pair.
      if (PAIR_NOUNS.has(t.key)) return tokens[j + 1]?.key === 'of' ? null : { first: i, last: j + 1, states: STATE_NOUNS.has(t.key), peace: speaksOfPeace(tokens, s) };
      if (!MODIFIER.test(t.text) || NOT_MODIFIERS.has(t.key)) break;
    }
  }
  return null;
}

function speaksOfPeace(tokens: readonly Token[], s: Sentence): boolean {
  for (let i = s.first; i < s.last; i++) if (PEACE_WORDS.test(tokens[i]!.key)) return true;
  return false;
}

/** How many words of a pair's opening ("both", "the two", "the warring") stand at `i`; 0 if none. */
function openerAt(tokens: readonly Token[], i: number): number {
  // Most words start no opening: one look-up decides.
  const openers = OPENERS.get(tokens[i]!.key);
  if (!openers) return 0;
  for (const keys of openers) {
    let n = 1;
    while (n < keys.length && tokens[i + n]?.key === keys[n]) n++;
    if (n === keys.length) return n;
  }
  return 0;
}

/** The two actors an event joins: a mediator's event joins the parties it mediates between. */
function pairOf(e: ExtractedEvent): [string, string] | null {
  if (e.mode === 'mediate') return e.target && e.third ? [e.target, e.third] : null;
  return e.target ? [e.source, e.target] : null;
}

/**
 * The pair "the two sides" points back to: the last joint act (a deal, a meeting,
 * cooperation, a mediation) told before — the last hostile one where the sentence speaks of
 * making peace — or else the last event of the nearest earlier sentence within reach.
 * Places are no side, and "the two countries" are two states, the last two an event joined
 * however far back.
 */
export function recentPair(events: readonly { event: ExtractedEvent; sentence: number; sides?: readonly [string, string] }[], reg: Registry, sentence: number, { states, peace }: PairPhrase): [string, string] | null {
  const fits = (id: string) => {
    const kind = reg.entities.get(id)?.kind ?? 'other';
    return states ? kind === 'state' : kind !== 'other';
  };
  let nearest = -1;
  let fallback: [string, string] | null = null;
  // Two states named together stay the story's pair further back than any two sides.
  let statesBefore: [string, string] | null = null;
  for (let k = events.length - 1; k >= 0; k--) {
    const f = events[k]!;
    if (f.sentence >= sentence) continue;
    // "Qatar hosted delegations from both sides. The two sides agreed…": the sides a sentence
    // spoke of stay the pair, not the host its visits joined them to.
    const pair: [string, string] | null = f.sides ? [f.sides[0], f.sides[1]] : pairOf(f.event);
    if (!pair || !pair.every(fits)) continue;
    // Peace is made between foes: the last two who fought, accused or threatened each other.
    if (peace ? HOSTILE_TYPES.has(f.event.type) || f.event.mode === 'mediate' : JOINT_TYPES.has(f.event.type) || f.event.mode === 'mediate') return pair;
    if (f.sentence >= sentence - PAIR_REACH && (nearest < 0 || f.sentence === nearest)) {
      nearest = f.sentence;
      fallback ??= pair;
    }
    if (states) statesBefore ??= pair;
  }
  return fallback ?? statesBefore;
}

/** One mention of each actor of the pair, both spanning the phrase. */
export function standIns(tokens: readonly Token[], phrase: PairPhrase, pair: readonly [string, string], sentence: number): [ActorMention, ActorMention] {
  const span = { first: phrase.first, last: phrase.last, start: tokens[phrase.first]!.start, end: tokens[phrase.last - 1]!.end, sentence, form: 'anaphor' as const, weak: false };
  return [{ ...span, entity: pair[0] }, { ...span, entity: pair[1] }];
}

/**
 * What the arguments found around the first stand-in become with the pair: "Chad urged both
 * sides to talk" is one request to each, "Both sides deployed troops" two deployments;
 * "Qatar mediated between the two sides" mediates between them. (An act the two do together,
 * "The two leaders discussed trade", is found between them already: see coordinatedWith.)
 */
export function withPair(args: Arguments, [a, b]: readonly [ActorMention, ActorMention], trig: TriggerMatch): Arguments[] {
  if (args.frame === 'coordinated' || args.frame === 'between') return [args];
  if (args.source === a) return [args, { ...args, source: b }];
  if (args.target !== a) return [args];
  if (trig.trigger.mode === 'mediate') return [{ ...args, third: b, frame: 'mediator' }];
  return [args, { ...args, target: b }];
}

/** "talks between the two sides", with no one else named to hold them: between the pair. */
export function betweenPair(tokens: readonly Token[], trig: TriggerMatch, [a, b]: readonly [ActorMention, ActorMention]): Arguments | null {
  if (trig.trigger.mode === 'mediate' || tokens[trig.last]?.key !== 'between' || a.first !== trig.last + 1) return null;
  return { source: a, target: b, third: null, frame: 'between' };
}
