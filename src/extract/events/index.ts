// The event stage: triggers → arguments → date, amount, modality → SPEC events.
import type { ExtractedEvent } from '../../contract.ts';
import type { Sentence, TextLayer } from '../../text/layer.ts';
import type { AmountMention } from '../amounts/index.ts';
import type { DateMention } from '../dates/index.ts';
import type { Registry } from '../entities/registry.ts';
import type { ActorMention } from '../mentions/types.ts';
import { oneActor } from '../mentions/queries.ts';
import { questioned, readModality, supposed } from '../modality/index.ts';
import { findArguments, type Arguments } from './arguments.ts';
import { findTieEvents } from './ties.ts';
import { findDenials, type Accusation } from './denials.ts';
import { findTriggers, mayFindType, type TriggerMatch } from './find-triggers.ts';
import { makeTrigger, triggerLexicon, type Trigger } from './lexicon.ts';
import words from '../mentions/words.json' with { type: 'json' };
import { findThirdParty } from './third-party.ts';
import { coordinatedPairs } from './coordination.ts';
import { clauseBreakBetween, openingSubject } from './clauses.ts';
import { continuesEpisode, eventDate, nearest } from './dating.ts';
import { betweenPair, pairPhrase, recentPair, standIns, withPair } from './two-sides.ts';

/** An event with the reasons it was extracted, for `--explain`. */
export interface EventFinding {
  event: ExtractedEvent;
  rule: string;
  sentence: number;
  /** The two actors "the two sides" of its sentence stood for, when it spoke of them. */
  sides?: readonly [string, string];
}

export interface EventInput {
  docId: string;
  text: TextLayer;
  mentions: readonly ActorMention[];
  registry: Registry;
  dates: readonly DateMention[];
  amounts: readonly AmountMention[];
  published: string | null;
}

// Events that need no one acted upon: "Hezbollah mobilised", "crowds protested".
const TARGET_OPTIONAL = new Set(['MOBILIZE']);
// A place (Gaza, Aleppo) is visited, attacked, blockaded, aided or left; it does not
// accuse or praise, and "support for Aleppo" is about its people, not an actor.
const PLACE_TARGET_TYPES = new Set(['CONSULT', 'ASSAULT', 'COERCE', 'AID', 'SANCTION', 'MOBILIZE', 'RETREAT']);
const THIRD_PARTY_TYPES = new Set(['AGREE', 'SUPPORT', 'CONSULT', 'COOPERATE']);
const SYMMETRIC_EVENTS = new Set(['CONSULT', 'COOPERATE', 'AGREE']);
const AMOUNT_TYPES = new Set(['AID', 'SANCTION', 'COOPERATE', 'AGREE']);
const ORGANIZATION_KINDS = new Set(['organization', 'armed_wing']);

/** Whether a source/target pair can stand: a target unless the type needs none, two
 * different actors, and places only where a place can be the object. */
function admissible(reg: Registry, trig: TriggerMatch, source: ActorMention, target: ActorMention | null): boolean {
  if (!target && !TARGET_OPTIONAL.has(trig.trigger.type)) return false;
  if (target && target.entity === source.entity) return false;
  if (target && withinActor(reg, source.entity, target.entity)) return false;
  // A mediator mediates between parties, not for a place ("a ceasefire in Gaza brokered by Egypt").
  if (trig.trigger.mode === 'mediate' && kindOf(reg, target) === 'other') return false;
  return kindOf(reg, source) !== 'other' && (kindOf(reg, target) !== 'other' || PLACE_TARGET_TYPES.has(trig.trigger.type));
}

function kindOf(reg: Registry, m: ActorMention | null): string | undefined {
  return m ? reg.entities.get(m.entity)?.kind : undefined;
}

/** "the visit", "this meeting", "Hamas leaders' recent visit": a noun that points back to an
 * event already extracted between the same actors is that event, not a new one. */
