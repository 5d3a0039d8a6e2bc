// How a text holds an event: asserted, reported, alleged, pledged, threatened,
// planned or denied; whether it says the event did not happen; and who says so.
import type { Modality } from '../../contract.ts';
import { isPossessive, type Token } from '../../text/tokens.ts';
import { RELATIVES, SUBORDINATORS } from '../events/clauses.ts';
import type { ActorMention } from '../mentions/types.ts';
import { startingIn } from '../mentions/queries.ts';
import { pastTimePhrase } from '../dates/time-phrase.ts';
import words from '../mentions/words.json' with { type: 'json' };
import cues from './cues.json' with { type: 'json' };

const PLEDGED = new Set(cues.pledged);
// "agreed to attend talks": agreeing to do something pledges it; only before an infinitive's
// "to", since "Chad agreed a ceasefire" is the agreement itself.
const AGREED_TO = new Set(cues.agreedTo);
const THREATENED = new Set(cues.threatened);
const PLANNED = new Set(cues.planned);
/** Planned only before an infinitive: "is likely to send", not "likely armed". */
const PLANNED_HEADS = new Set([...cues.planned, ...cues.plannedBeforeTo]);
const NEGATION = new Set(cues.negation);
// "failed to deliver aid", "has yet to recognise Kosovo": not done, but only before an
// infinitive ("the talks failed after Chad attacked Sudan" asserts the attack).
const NEGATION_BEFORE_TO = new Set(cues.negationBeforeTo);
// "Kenya refused Somalia's request for talks": refusing a request, demand or offer says it
// was made; the refusal negates what it governs ("refused to meet"), not the act refused. (An
// invitation declined stays negated: its CONSULT is the meeting it proposes.)
const REFUSALS = new Set(cues.refusals);
const ASKED_ACTS = new Set(cues.askedActs);
// "stopped short of expelling the envoy", "ruled out sending troops": words of a refusal
// right before the act refused.
const NEGATION_PHRASES: readonly (readonly string[])[] = cues.negationPhrases.map((p) => p.split(' '));
// "cancelled a planned visit", "postponed talks", "the meeting was called off": the act did not
// take place.
const CANCELLED = new Set(cues.cancelled);
const ALLEGED = new Set(cues.alleged);
// "X accused Y of arming Z": the claim covers what follows it, not what came before.
const ALLEGED_BEFORE = new Set(cues.allegedBefore);
const REPORTED = new Set(cues.reported);
const DENIAL = new Set(cues.denial);
const SPEECH = new Set(cues.speech);
// "Iran could fund Hamas again": not something that happened. "may have funded" is a claim.
const POSSIBLE = new Set(cues.possible);
const SOURCE = /source/;
const UNNAMED_SPEAKERS = new Set(cues.unnamedSpeakers);
const REPORT_NOUNS = new Set(cues.reportNouns);
const REPORT_PREPS = new Set(['by', 'from', 'of', 'at', 'in']);
// "in May", "May 2016": the month, not the modal verb.
const MONTH_CUE = /^(in|since|of|last|early|late|mid|until|by)$/;
const DIGIT_START = /^\d/;

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
  /** The trigger is a noun ("request"), not a verb ("requested"). */
  triggerNoun?: boolean;
}

function keysBetween(tokens: readonly Token[], from: number, to: number): string[] {
  const out: string[] = [];
  for (let i = Math.max(0, from); i < to; i++) out.push(tokens[i]!.key);
  return out;
}