function refersBack(tokens: TextLayer['tokens'], trig: TriggerMatch, earlier: ReadonlySet<string>, source: ActorMention, target: ActorMention | null): boolean {
  if (trig.trigger.pos !== 'noun') return false;
  const before = tokens.slice(Math.max(0, trig.first - 3), trig.first).map((t) => t.key);
  if (!before.some((k) => k === 'the' || k === 'this' || k === 'that' || k === "'" || k === "'s")) return false;
  const type = trig.trigger.type;
  return earlier.has(pairKey(type, source.entity, target?.entity ?? null)) || earlier.has(pairKey(type, target?.entity ?? null, source.entity));
}

/** "a|b" with the two in code-unit order, as [a, b].sort().join('|') would give. */
function unorderedPair(a: string, b: string): string {
  return a > b ? `${b}|${a}` : `${a}|${b}`;
}

function pairKey(type: string, source: string | null, target: string | null): string {
  return `${type}|${source}|${target}`;
}

const chains = new WeakMap<Registry, Map<string, string[]>>();

/** Putin and Russia, the Qassam Brigades and Hamas: one actor inside the other. */
function withinActor(reg: Registry, a: string, b: string): boolean {
  let known = chains.get(reg);
  if (!known) chains.set(reg, (known = new Map()));
  return chain(reg, known, a).includes(b) || chain(reg, known, b).includes(a);
}

/** The actors `id` belongs to, itself first, computed once per document and actor. */
function chain(reg: Registry, known: Map<string, string[]>, id: string): string[] {
  const hit = known.get(id);
  if (hit) return hit;
  const out = ancestry(reg, id);
  known.set(id, out);
  return out;
}

function ancestry(reg: Registry, id: string): string[] {
  const out: string[] = [];
  for (let e = reg.entities.get(id); e; e = e.parent ? reg.entities.get(e.parent) : undefined) {
    if (out.includes(e.id)) break;
    out.push(e.id, ...e.roles.map((r) => r.of).filter((x): x is string => x !== null));
    for (const role of reg.lexicon.actors.get(e.id)?.roles ?? []) if (role.of && !role.to) out.push(role.of);
  }
  return out;
}

/** Whether each of the event's actors, or an actor it belongs to, was named among `before`
 * ("Ruto met Museveni on Monday. Kenya and Uganda signed…"). */
function namedAmong(reg: Registry, before: readonly ActorMention[], source: ActorMention, target: ActorMention | null): boolean {
  const named = (m: ActorMention) => before.some((b) => b.entity === m.entity || withinActor(reg, b.entity, m.entity));
  return named(source) && (target === null || named(target));
}