/** "according to X", "X said", "said X", "sources told X". */
function findAttribution(input: ModalityInput): ActorMention | null {
  const { tokens } = input;
  // Weak mentions ("Iranian rhetoric") attribute nothing; the list is made when first needed.
  let mentions: ActorMention[] | null = null;
  for (let i = input.sentenceFirst; i < input.sentenceLast; i++) {
    const k = tokens[i]!.key;
    if (k === 'according' && tokens[i + 1]?.key === 'to') {
      mentions ??= input.mentions.filter((m) => !m.weak);
      const m = startingIn(mentions, i + 2, i + 4) ?? reportAuthor(tokens, mentions, i + 2);
      if (m) return m;
    }
    if (!SPEECH.has(k) || (i >= input.triggerFirst && i < input.triggerLast)) continue;
    // A capital inside the sentence makes it part of a name: "the United States", "Said Jalili".
    if (tokens[i]!.cap && i > input.sentenceFirst) continue;
    // "…, hours after Israeli jets struck what the military said were launchers": a speaker
    // inside a later subordinate clause says that clause, not the event.
    if (i >= input.triggerLast && subordinateBetween(tokens, input.triggerLast, i)) break;
    mentions ??= input.mentions.filter((m) => !m.weak);
    // "Iran funds Hamas, said X": after a comma or a quote the speaker follows the verb.
    const inverted = tokens[i - 1]?.text === ',' || QUOTE_MARKS.has(tokens[i - 1]?.text ?? '');
    const before = inverted ? undefined : lastEndingIn(mentions, i - 2, i) ?? ownerOfSpeaker(tokens, mentions, i);
    if (before && i < input.triggerFirst) return before;
    if (before && i >= input.triggerLast) return before;
    const after = startingIn(mentions, i + 1, i + 6);
    // "sources told The New Arab", "sources revealed to Asharq Al-Awsat": the outlet.
    const listener = startingIn(mentions, i + 1, tokens[i + 1]?.key === 'to' ? i + 3 : i + 1);
    if (listener && (k === 'told' || k === 'tells' || k === 'revealed') && SOURCE.test(tokens[i - 1]?.key ?? '')) return listener;
    // "…, said Hamas official X"; not "warned that Cairo would…" nor "said Israel and Hamas
    // would meet", whose names are the subjects of a clause said.
    if (after && i >= input.triggerLast && tokens[i + 1]?.key !== 'that' && speakerEnds(tokens, after)) return after;
  }
  return null;
}

const LOWER_WORD = /^[a-z]+$/;
const QUOTE_MARKS = new Set(['"', '”', '“', '»', '«', "'", '’']);
const AFTER_SPEAKER = new Set(['.', ',', ';', ':', '!', '?', 'on', 'in', 'at', 'during', 'after', 'before', 'while', 'when', 'as', 'to', 'from', 'told', 'adding', 'according', 'last', 'this', 'earlier', 'late', 'without', 'who', 'whose', 'via', 'through', 'by']);

/** "South Korea's spy agency said": the owner of the speaking body, past its possessive. */
function ownerOfSpeaker(tokens: readonly Token[], mentions: readonly ActorMention[], said: number): ActorMention | undefined {
  let i = said - 1;
  while (i > said - 4 && LOWER_WORD.test(tokens[i]?.text ?? '')) i--;
  if (i === said - 1 || !isPossessive(tokens[i])) return undefined;
  return mentions.find((m) => m.last === i);
}

function subordinateBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const k = tokens[i]!.key;
    if (SUBORDINATORS.has(k) || RELATIVES.has(k) || k === 'what') return true;
  }
  return false;
}

/** A speaker named after "said" ends its clause: what follows is no verb of its own. */
function speakerEnds(tokens: readonly Token[], m: ActorMention): boolean {
  const next = tokens[m.last];
  return next === undefined || AFTER_SPEAKER.has(next.key) || QUOTE_MARKS.has(next.text);
}

/** "according to a report by the US Treasury", "according to figures from the UN": who made
 * the report. Only words of a report may stand before its author. */
function reportAuthor(tokens: readonly Token[], mentions: readonly ActorMention[], from: number): ActorMention | undefined {
  for (let i = from; i < from + 6; i++) {
    const k = tokens[i]?.key ?? '';
    if (REPORT_NOUNS.has(k) && REPORT_PREPS.has(tokens[i + 1]?.key ?? '')) return startingIn(mentions, i + 2, i + 4);
    if (tokens[i]?.kind !== 'word' || tokens[i]!.cap) return undefined;
  }
  return undefined;
}

/** The last mention that ends (exclusive end) in [from, to]; a function of its own rather than
 * a closure in the loop above (see mentions/queries.ts). */
function lastEndingIn(mentions: readonly ActorMention[], from: number, to: number): ActorMention | undefined {
  for (let k = mentions.length - 1; k >= 0; k--) {
    const x = mentions[k]!;
    if (x.last <= to && x.last >= from) return x;
  }
  return undefined;
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

/** "is said to have trained", "were believed to be": hearsay in the passive. */
function saidTo(local: readonly string[]): string | null {
  const at = local.findIndex((k, i) => HEARSAY.has(k) && PASSIVE_BE.has(local[i - 1] ?? '') && local[i + 1] === 'to');
  return at >= 0 ? local[at]! : null;
}

const HEARSAY = new Set(['said', 'thought', 'rumoured', 'rumored', 'reported', 'alleged', 'understood', 'suspected', 'known']);
const PASSIVE_BE = new Set(['is', 'are', 'was', 'were', 'been']);

/** "could", "might", "may" as modal verbs: not the month in "in May" or "May 2016". */
function possibility(local: readonly string[]): string | null {
  const at = local.findIndex((k, i) => POSSIBLE.has(k) && !(k === 'may' && (MONTH_CUE.test(local[i - 1] ?? '') || DIGIT_START.test(local[i + 1] ?? ''))));
  return at >= 0 ? local[at]! : null;
}

const RUN_BREAKS = new Set(['and', 'or', 'but', ...SUBORDINATORS, ...RELATIVES]);
const GOVERNING_REACH = 6;

/** The lower-case words right before the trigger, up to a name, a mark or a conjunction:
 * what governs it ("ruled out any", "cancelled a planned"), not a verb of another clause
 * ("abandoned Assad and backed…"). */
function governingRun(tokens: readonly Token[], sentenceFirst: number, triggerFirst: number): string[] {
  const run: string[] = [];
  for (let i = triggerFirst - 1; i >= Math.max(sentenceFirst, triggerFirst - GOVERNING_REACH); i--) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || t.cap || RUN_BREAKS.has(t.key)) break;
    run.unshift(t.key);
  }
  return run;
}

/** A verb of cancelling in the run, not an adjective after a determiner ("resumed the
 * suspended aid" resumes it). */
function cancelIn(run: readonly string[]): boolean {
  return run.some((k, i) => CANCELLED.has(k) && !DETERMINERS.has(run[i - 1] ?? ''));
}

const CANCEL_REACH = 10;

/** "The meeting between A and B was cancelled", "talks … were postponed": the passive of
 * cancelling after the trigger, in its clause. */
function cancelledAfter(tokens: readonly Token[], triggerLast: number, sentenceLast: number): boolean {
  for (let i = triggerLast; i < Math.min(sentenceLast - 1, triggerLast + CANCEL_REACH); i++) {
    const k = tokens[i]!.key;
    // "between Kenya and Uganda was cancelled": an "and" between names stays in the clause.
    if ((tokens[i]!.kind === 'punct' && k !== '-' && k !== "'s") || (RUN_BREAKS.has(k) && k !== 'and')) return false;
    if (PASSIVE_BE.has(k)) return CANCELLED.has(tokens[i + 1]!.key) || (tokens[i + 1]!.key === 'called' && tokens[i + 2]?.key === 'off');
  }
  return false;
}

/** Whether one of `phrases` stands, word for word, among `keys`. */
function phraseIn(keys: readonly string[], phrases: readonly (readonly string[])[]): boolean {
  for (let i = 0; i < keys.length; i++) {
    for (const p of phrases) if (p[0] === keys[i] && p.every((w, k) => keys[i + k] === w)) return true;
  }
  return false;
}