function buildEvent(input: EventInput, index: number, mentions: readonly ActorMention[], trig: TriggerMatch, args: Arguments, source: ActorMention, target: ActorMention | null, datesBySentence: ReadonlyMap<number, DateMention[]>, ownUnresolvedDate: boolean, before: readonly ActorMention[]): EventFinding {
  const { tokens, text } = input.text;
  const s = input.text.sentences[index]!;
  const type = trig.trigger.type;
  const mediator = THIRD_PARTY_TYPES.has(type) ? findThirdParty(tokens, mentions, s.first, s.last) : null;
  const third = args.third ?? (mediator && mediator.entity !== source.entity && mediator.entity !== target?.entity ? mediator : null);
  const triggerStart = tokens[trig.first]!.start;
  // "the RSF said they had received no weapons from the UAE": the recipient stands first.
  const reading = readModality({
    tokens, sentenceFirst: s.first, sentenceLast: s.last, mentions,
    // "Qatar will host talks between A and B": the host before the trigger opens the event.
    triggerFirst: trig.first, triggerLast: trig.last, triggerNoun: trig.trigger.pos === 'noun', eventFirst: Math.min(source.last, target?.last ?? trig.first, third?.last ?? trig.first, trig.first),
  });
  const nearAmount = AMOUNT_TYPES.has(type) ? nearest(input.amounts, s, triggerStart) : null;
  const amount = nearAmount && !clauseBreakBetween(tokens, s, triggerStart, nearAmount.start) ? nearAmount : null;
  const event: ExtractedEvent = {
    id: eventId(input.docId, type, source.entity, target?.entity ?? null, triggerStart),
    type,
    mode: trig.trigger.mode,
    source: source.entity,
    target: target?.entity ?? null,
    third: third?.entity ?? null,
    date: eventDate(input, datesBySentence, index, triggerStart, ownUnresolvedDate,
      () => continuesEpisode(tokens, s, trig.first, () => namedAmong(input.registry, before, source, target))),
    amount: amount ? { value: amount.value, currency: amount.currency, per: amount.per, text: amount.text } : null,
    modality: reading.modality,
    negated: reading.negated,
    attribution: reading.attribution && reading.attribution.entity !== source.entity ? reading.attribution.entity : null,
    evidence: { text: text.slice(s.start, s.end), start: s.start, end: s.end },
    confidence: confidence(args.frame, source, target, reading.modality),
  };
  const trigText = text.slice(triggerStart, tokens[trig.last - 1]!.end);
  // Money given or received with no funding word is triggered by the amount itself.
  const kind = tokens[trig.first]!.kind === 'word' ? trig.trigger.pos : 'amount';
  const what = kind === 'amount' && amount ? amount.text : trigText;
  return { event, rule: `${kind} "${what}" (${args.frame} frame${reading.cue ? `, cue "${reading.cue}"` : ''})`, sentence: index };
}

/** Stable across runs: FNV-1a over the document, the fact and its place (64 bits, hex), that is
 * over `${docId}|${type}|${source}|${target ?? ''}|${start}`. */
function eventId(docId: string, type: string, source: string, target: string | null, start: number): string {
  return fnvHex(fnvUpdate(documentSeed(docId), `${type}|${source}|${target ?? ''}|${start}`));
}

/** A 64-bit FNV-1a state as two 32-bit halves: BigInt arithmetic allocated a number per step. */
interface Fnv {
  hi: number;
  lo: number;
}

const FNV_OFFSET: Fnv = { hi: 0xcbf29ce4, lo: 0x84222325 };

function fnvUpdate(state: Fnv, text: string): Fnv {
  let { hi, lo } = state;
  for (let i = 0; i < text.length; i++) {
    lo = (lo ^ text.charCodeAt(i)) >>> 0;
    // × 0x100000001b3 (2^40 + 0x1b3) modulo 2^64; lo × 0x1b3 < 2^53 is exact in a double.
    const low = lo * 0x1b3;
    const carry = Math.floor(low / 0x100000000);
    hi = (Math.imul(hi, 0x1b3) + Math.imul(lo, 0x100) + carry) >>> 0;
    lo = low >>> 0;
  }
  return { hi, lo };
}

function fnvHex(state: Fnv): string {
  return state.hi.toString(16).padStart(8, '0') + state.lo.toString(16).padStart(8, '0');
}

// Every id of a document hashes the same `${docId}|` first: that state is kept, and each event
// hashes only its own part (the document id, 64 characters, was most of the work).
let seededDoc: string | null = null;
let docSeed: Fnv = FNV_OFFSET;

function documentSeed(docId: string): Fnv {
  if (docId !== seededDoc) {
    docSeed = fnvUpdate(FNV_OFFSET, `${docId}|`);
    seededDoc = docId;
  }
  return docSeed;
}