/** The first of `keys` in `set`. */
function firstIn(keys: readonly string[], set: ReadonlySet<string>): string | null {
  for (const k of keys) if (set.has(k)) return k;
  return null;
}

/** The first key in `set` among tokens [from, to), passing over [skipFrom, skipTo). */
function firstInRange(tokens: readonly Token[], from: number, to: number, set: ReadonlySet<string>, skipFrom = to, skipTo = to): string | null {
  for (let i = Math.max(0, from); i < to; i++) {
    if (i >= skipFrom && i < skipTo) continue;
    if (set.has(tokens[i]!.key)) return tokens[i]!.key;
  }
  return null;
}

/** A cue of ALLEGED_BEFORE before the trigger whose claim reaches it: the claim ends where,
 * after its "of", a comma opens a clause of a name ("Days after Kenya accused Uganda of arming
 * rebels, Uganda expelled…") or an aside ("…, a charge Kampala denies"), or at a semicolon. ("accused Iran, Syria and Russia of arming…":
 * commas before the "of" list the accused.) */
function allegedBefore(tokens: readonly Token[], from: number, to: number): string | null {
  let cue: string | null = null;
  let ofSeen = false;
  for (let i = Math.max(0, from); i < to; i++) {
    const k = tokens[i]!.key;
    if (ALLEGED_BEFORE.has(k)) [cue, ofSeen] = [k, false];
    else if (cue && k === 'of') ofSeen = true;
    // "…, a charge Kampala denies": an aside on the whole accusation ends it too.
    else if (cue && (k === ';' || (k === ',' && ofSeen && (tokens[i + 1]?.cap || tokens[i + 1]?.key === 'a' || tokens[i + 1]?.key === 'an')))) cue = null;
  }
  return cue;
}

/** A cue anywhere in the sentence but the trigger's own words: "X accused Y" is an asserted accusation. */
function sentenceCue(input: ModalityInput, set: ReadonlySet<string>): string | null {
  return firstInRange(input.tokens, input.sentenceFirst, input.sentenceLast, set, input.triggerFirst, input.triggerLast);
}

const DETERMINERS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'this', 'that', 'these', 'those']);
const SUPPOSING = new Set(['if', 'whether', 'unless']);

/** "If Iran attacks Israel, …", "Should Turkey invade Syria, …", "asked whether Qatar funds
 * Hamas": an event only supposed or asked about, in the clause up to the trigger. */
export function supposed(tokens: readonly Token[], sentenceFirst: number, triggerFirst: number): boolean {
  for (let i = triggerFirst - 1; i >= sentenceFirst; i--) {
    const k = tokens[i]!.key;
    if (k === ',' || k === ';' || k === ':') return false;
    if (SUPPOSING.has(k)) return true;
    if (i === sentenceFirst && k === 'should' && tokens[i + 1]?.cap) return true;
  }
  return false;
}

const QUESTION_OPENERS = new Set(cues.questionOpeners);

/** "Can Hamas turn down Iranian calls to renew ties?": the verb a question opens with is only
 * asked about; the nouns it takes ("Iranian calls") stand as said. */
export function questioned(tokens: readonly Token[], sentenceFirst: number, sentenceLast: number, verb: boolean): boolean {
  return verb && QUESTION_OPENERS.has(tokens[sentenceFirst]!.key) && tokens[sentenceLast - 1]!.text === '?';
}

const EVIDENCE_NOUNS = new Set(['evidence', 'sign', 'signs', 'proof', 'indication', 'confirmation']);

/** "There is no evidence that China armed Russia": the clause is said not to have happened. */
function noEvidence(tokens: readonly Token[], sentenceFirst: number, triggerFirst: number): boolean {
  for (let i = triggerFirst - 1; i > sentenceFirst + 1; i--) {
    if (tokens[i]!.key === 'that' && EVIDENCE_NOUNS.has(tokens[i - 1]!.key) && tokens[i - 2]!.key === 'no') return true;
  }
  return false;
}

/** Words a pledge, plan or refusal reaches through its infinitive: "offered to host a new round of talks". */
const INFINITIVE_REACH = 9;

/**
 * The words right before each "to" in the phrase the trigger ends, nearest first, with
 * only words and numbers between (no comma, no clause of its own): where a pledge, plan
 * or refusal stands past the few words the local window looks at, and before the
 * event's actors ("offered to host a new round of talks between Hamas and Fatah").
 */
function infinitiveHeads(tokens: readonly Token[], sentenceFirst: number, triggerFirst: number): string[] {
  const heads: string[] = [];
  for (let i = triggerFirst - 1; i > Math.max(sentenceFirst, triggerFirst - INFINITIVE_REACH); i--) {
    const t = tokens[i]!;
    if (t.kind !== 'word' && t.kind !== 'number') break;
    // "agreed to a ceasefire in talks mediated by Qatar": a "to" before a determiner is no infinitive's.
    if (t.key !== 'to' || DETERMINERS.has(tokens[i + 1]!.key)) continue;
    heads.push(tokens[i - 1]!.key);
    const verb = pastTimePhrase(tokens, sentenceFirst, i);
    if (verb !== i - 1) heads.push(tokens[verb]!.key);
  }
  return heads;
}


/**
 * "The officials said Iran had sent advisers", "…, Western diplomats say": people no name
 * identifies, saying it, report it. ("Iranian officials said" names its side: attribution.)
 * The saying word is the cue.
 */
function unnamedSpeakers(input: ModalityInput): string | null {
  const { tokens } = input;
  for (let i = input.sentenceFirst + 1; i < input.sentenceLast; i++) {
    const k = tokens[i]!.key;
    if (!SPEECH.has(k) || tokens[i]!.cap || (i >= input.triggerFirst && i < input.triggerLast)) continue;
    if (!UNNAMED_SPEAKERS.has(tokens[i - 1]!.key)) continue;
    const named = input.mentions.some((m) => !m.weak ? m.last >= i - 3 && m.last <= i - 1 : m.last === i - 1);
    if (!named) return k;
  }
  return null;
}

const ACTOR_HEADS = new Set(words.actorHeads);
const OFFICE_WORDS = 3;

/** Where the possessive stands in "Kenya's foreign minister" before `to` (lower-case words
 * ending in an actor noun, at most three), or `to` itself when there is none. */
function officeAfterName(tokens: readonly Token[], sentenceFirst: number, to: number): number {
  if (!ACTOR_HEADS.has(tokens[to - 1]?.key ?? '')) return to;
  for (let i = to - 1; i >= Math.max(sentenceFirst, to - OFFICE_WORDS); i--) {
    if (isPossessive(tokens[i - 1])) return i - 1;
    if (!LOWER_WORD.test(tokens[i]!.text)) return to;
  }
  return to;
}

/** "Kenya to send police to Haiti", "Turkey, Egypt to restore ambassadors": a name, then "to"
 * and the verb, with no verb of its own — the headline's future. */
function headlineFuture(input: ModalityInput): string | null {
  // The trigger may be the verb's object: "Japan to supply Patriot missiles".
  for (let to = input.triggerFirst - 1; to >= Math.max(input.sentenceFirst + 1, input.triggerFirst - 4); to--) {
    const t = input.tokens[to]!;
    if (t.kind !== 'word') return null;
    // "Kenya's envoy to Haiti met…": a "to" before a name is no infinitive's.
    if (t.key !== 'to' || input.mentions.some((m) => m.first === to + 1)) continue;
    // "Kenya's president to visit Haiti", "Kenya's foreign minister to…": a name's office.
    const office = officeAfterName(input.tokens, input.sentenceFirst, to);
    // Only names stand before it: "Turkey, Egypt to…", not "The UN asked Kenya to…".
    for (let i = input.sentenceFirst; i < office; i++) {
      const w = input.tokens[i]!;
      if (!(w.cap || w.text === ',' || w.text === ':' || w.key === 'and' || w.text === '&' || w.key === 'the' || w.text === "'s" || w.text === '-')) return null;
    }
    return input.mentions.some((m) => m.last === office && !m.weak) ? 'to' : null;
  }
  return null;
}