/** The token covering a character offset within [first, last), by binary search, or -1. */
function tokenAt(tokens: TextLayer['tokens'], offset: number, first: number, last: number): number {
  let lo = first;
  let hi = last - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = tokens[mid]!;
    if (offset < t.start) hi = mid - 1;
    else if (offset >= t.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

const NO_AMOUNTS: ReadonlySet<number> = new Set();

/** The tokens where the sentence's amounts start. */
function amountTokens(tokens: TextLayer['tokens'], amounts: readonly AmountMention[] | undefined, s: Sentence): ReadonlySet<number> {
  if (!amounts) return NO_AMOUNTS;
  const starts = new Set<number>();
  for (const a of amounts) {
    const i = tokenAt(tokens, a.start, s.first, s.last);
    if (i >= 0) starts.add(i);
  }
  return starts;
}

function groupBy<T>(items: readonly T[], key: (item: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** Index of the sentence holding a character offset (binary search), or -1. */
function sentenceAt(text: TextLayer, offset: number): number {
  let lo = 0;
  let hi = text.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = text.sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

function confidence(frame: string, source: ActorMention, target: ActorMention | null, modality: string): number {
  let c = frame === 'active' || frame === 'passive' || frame === 'between' || frame === 'mediator' ? 0.7 : 0.6;
  if (source.form === 'name' || source.form === 'capital') c += 0.1;
  if (source.form === 'anaphor' || source.form === 'pronoun' || source.weak) c -= 0.1;
  if (target && (target.form === 'anaphor' || target.form === 'pronoun')) c -= 0.1;
  if (modality === 'alleged') c -= 0.1;
  return Math.round(Math.max(0.2, Math.min(0.95, c)) * 100) / 100;
}

/** A line with no full stop at its end: a headline, even in sentence case ("Azerbaijan,
 * Armenia sign peace framework"), where a comma may stand for "and". */
function unpunctuated(tokens: TextLayer['tokens'], s: Sentence): boolean {
  const end = tokens[s.last - 1];
  return end !== undefined && end.kind === 'word' && s.last - s.first >= 3;
}

/** "Maduro hosted Raisi in Caracas. The two leaders signed 25 agreements.": when the sentence
 * speaks of "the two leaders" or "both sides", one stand-in mention of each of the pair the
 * sentences before told of. */
function pairStandIns(input: EventInput, out: readonly EventFinding[], own: readonly ActorMention[], s: Sentence, index: number): [ActorMention, ActorMention] | null {
  // The phrase first: most sentences have none, and the search for a pair reads every event before.
  const phrase = pairPhrase(input.text.tokens, s);
  // "A and B agreed to a truce, officials on both sides said": the pair of the sentence itself.
  // ("The US and Saudi Arabia mediated between the two sides": those two are not between themselves.)
  const ownPair = phrase && input.text.tokens[phrase.first - 1]?.key !== 'between' && twoActorsBefore(own, phrase.first);
  const pair = phrase && !ownPair ? recentPair(out, input.registry, index, phrase) : null;
  return phrase && pair ? standIns(input.text.tokens, phrase, pair, index) : null;
}

function twoActorsBefore(mentions: readonly ActorMention[], at: number): boolean {
  const first = mentions.find((m) => !m.weak && m.last <= at);
  return first !== undefined && mentions.some((m) => !m.weak && m.last <= at && m.entity !== first.entity);
}

/** The sentence's mentions with one more, in order of position. */
function withMention(mentions: readonly ActorMention[], extra: ActorMention): ActorMention[] {
  const at = mentions.findIndex((m) => m.first > extra.first);
  return at < 0 ? [...mentions, extra] : [...mentions.slice(0, at), extra, ...mentions.slice(at)];
}

/** "the Popular Mobilization Forces", "the Rapid Support Forces": a trigger word inside an
 * actor's multi-word name is part of the name, no event. */
function insideName(mentions: readonly ActorMention[], trig: TriggerMatch): boolean {
  return mentions.some((m) => m.form === 'name' && m.last - m.first >= 2 && trig.first >= m.first && trig.first < m.last);
}

function nameEnds(mentions: readonly ActorMention[]): ReadonlySet<number> {
  const ends = new Set<number>();
  for (const m of mentions) if (!m.weak && m.form !== 'demonym') ends.add(m.last);
  return ends;
}

const FORCE_HEADS: ReadonlySet<string> = new Set(words.forceHeads);
const DEPLOYMENT: Trigger = makeTrigger({ type: 'MOBILIZE', mode: null }, 'verb');

/** "Kenyan police officers arrived in Haiti", "Russian troops visited…": forces that come to
 * a country are deployed there, not visiting it. */
function forcesArriving(tokens: TextLayer['tokens'], trig: TriggerMatch, source: ActorMention): boolean {
  if (trig.trigger.type !== 'CONSULT' || trig.trigger.mode !== 'visit') return false;
  // The head is inside a demonym's mention ("Kenyan troops") or right after a name ("Wagner fighters").
  return FORCE_HEADS.has(tokens[source.last - 1]!.key) || FORCE_HEADS.has(tokens[source.last]?.key ?? '');
}

function sharedOpening(ctx: Parameters<typeof findArguments>[0], trig: TriggerMatch, s: Sentence): Arguments | null {
  const opening = openingSubject(ctx.tokens, ctx.mentions, s);
  return opening && opening.last < trig.first ? findArguments(ctx, trig, opening) : null;
}

export function findEvents(input: EventInput): EventFinding[] {
  const lex = triggerLexicon();
  const { tokens } = input.text;
  const out: EventFinding[] = [];
  const seen = new Map<string, EventFinding>();
  const bySentence = groupBy(input.mentions, (m) => m.sentence);
  // Dates with a value, by sentence; a sentence's dates are those that start in it.
  const datesBySentence = groupBy(input.dates.filter((d) => d.value !== null), (d) => sentenceAt(input.text, d.start));
  const unresolvedDates = new Set(input.dates.filter((d) => d.value === null).map((d) => sentenceAt(input.text, d.start)));
  /** type|source|target of every event so far, for events that refer back to one. */
  const found = new Set<string>();
  /** Accusations so far, which a later denial answers. */
  const accusations: Accusation[] = [];
  const amountsBySentence = groupBy(input.amounts, (a) => sentenceAt(input.text, a.start));
  const isPerson = (m: ActorMention) => input.registry.entities.get(m.entity)?.kind === 'person';
  const isOrganization = (m: ActorMention) => ORGANIZATION_KINDS.has(input.registry.entities.get(m.entity)?.kind ?? '');
  input.text.sentences.forEach((s, index) => {
    const own = bySentence.get(index) ?? [];
    const sides = pairStandIns(input, out, own, s, index);
    const mentions = sides ? withMention(own, sides[0]) : own;
    if (mentions.length < 1) return;
    const headline = s.headline || unpunctuated(tokens, s);
    const ctx = { tokens, mentions, sentenceFirst: s.first, sentenceLast: s.last, recipientVerbs: lex.recipientVerbs, isPerson, isOrganization, headline, pair: sides };
    // An event joins two different actors, but for one that needs no target: where the sentence
    // names a single actor and has no such trigger, nothing can stand, and nothing need be read.
    // A lone actor may still deny what it was just accused of ("Uganda denied the accusation").
    const single = !sides && oneActor(mentions) && !accusations.some((a) => a.sentence >= index - 1);
    if (single && !mayFindType(lex, tokens, s.first, s.last, TARGET_OPTIONAL)) return;
    const amountStarts = amountTokens(tokens, amountsBySentence.get(index), s);
    let mainSubject: ActorMention | null = null;
    const all = findTriggers(lex, tokens, s.first, s.last, amountStarts, nameEnds(mentions));
    // Most sentences have no trigger inside a name: no new array for them.
    const matched = all.some((t) => insideName(mentions, t)) ? all.filter((t) => !insideName(mentions, t)) : all;
    if (single && !matched.some((t) => TARGET_OPTIONAL.has(t.trigger.type))) return;
    const ties = findTieEvents(tokens, mentions, s.first, s.last);
    const triggers = ties.length === 0 ? matched : matched.filter((t) => !ties.some((x) => x.trig.first === t.first));
    /** One trigger with the arguments read for it (or null: read them here) → its events. */
    const take = (trig: TriggerMatch, given: Arguments | null): void => {
      // "He visited Lebanon, meeting with Abbas Ibrahim" and "Kenya expelled two diplomats and
      // recalled its ambassador": the second verb shares the first one's subject, which its
      // arguments are read with ("ordered French troops to leave the country and cut
      // cooperation with Paris": Paris is the target, not the subject's own capital).
      const participial = trig.trigger.pos === 'verb' && ((tokens[trig.first - 1]?.text === ',' && tokens[trig.first]!.key.endsWith('ing')) || tokens[trig.first - 1]?.key === 'and');
      // "Lavrov said the talks had failed and accused Washington…": a verb after "and" with no
      // subject of its own in its clause shares the one the sentence opens with.
      const read: Arguments | null = given ?? findArguments(ctx, trig, participial ? mainSubject : null)
        ?? (participial && !mainSubject && tokens[trig.first - 1]?.key === 'and' ? sharedOpening(ctx, trig, s) : null);
      const args: Arguments | null = read ?? (sides ? betweenPair(tokens, trig, sides) : null);
      if (!args) return;
      // "If Iran attacks Israel, …", "Will Chad attack Sudan?": supposed or asked, not done.
      if (supposed(tokens, s.first, trig.first) || questioned(tokens, s.first, s.last, trig.trigger.pos === 'verb')) return;
      // Only a verb's subject is shared with the next verb ("Shalah led a PIJ delegation to
      // Tehran and met Soleimani": the delegation noun's PIJ is not the one who met).
      if (args.frame === 'active' && !participial && trig.trigger.pos === 'verb') mainSubject ??= args.source;
      const joint = SYMMETRIC_EVENTS.has(trig.trigger.type) || trig.trigger.mutual;
      for (const reading of sides ? withPair(args, sides, trig) : [args]) {
        for (const [source, target] of coordinatedPairs(tokens, mentions, reading, input.registry, headline, trig.trigger.type === 'CONSULT')) {
          if (!admissible(input.registry, trig, source, target)) continue;
          // One event per pair and sentence; for meetings, deals and cooperation either order is the same pair.
          const pair = joint ? unorderedPair(source.entity, target?.entity ?? '') : `${source.entity}|${target?.entity}`;
          const key = `${index}|${trig.trigger.type}|${pair}`;
          const earlier = seen.get(key);
          if (earlier) {
            // "provided Kyiv with $60 billion in military assistance": the verb's event, with the
            // kind the noun after it gives.
            earlier.event.mode ??= trig.trigger.mode;
            continue;
          }
          if (refersBack(tokens, trig, found, source, target)) continue;
          const finding = buildEvent(input, index, mentions, forcesArriving(tokens, trig, source) ? { ...trig, trigger: DEPLOYMENT } : trig, reading, source, target, datesBySentence, unresolvedDates.has(index), bySentence.get(index - 1) ?? []);
          if (sides) finding.sides = [sides[0].entity, sides[1].entity];
          seen.set(key, finding);
          out.push(finding);
          found.add(pairKey(finding.event.type, finding.event.source, finding.event.target));
          if (finding.event.type === 'ACCUSE' && finding.event.target) accusations.push({ source: finding.event.source, target: finding.event.target, sentence: index });
        }
      }
    };
    // The trigger words, then the ties, which come with their arguments, then denials of what
    // was just alleged, which answer its accuser.
    for (const trig of triggers) take(trig, null);
    for (const tie of ties) take(tie.trig, tie.args);
    if (accusations.length > 0) {
      for (const d of findDenials(tokens, mentions, s.first, s.last, index, accusations, bySentence.get(index - 1) ?? [])) take(d.trig, d.args);
    }
  });
  // SPEC: "threatened to cut aid" is a THREATEN; the cut itself did not happen.
  const threats = new Set(out.filter((f) => f.event.type === 'THREATEN').map((f) => `${f.sentence}|${f.event.source}|${f.event.target}`));
  return out.filter((f) => f.event.modality !== 'threatened' || !threats.has(`${f.sentence}|${f.event.source}|${f.event.target}`));
}