const NEITHER_NOR = new Set(['neither', 'nor']);
const NAME_REACH = 5;

/** "Neither Kenya nor Uganda attended the summit": the name opening the event is denied its act. */
function neitherNor(tokens: readonly Token[], sentenceFirst: number, eventFirst: number): boolean {
  for (let i = eventFirst - 1; i >= Math.max(sentenceFirst, eventFirst - NAME_REACH); i--) {
    if (NEITHER_NOR.has(tokens[i]!.key)) return true;
    if (!tokens[i]!.cap) return false;
  }
  return false;
}

/** "a resolution that would have imposed an arms embargo": what would have been done was not. */
function counterfactual(local: readonly string[]): boolean {
  // Not "would have to impose": an obligation.
  return local.some((k, i) => k === 'would' && local[i + 1] === 'have' && local[i + 2] !== 'to');
}

/** "stopped short of expelling", "cancelled a planned visit", "the talks were postponed". */
function refusedOrCancelled(input: ModalityInput): boolean {
  const run = governingRun(input.tokens, input.sentenceFirst, input.triggerFirst);
  return phraseIn(run, NEGATION_PHRASES) || cancelIn(run) || cancelledAfter(input.tokens, input.triggerLast, input.sentenceLast);
}

export function readModality(input: ModalityInput): ModalityReading {
  const { tokens } = input;
  const local = keysBetween(tokens, Math.max(input.sentenceFirst, input.eventFirst, input.triggerFirst - 5), input.triggerFirst);
  const heads = infinitiveHeads(tokens, input.sentenceFirst, input.triggerFirst);
  const refusedAct = input.triggerNoun === true && ASKED_ACTS.has(tokens[input.triggerFirst]!.key);
  const negated = local.some((k, i) => (NEGATION.has(k) && !(refusedAct && REFUSALS.has(k) && local[i + 1] !== 'to')) || k.endsWith("n't")) || noEvidence(tokens, input.sentenceFirst, input.triggerFirst)
    || firstIn(heads, NEGATION) !== null || firstIn(heads, NEGATION_BEFORE_TO) !== null || refusedOrCancelled(input)
    || neitherNor(tokens, input.sentenceFirst, input.eventFirst) || counterfactual(local);
  const attribution = findAttribution(input);
  let modality: Modality = 'asserted';
  let cue: string | null = null;
  if ((cue = firstIn(local, DENIAL) ?? deniedClause(input))) modality = 'denied';
  else if ((cue = firstIn(local, THREATENED))) modality = 'threatened';
  else if ((cue = firstIn(local, PLEDGED))) modality = 'pledged';
  else if ((cue = firstIn(local, PLANNED))) modality = 'planned';
  else if ((cue = firstIn(heads, PLEDGED) ?? firstIn(heads, AGREED_TO))) modality = 'pledged';
  else if ((cue = firstIn(heads, PLANNED_HEADS) ?? headlineFuture(input))) modality = 'planned';
  else if ((cue = possibility(local))) modality = local[local.indexOf(cue) + 1] === 'have' ? 'alleged' : 'planned';
  else if ((cue = sentenceCue(input, ALLEGED) ?? allegedBefore(tokens, input.sentenceFirst, input.triggerFirst))) modality = 'alleged';
  else if ((cue = sentenceCue(input, REPORTED) ?? saidTo(local) ?? unnamedSpeakers(input))) modality = 'reported';
  else if (attribution && attribution.first > input.triggerLast) {
    modality = 'reported';
    cue = 'said';
  }
  return { modality, negated, attribution, cue };
}
