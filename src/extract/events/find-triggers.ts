// Trigger words in a sentence. A word that is both verb and noun ("support") is read
// as a noun after a determiner or possessive; a noun trigger that is the object of a
// verb trigger is absorbed by it ("cut funding" is one SANCTION, not also an AID),
// unless the verb is a light verb ("provided support" is the SUPPORT).
import type { Token } from '../../text/tokens.ts';
import { isPossessive } from '../../text/tokens.ts';
import words from '../mentions/words.json' with { type: 'json' };
import { makeTrigger, objectList, type Trigger, type TriggerForm, type TriggerLexicon } from './lexicon.ts';
import { byFirst, sortInPlace } from '../order.ts';
import { forOwnDeed, THANKING } from './deeds.ts';

export interface TriggerMatch {
  first: number;
  last: number;
  trigger: Trigger;
  participle: boolean;
}

const NOUN_CONTEXT = new Set(['in', 'at', 'for', 'after', 'during', 'from', 'into', 'without', 'amid', 'despite', 'under', 'two', 'three', 'both', 'several', 'many', 'a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'of', 'any', 'no', 'more', 'less', 'new', 'financial', 'military', 'political', 'strong', 'continued', 'further', 'direct', 'full', 'annual', 'such', 'growing', 'increased', 'significant', 'public', 'official', 'unwavering', 'moral', 'material',
  // "a $3 billion loan": the scale word of an amount before a noun.
  'million', 'billion', 'trillion', 'bn', 'mn',
  // "a fourth sanctions package", "its 14th sanctions package" (the tokenizer leaves "th").
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'latest', 'next', 'last', 'th', 'st', 'nd', 'rd']);

function fits(form: TriggerForm, tokens: readonly Token[], at: number, last: number): number {
  let i = at;
  for (const key of form.keys) {
    if (i < last && tokens[i]!.text === '-') i++;
    if (i >= last || tokens[i]!.key !== key) return 0;
    i++;
  }
  return i - at;
}

/** In an object list: a model designation stands for the thing ("F-16s", "Su-30", "S-400"). */
const MODEL = '#model';
const MODEL_LETTERS = /^\p{Lu}[\p{Lu}\p{Ll}]?\p{Lu}?$/u;

/** "F-16s", "JF-17", "Su-30", "S-400": up to three letters, a hyphen and a number. */
function modelAt(tokens: readonly Token[], i: number): boolean {
  return MODEL_LETTERS.test(tokens[i]!.text) && tokens[i + 1]?.text === '-' && tokens[i + 2]?.kind === 'number' && tokens[i + 1]!.start === tokens[i]!.end;
}

function objectPresent(trigger: Trigger, tokens: readonly Token[], from: number, last: number): boolean {
  if (!trigger.object) return true;
  // Five words on, not counting numbers and hyphens ("to buy 31 MQ-9B drones").
  for (let i = from, words = 0; i < last && words < 5; i++) {
    if (tokens[i]!.kind === 'number' || tokens[i]!.text === '-') continue;
    if (modelAt(tokens, i) && trigger.object.includes(MODEL)) return true;
    words++;
    const k = tokens[i]!.key;
    // "welcomed the envoy's remarks": a possessor is no head of the object.
    if ((trigger.object.includes(k) || (k.endsWith('s') && trigger.object.includes(k.slice(0, -1)))) && !isPossessive(tokens[i + 1])) return true;
  }
  return false;
}

const NAMING_ARTICLES = new Set(['a', 'an']);

/**
 * "Erdogan called Putin on Tuesday", "Ruto rang Museveni to discuss the border": a name right
 * after the verb that ends its clause. Not "called Putin a war criminal" (a name given), "called
 * Russia's bluff", "called on Russia", nor "a militia called Wagner" or "is called Kivu" (naming).
 */
function nameObjectPresent(lex: TriggerLexicon, tokens: readonly Token[], at: number, from: number, last: number, nameEnds: ReadonlySet<number>): boolean {
  if (NAMING_ARTICLES.has(tokens[at - 2]?.key ?? '') || BE_FORMS.has(tokens[at - 1]?.key ?? '')) return false;
  let end = from;
  while (end < last && tokens[end]!.cap) end++;
  if (end === from || !nameEnds.has(end)) return false;
  const next = tokens[end];
  if (end === last || lex.nameObject.ends.has(next!.key)) return true;
  return next!.key === 'to' && lex.nameObject.infinitives.has(tokens[end + 1]?.key ?? '');
}

/** "The treaty was signed", "a pact that was signed": in the passive the object stands before
 * the verb, as the subject of its "was". */
function passiveObjectPresent(trigger: Trigger, tokens: readonly Token[], at: number, first: number): boolean {
  let i = at - 1;
  while (i >= first && PASSIVE_ADVERBS.has(tokens[i]!.key)) i--;
  if (!BE_FORMS.has(tokens[i]?.key ?? '')) return false;
  while (i > first && (BE_FORMS.has(tokens[i - 1]!.key) || HAVE_FORMS.has(tokens[i - 1]!.key))) i--;
  if (RELATIVES.has(tokens[i - 1]?.key ?? '')) i--;
  for (let j = i - 1; j >= Math.max(first, i - 4); j--) {
    const k = tokens[j]!.key;
    if (trigger.object!.includes(k) || (k.endsWith('s') && trigger.object!.includes(k.slice(0, -1)))) return true;
    if (tokens[j]!.kind === 'punct') return false;
  }
  return false;
}

const PASSIVE_ADVERBS = new Set(['also', 'finally', 'formally', 'officially', 'reportedly', 'later', 'eventually', 'jointly']);
const HAVE_FORMS = new Set(['has', 'have', 'had']);
const LOWER_WORD = /^[a-z]+$/;
const DETERMINERS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those']);
const VERB_CONTEXT = new Set(['to', 'will', 'would', 'could', 'should', 'might', 'must', 'may', 'can', 'not', 'did', 'does', 'do', 'they', 'we', 'he', 'she', 'it', 'who', 'which']);

/** "an eight-day visit", "a recent official visit": a determiner shortly before. */
function nounAfterDeterminer(tokens: readonly Token[], at: number): boolean {
  // "the foreign minister called": after an actor noun comes its verb.
  if (ROLE_NOUNS.has(tokens[at - 1]?.key ?? '')) return false;
  for (let i = at - 1; i >= Math.max(0, at - 5); i--) {
    const t = tokens[i]!;
    if (DETERMINERS.has(t.key) || isPossessive(t)) return true;
    // "the Israeli-Palestinian talks": names used as modifiers may stand between.
    if (VERB_CONTEXT.has(t.key) || (t.kind === 'punct' && t.text !== '-')) return false;
  }
  return false;
}

const STANDING_PARTICIPLES = new Set(['backed', 'sponsored', 'supported']);
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'been', 'be', 'being']);
const PRESENT_BE = new Set(['is', 'are']);
const RELATIVES = new Set(['who', 'which', 'that']);

/** ", exiled Fatah member", "a banned group": a participle in front of a noun, not a verb. */
const PREPOSITION_LIKE = new Set(['to', 'for', 'with', 'from', 'in', 'on', 'at', 'against', 'into', 'the', 'a', 'an', 'its', 'their', 'his', 'her', 'and', 'or', 'that', 'which', 'who']);
const ROLE_NOUNS = new Set([...words.actorHeads, 'member', 'members', 'leader', 'commander', 'figure', 'militant', 'militants', 'activist', 'activists', 'official', 'group', 'movement', 'faction', 'fighters', 'cleric', 'dissident', 'politician']);

/** A word that keeps a noun phrase going: a number, a determiner, a preposition, a comma. */
function inNounPhrase(t: Token | undefined): boolean {
  return t !== undefined && (t.kind === 'number' || DETERMINERS.has(t.key) || PREPOSITION_LIKE.has(t.key) || t.text === ',');
}

/** ", a militia backed by", ", an armed group supported by": the participle ends a short aside that describes the name before it. */
function inDescribingAside(tokens: readonly Token[], at: number): boolean {
  for (let i = at - 2; i >= Math.max(1, at - 5); i--) {
    const t = tokens[i]!;
    if ((t.key === 'a' || t.key === 'an') && tokens[i - 1]!.text === ',') return true;
    if (t.kind !== 'word') return false;
  }
  return false;
}

function adjectival(form: TriggerForm, tokens: readonly Token[], at: number, length: number, nameEnds: ReadonlySet<number>): boolean {
  if (!form.participle || !tokens[at]!.key.endsWith('ed')) return false;
  const prev = tokens[at - 1];
  const next = tokens[at + length];
  if (prev?.text === '-' && prev.start === tokens[at]!.start - 1) return true; // "Iran-backed", "Saudi-led"
  // "Hezbollah, backed by Iran,", "the Houthis, who are backed by Tehran,": a standing tie
  // described (a relation), like "Iran-backed", not an event. Money and arms stay events
  // ("which is financed by X"): the ledger counts them.
  if (next?.key === 'by' && STANDING_PARTICIPLES.has(tokens[at]!.key)
    && (prev?.text === ',' || (PRESENT_BE.has(prev?.key ?? '') && RELATIVES.has(tokens[at - 2]?.key ?? '')) || inDescribingAside(tokens, at))) return true;
  // "officials accused of financing Hamas", "companies suspected of arming Russia": a
  // passive with no accuser named (the active verb takes its object before "of"), which
  // says what the accused did, not who accused them.
  if (next?.key === 'of' && prev !== undefined && !BE_FORMS.has(prev.key) && (ROLE_NOUNS.has(prev.key) || nameEnds.has(at) || LOWER_WORD.test(prev.text))) return true;
  // "The EU condemned attacks", "Qatar and Egypt mediated talks": after a name (not a
  // demonym) comes its verb, unless an actor noun follows ("the Hamas armed wing").
  if (nameEnds.has(at) && !ROLE_NOUNS.has(next?.key ?? '')) return false;
  // "24 armed drones", "the armed group": a participle between a determiner and a noun.
  // "24 armed drones", "the armed group", "Palestinian armed groups"
  // A capitalised word before it is an adjective only inside a noun phrase ("to Palestinian
  // armed groups"), not a subject ("Russia deployed troops").
  const adjectiveBefore = prev !== undefined && (prev.kind === 'number' || DETERMINERS.has(prev.key) || (prev.cap && inNounPhrase(tokens[at - 2])));
  if (adjectiveBefore && next && LOWER_WORD.test(next.text) && next.key !== 'by' && !PREPOSITION_LIKE.has(next.key)) return true;
  if (!prev || !next || !next.cap || !(prev.text === ',' || DETERMINERS.has(prev.key))) return false;
  // ", exiled Fatah member": a noun follows the name; ", attacked Israel." is a verb.
  let i = at + length;
  while (tokens[i]?.cap) i++;
  return ROLE_NOUNS.has(tokens[i]?.key ?? '');
}

const STANDING_PRESENT = new Set(['backs', 'supports', 'sponsors']);

/** "Iran, which backs Hamas, …": a standing tie described (a relation), not an event. */
function standingRelative(tokens: readonly Token[], at: number): boolean {
  return STANDING_PRESENT.has(tokens[at]!.key) && RELATIVES.has(tokens[at - 1]?.key ?? '') && tokens[at - 2]?.text === ',';
}

const HOLDING = new Set(['has', 'have', 'had', 'maintains', 'maintain', 'maintained']);

/**
 * "The US, which has a mutual defence treaty with Manila": an agreement held is a standing
 * tie (a relation where it binds in defence), not the act of agreeing.
 */
function heldAgreement(trigger: Trigger, tokens: readonly Token[], at: number): boolean {
  if (trigger.pos !== 'noun' || trigger.type !== 'AGREE') return false;
  for (let i = at - 1; i >= Math.max(0, at - 5); i--) {
    const t = tokens[i]!;
    if (HOLDING.has(t.key)) return true;
    if (t.kind !== 'word' || t.cap) return false;
  }
  return false;
}

/** "back-channel talks", "strike-off": a word joined by a hyphen to the next is part of a compound, no verb. */
function compoundStart(tokens: readonly Token[], at: number): boolean {
  const hyphen = tokens[at];
  return hyphen?.text === '-' && hyphen.start === tokens[at - 1]!.end && tokens[at + 1]?.start === hyphen.end && tokens[at + 1]!.kind === 'word';
}

function givenNearby(lex: TriggerLexicon, tokens: readonly Token[], at: number): boolean {
  // Ten words reach past an amount: "provided Kyiv with more than $60 billion in military aid".
  for (let i = Math.max(0, at - 10); i < at; i++) {
    const k = tokens[i]!.key;
    if (lex.lightVerbs.has(k) || lex.recipientVerbs.has(k) || lex.moneyVerbs.has(k) || lex.transferNouns.has(k)) return true;
  }
  return false;
}

// "thanked Poland for its tanks": what one is thanked for was given.
const THANKS_REACH = 6;

function thankedFor(tokens: readonly Token[], at: number): boolean {
  const forAt = forOwnDeed(tokens, at);
  for (let i = forAt - 1; forAt > 0 && i >= Math.max(0, forAt - THANKS_REACH); i--) if (THANKING.has(tokens[i]!.key)) return true;
  return false;
}

const ADJECTIVE_PREPS = new Set(['for', 'to', 'of']);

/** Of the forms that fit at `at` (all of one length), the reading the context asks for. */
function pick(lex: TriggerLexicon, candidates: readonly TriggerForm[], tokens: readonly Token[], at: number): TriggerForm | null {
  const prev = tokens[at - 1];
  // "voiced support", "received backing": after a light verb comes its noun.
  if (prev && (lex.lightVerbs.has(prev.key) || lex.recipientVerbs.has(prev.key))) return firstOfPos(candidates, 'noun');
  // "Iranian funding", "Qatari support for Hamas": a name used as an adjective before a noun.
  const next = tokens[at + 1]?.key ?? '';
  const gerund = tokens[at]!.key.endsWith('ing') && ADJECTIVE_PREPS.has(next); // "ramped up funding for"
  const afterName = gerund || (prev !== undefined && prev.cap && (tokens[at]!.key.endsWith('ing') || ADJECTIVE_PREPS.has(next)));
  // "accused of financing Hamas": a gerund with a name for object is a verb.
  const gerundObject = tokens[at]!.key.endsWith('ing') && (tokens[at + 1]?.cap === true || (tokens[at + 1]?.key === 'the' && tokens[at + 2]?.cap === true));
  // "the EU sanctions regime" is a noun, "the EU sanctions Russia" a verb: a name follows it.
  const nameNext = tokens[at + 1]?.kind === 'word' && tokens[at + 1]!.cap;
  const nounContext = prev !== undefined && !gerundObject && (afterName || NOUN_CONTEXT.has(prev.key) || prev.kind === 'number' || isPossessive(prev) || (nounAfterDeterminer(tokens, at) && !nameNext));
  const wanted = nounContext ? 'noun' : 'verb';
  // Right after a determiner a verb-only trigger is no event: "both sides", "the arms race".
  if (prev && (DETERMINERS.has(prev.key) || prev.kind === 'number' || prev.key === 'both')) return firstOfPos(candidates, 'noun');
  // "imposed fresh sanctions on", "agreed to boost support for": a verb's object. Not a
  // gerund, which takes an object of its own ("resumed funding Hamas").
  // A word of no noun reading there is part of the object ("cut electricity supplies"),
  // unless it follows the verb at once ("helped arm").
  const verbAt = !nounContext && !tokens[at]!.key.endsWith('ing') ? afterVerb(tokens, at) : -1;
  // A past tense there is the verb of a subject phrase ("Mali's military-led government expelled").
  // "helped arm" is a verb; "targeting ships", "attacked supplies" are not: a form in -s never
  // follows another verb at once.
  const finite = verbAt === at - 1 && !THIRD_PERSON.test(tokens[at]!.key);
  if (verbAt >= 0) return firstOfPos(candidates, 'noun') ?? (finite || tokens[at]!.key.endsWith('ed') ? fittingVerb(candidates, wanted) : null);
  return fittingVerb(candidates, wanted);
}

const THIRD_PERSON = /[^s]s$/;
const PARTICLES = new Set(['up', 'down', 'back']);
const MODALS = new Set(['will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', 'shall']);
const IRREGULAR_PAST = new Set(['cut', 'held', 'made', 'took', 'gave', 'sent', 'won', 'struck', 'sought', 'brought', 'began', 'led', 'had', 'kept', 'paid', 'built', 'drew', 'got', 'put', 'set', 'saw', 'stepped']);

/** Where a past-tense verb ("imposed fresh") or an infinitive ("to boost") stands right
 * before `at`, past at most two adjectives; -1 if none. */
function afterVerb(tokens: readonly Token[], at: number): number {
  for (let i = at - 1; i >= Math.max(0, at - 3); i--) {
    const t = tokens[i]!;
    if (!LOWER_WORD.test(t.text) || PREPOSITION_LIKE.has(t.key) || VERB_CONTEXT.has(t.key)) return -1;
    // ("rejecting calls from": a gerund takes an object too.)
    if ((t.key.endsWith('ed') && t.key.length > 4) || (t.key.endsWith('ing') && t.key.length > 5) || IRREGULAR_PAST.has(t.key) || tokens[i - 1]?.key === 'to') return i;
    // "will host talks", "Qatar hosts talks": after a modal, or in -s right after a name;
    // "steps up support": after the particle of a phrasal verb.
    if (i === at - 1 && (MODALS.has(tokens[i - 1]?.key ?? '') || (THIRD_PERSON.test(t.key) && tokens[i - 1]?.cap === true) || PARTICLES.has(t.key))) return i;
  }
  return -1;
}

function fittingVerb(candidates: readonly TriggerForm[], wanted: 'verb' | 'noun'): TriggerForm | null {
  // A reading whose object is there is the more specific one: "called his counterpart",
  // "called Putin on Tuesday" are calls.
  let fitting: TriggerForm | null = null;
  for (const c of candidates) {
    if (c.trigger.pos !== wanted) continue;
    if (objectChecked(c)) return c;
    fitting ??= c;
  }
  // None of the part of speech wanted: still the reading whose object is there.
  return fitting ?? candidates.find(objectChecked) ?? candidates[0] ?? null;
}

/** A form kept only because the object it needs was found after it. */
function objectChecked(c: TriggerForm): boolean {
  return c.trigger.object !== null || c.trigger.nameObject;
}

function firstOfPos(candidates: readonly TriggerForm[], pos: 'verb' | 'noun'): TriggerForm | null {
  for (const c of candidates) if (c.trigger.pos === pos) return c;
  return null;
}

// "received $12 million from Qatar", "gave $5m to the militia": money as the object of
// a giving or receiving verb is funding even with no funding noun.
const MONEY_AID: Trigger = makeTrigger({ type: 'AID', mode: 'economic', preps: ['to', 'for'] }, 'noun');

function moneyObject(lex: TriggerLexicon, tokens: readonly Token[], at: number, last: number, amountStarts: ReadonlySet<number>): number {
  const k = tokens[at]!.key;
  if (!lex.recipientVerbs.has(k) && !lex.lightVerbs.has(k) && !lex.moneyVerbs.has(k)) return -1;
  // "gave Hamas $50 million", "gives the group an estimated $700m"
  for (let j = at + 1; j < Math.min(last, at + 7); j++) {
    if (amountStarts.has(j)) return j;
    if (tokens[j]!.text === ',' || tokens[j]!.text === ';') return -1;
  }
  return -1;
}

// "Iranian aid to the movement fell sharply", "their funding was reduced drastically".
const DECLINE = new Set(['fell', 'dropped', 'declined', 'decreased', 'shrank', 'dwindled', 'wavered', 'reduced', 'cut', 'slashed', 'halted', 'stopped', 'suspended', 'frozen', 'ended', 'dried', 'plummeted', 'plunged']);
const CUT_AID: Trigger = makeTrigger({ type: 'SANCTION', mode: 'withdraw', preps: ['to', 'for', 'of'] }, 'noun');

function declines(tokens: readonly Token[], t: TriggerMatch, last: number): boolean {
  if (t.trigger.type !== 'AID' || t.trigger.pos !== 'noun') return false;
  for (let i = t.last; i < Math.min(last, t.last + 8); i++) {
    const k = tokens[i]!.key;
    if (DECLINE.has(k)) return true;
    if (k === ',' || k === ';' || k === 'and' || k === 'but' || k === 'which' || k === 'that') return false;
  }
  return false;
}

const TIE_WORDS = new Set(['ties', 'relations', 'relationship', 'contacts', 'ambassador', 'ambassadors', 'envoy', 'diplomats']);

/** SPEC: cutting aid is SANCTION/withdraw, cutting relations or withdrawing an ambassador SANCTION/expel. */
function cutsTies(tokens: readonly Token[], t: TriggerMatch, last: number): boolean {
  if (t.trigger.type !== 'SANCTION' || t.trigger.pos !== 'verb') return false;
  for (let i = t.last; i < Math.min(last, t.last + 4); i++) if (TIE_WORDS.has(tokens[i]!.key)) return true;
  return false;
}

const GRIEVANCE = new Set(['over', 'about']);
const GRIEVANCE_DETERMINERS: ReadonlySet<string> = new Set(['the', 'its', 'their', 'a', 'an']);
export const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);
const GRIEVANCE_MODIFIERS = 2;

/** "over the deployment", "about the port deal": the noun at `at` is what a complaint is about,
 * after "over" or "about", one of `determiners` and at most two lower-case modifiers — no
 * actor named on it. */
export function grievanceAt(tokens: readonly Token[], at: number, determiners: ReadonlySet<string> = GRIEVANCE_DETERMINERS): boolean {
  for (let i = at - 1; i >= Math.max(1, at - 1 - GRIEVANCE_MODIFIERS); i--) {
    if (determiners.has(tokens[i]!.key)) return GRIEVANCE.has(tokens[i - 1]!.key);
    if (!LOWER_WORD.test(tokens[i]!.text)) return false;
  }
  return false;
}
const OBJECT_BREAKERS = new Set(['against', 'over', 'about', 'despite', 'after', 'before', 'during', 'amid', 'because', 'since', 'until', 'with', 'without', 'at', 'in', 'on', 'by', 'from', 'into', ',', ';']);
const JUDGING_VERBS = new Set(['ACCUSE', 'PROTEST', 'SUPPORT', 'REJECT']);
const DEED_NOUNS = new Set(['ASSAULT', 'COERCE', 'SANCTION', 'MOBILIZE', 'REQUEST']);
// Not "lent support", which is words.
const MATERIAL_VERBS = new Set(['give', 'gave', 'given', 'gives', 'giving', 'provide', 'provided', 'provides', 'providing', 'send', 'sent', 'sends', 'supply', 'supplied', 'deliver', 'delivered', 'extend', 'extended', 'offer', 'offered']);
const BLAME: Trigger = makeTrigger({ type: 'ACCUSE', mode: 'disapprove' }, 'verb');
const PRAISE: Trigger = makeTrigger({ type: 'SUPPORT', mode: null }, 'verb');

/** "He described Hamas' stance as hostile" blames; "a statement calling him a martyr" praises. */
function describedAs(lex: TriggerLexicon, tokens: readonly Token[], at: number, last: number): Trigger | null {
  if (!lex.describing.verbs.has(tokens[at]!.key)) return null;
  for (let i = at + 1; i < Math.min(last, at + 9); i++) {
    const k = tokens[i]!.key;
    if (k === ',' && i > at + 2) return null;
    // A word of a name says nothing of it: "also called the Kivu Liberation Army". (In a
    // title-case headline, where the verb too is capitalised, a capital says nothing.)
    if (tokens[i]!.cap && !tokens[at]!.cap) continue;
    if (lex.describing.negative.has(k)) return BLAME;
    if (lex.describing.positive.has(k)) return PRAISE;
  }
  return null;
}


const NO_TOKENS: ReadonlySet<number> = new Set();

/** The types the rules above give a trigger no word of the lexicon starts, or change a trigger to. */
const RULE_TYPES: ReadonlySet<string> = new Set([MONEY_AID.type, CUT_AID.type, BLAME.type, PRAISE.type, 'AID']);

/**
 * Whether findTriggers can find a trigger of one of `types` (none of RULE_TYPES) in the token
 * range: only if some word there starts a form of that type. Cheaper than finding them all.
 */
export function mayFindType(lex: TriggerLexicon, tokens: readonly Token[], first: number, last: number, types: ReadonlySet<string>): boolean {
  for (const type of types) if (RULE_TYPES.has(type)) return true;
  for (let i = first; i < last; i++) {
    const word = tokens[i]!.kind === 'word' ? lex.firstWords.get(tokens[i]!.key) : undefined;
    if (word === undefined) continue;
    for (const form of word.forms) if (types.has(form.trigger.type)) return true;
  }
  return false;
}

/** Amounts given or received, as AID triggers pushed to `found`; returns where they stand. */
function moneyTriggers(lex: TriggerLexicon, tokens: readonly Token[], first: number, last: number, amountStarts: ReadonlySet<number>, found: TriggerMatch[]): ReadonlySet<number> {
  const moneyAt = new Set<number>();
  for (let i = first; i < last; i++) {
    const money = moneyObject(lex, tokens, i, last, amountStarts);
    if (money >= 0 && !moneyAt.has(money)) {
      moneyAt.add(money);
      found.push({ first: money, last: money + 1, trigger: MONEY_AID, participle: false });
    }
  }
  return moneyAt;
}

/**
 * `nameEnds`: token indices right after a mention by name (not a demonym), where a
 * participle is a verb rather than an adjective.
 */
export function findTriggers(lex: TriggerLexicon, tokens: readonly Token[], first: number, last: number, amountStarts: ReadonlySet<number> = NO_TOKENS, nameEnds: ReadonlySet<number> = NO_TOKENS): TriggerMatch[] {
  const found: TriggerMatch[] = [];
  // Most sentences hold no amount, and need no set of their own.
  const moneyAt = amountStarts.size > 0 ? moneyTriggers(lex, tokens, first, last, amountStarts, found) : NO_TOKENS;
  // Verbs of naming, noted on the way ("calling him a martyr"), read after the triggers.
  const naming: number[] = [];
  for (let i = first; i < last; ) {
    const word = tokens[i]!.kind === 'word' ? lex.firstWords.get(tokens[i]!.key) : undefined;
    if (word?.describes) naming.push(i);
    if (!word || word.forms.length === 0) {
      i++;
      continue;
    }
    const forms = word.forms;
    // The longest forms that fit here, all of length `best`.
    const candidates: TriggerForm[] = [];
    let best = 0;
    for (const form of forms) {
      const length = fits(form, tokens, i, last);
      if (length === 0 || length < best) continue;
      if (form.trigger.pos === 'verb' && !objectPresent(form.trigger, tokens, i + length, last) && !(form.participle && passiveObjectPresent(form.trigger, tokens, i, first))) continue;
      if (form.trigger.nameObject && !nameObjectPresent(lex, tokens, i, i + length, last, nameEnds)) continue;
      if (form.trigger.notAfter.includes(tokens[i - 1]?.key ?? '') || form.trigger.notBefore.includes(tokens[i + length]?.key ?? '') || heldAgreement(form.trigger, tokens, i)) continue;
      if (form.trigger.pos === 'verb' && (adjectival(form, tokens, i, length, nameEnds) || compoundStart(tokens, i + length) || standingRelative(tokens, i))) continue;
      if (form.trigger.needsGiving && !givenNearby(lex, tokens, i) && !thankedFor(tokens, i)) continue;
      if (length > best) candidates.length = 0;
      best = length;
      candidates.push(form);
    }
    const chosen = candidates.length === 0 || moneyAt.has(i) ? null : pick(lex, candidates, tokens, i);
    if (!chosen) {
      i++;
      continue;
    }
    found.push({ first: i, last: i + best, trigger: chosen.trigger, participle: chosen.participle });
    // The other words of a trigger are passed over, but a verb of naming among them still counts.
    for (let k = i + 1; k < i + best; k++) if (lex.describing.verbs.has(tokens[k]!.key)) naming.push(k);
    i += best;
  }
  // "calling him a martyr" praises; it is not a call on anyone.
  for (const i of naming) {
    const at = found.findIndex((f) => f.first === i);
    // "called Putin on Tuesday": a call, whatever words of blame come later.
    if (at >= 0 && found[at]!.trigger.nameObject) continue;
    const judged = describedAs(lex, tokens, i, last);
    if (!judged) continue;
    if (at >= 0) found.splice(at, 1);
    found.push({ first: i, last: i + 1, trigger: judged, participle: false });
  }
  sortInPlace(found, byFirst);
  return absorbObjects(lex, tokens, nameEnds, givenWith(tokens, moneyOfKind(tokens, found))).map((t) => (declines(tokens, t, last) ? { ...t, trigger: CUT_AID }
    : cutsTies(tokens, t, last) ? { ...t, trigger: { ...t.trigger, mode: 'expel' } }
    : soldUnderDeal(tokens, t) ? { ...t, trigger: { ...t.trigger, type: 'COOPERATE' } } : t));
}

const AGREEMENTS: ReadonlySet<string> = new Set(objectList('agreements'));

/** "signed a deal to supply gas to Bulgaria", "a contract to deliver LNG": goods handed over
 * under a deal are trade, as a sale is, not aid. */
function soldUnderDeal(tokens: readonly Token[], t: TriggerMatch): boolean {
  if (t.trigger.type !== 'AID') return false;
  // The verb itself after "to", or its goods noun a word or two after it ("to supply gas").
  for (let to = t.first - 1; to >= Math.max(1, t.first - 3); to--) {
    if (tokens[to]!.key === 'to') return AGREEMENTS.has(tokens[to - 1]!.key);
    if (!LOWER_WORD.test(tokens[to]!.text)) return false;
  }
  return false;
}

const AMOUNT_WORDS = new Set(['million', 'billion', 'thousand', 'trillion', 'm', 'bn', 'dollars', 'euros', 'pounds', 'riyals', 'dinars', 'rubles', 'yuan', 'yen', 'usd', 'eur', 'us', 'a', 'an', 'per', 'year', 'annually', 'worth']);

/** "pledged €500 million in humanitarian aid": the amount takes the kind of the aid it is. */
function moneyOfKind(tokens: readonly Token[], found: TriggerMatch[]): TriggerMatch[] {
  for (let k = 0; k + 1 < found.length; k++) {
    const money = found[k]!;
    const noun = found[k + 1]!;
    if (money.trigger !== MONEY_AID || noun.trigger.type !== 'AID' || noun.trigger.pos !== 'noun' || noun.first - money.last > 5) continue;
    // Only the amount's own words and one "in", "of" or "worth" stand between.
    let glue = 0;
    for (let i = money.last; i < noun.first; i++) {
      const k = tokens[i]!.key;
      if (k === 'in' || k === 'of' || k === 'worth') glue++;
      else if (tokens[i]!.kind === 'word' && !AMOUNT_WORDS.has(k)) glue = 2;
    }
    if (glue !== 1) continue;
    found[k] = { ...money, trigger: { ...MONEY_AID, mode: noun.trigger.mode ?? MONEY_AID.mode } };
    found.splice(k + 1, 1);
  }
  return found;
}

// "provided the group with about $144 million a year in military training": the recipient,
// "with" and an amount between the verb and what it gives.
const GIVEN_WITH_REACH = 12;

/** "supplied Syria with wheat and fuel", "provided Cuba with oil": one aid, of the kind of the
 * goods after "with", not the verb's usual kind (supplying is mostly of arms). An amount there
 * takes the kind of the goods named after it ("with $2 million in military training"). */
function givenWith(tokens: readonly Token[], found: TriggerMatch[]): TriggerMatch[] {
  for (let k = 0; k + 1 < found.length; k++) {
    const verb = found[k]!;
    if (verb.trigger.type !== 'AID' || verb.trigger.pos !== 'verb') continue;
    const goods = goodsWith(tokens, found, k);
    if (goods < 0) continue;
    found[k] = { ...verb, trigger: { ...verb.trigger, mode: found[goods]!.trigger.mode ?? verb.trigger.mode } };
    found.splice(goods, 1);
  }
  return found;
}

/** Where in `found` the goods after the verb at `k` and its "with" are: the first aid noun in
 * words, else an amount; -1 if none or no "with". */
function goodsWith(tokens: readonly Token[], found: readonly TriggerMatch[], k: number): number {
  const verb = found[k]!;
  let amount = -1;
  for (let j = k + 1; j < found.length && found[j]!.first - verb.last <= GIVEN_WITH_REACH; j++) {
    const noun = found[j]!;
    // ("with training": a gerund names goods too.)
    if (noun.trigger.type !== 'AID' || (noun.trigger.pos !== 'noun' && !tokens[noun.first]!.key.endsWith('ing'))) return amount;
    const between = tokens.slice(verb.last, noun.first);
    if (!between.some((t) => t.key === 'with') || between.some((t) => t.kind === 'punct' && t.text !== '-' && t.text !== '$')) return amount;
    if (tokens[noun.first]!.kind === 'word') return j;
    amount = j;
  }
  return amount;
}

const AGENT_REACH = 5;

/** "the annexation of Crimea by Russia", "the attack on Somalia by al-Shabaab": a name after
 * "by", a few words after the noun, is the actor named on it, as "Russia's annexation" names it. */
function agentAfter(tokens: readonly Token[], from: number): boolean {
  for (let i = from; i < from + AGENT_REACH; i++) {
    const t = tokens[i];
    if (!t || (t.kind === 'punct' && t.text !== '-')) return false;
    if (t.key !== 'by') continue;
    // "by the RSF", "by al-Shabaab"
    const n = tokens[i + 1]?.key === 'the' ? i + 2 : i + 1;
    return tokens[n]?.cap === true || (tokens[n + 1]?.text === '-' && tokens[n + 2]?.cap === true);
  }
  return false;
}

function absorbObjects(lex: TriggerLexicon, tokens: readonly Token[], nameEnds: ReadonlySet<number>, found: TriggerMatch[]): TriggerMatch[] {
  if (found.length < 2) return found;
  const dropped = new Set<TriggerMatch>();
  // "was killed by a US drone strike": the noun is the passive verb's agent, one event.
  for (let k = 1; k < found.length; k++) {
    const noun = found[k]!;
    const verb = found[k - 1]!;
    if (noun.trigger.pos !== 'noun' || verb.trigger.pos !== 'verb' || !verb.participle) continue;
    const between = tokens.slice(verb.last, noun.first).map((t) => t.key);
    if (between.includes('by') && between.length <= 5) dropped.add(noun);
  }
  for (let k = 0; k < found.length; k++) {
    const verb = found[k]!;
    if (verb.trigger.pos !== 'verb') continue;
    // "stopped funding Hamas", "suspended arming the rebels": the aid ended, one SANCTION.
    const gerund = found[k + 1];
    if (verb.trigger.type === 'SANCTION' && gerund?.first === verb.last && gerund.trigger.type === 'AID' && tokens[gerund.first]!.key.endsWith('ing')) dropped.add(gerund);
    for (let j = k + 1; j < found.length; j++) {
      const noun = found[j]!;
      if (noun.first - verb.last > 4) break;
      if (noun.trigger.pos !== 'noun') continue;
      // "thanked Poland for its support", "criticised Sudan for its raids": the deed of the
      // one named before "for" is an act of its own.
      const deedFor = forOwnDeed(tokens, noun.first);
      if (deedFor >= verb.last && nameEnds.has(deedFor)) break;
      // Only a direct object is absorbed: "cut funding", not "protested against the pressure".
      if (tokens.slice(verb.last, noun.first).some((t) => OBJECT_BREAKERS.has(t.key))) {
        // "criticised NATO over the deployment": the grievance, with no actor of its own, is
        // no act of the one complaining.
        if (JUDGING_VERBS.has(verb.trigger.type) && DEED_NOUNS.has(noun.trigger.type) && grievanceAt(tokens, noun.first)) dropped.add(noun);
        break;
      }
      // "China brokered a deal between A and B": the mediation and the deal, two events.
      if (verb.trigger.mode === 'mediate') break;
      // "Kenya pulled out of talks with Uganda": not a retreat from a place, but talks that
      // will not be held (the modality reads "pulled out of" as their negation).
      if (verb.trigger.type === 'RETREAT' && noun.trigger.type === 'CONSULT') {
        dropped.add(verb);
        break;
      }
      const key = tokens[verb.first]!.key;
      // "Turkey hosted talks between A and B": the talks are the event, the host its third party.
      // ("hosted Ethiopian and Eritrean delegations" is the visit the verb tells.)
      const light = lex.lightVerbs.has(key) || lex.recipientVerbs.has(key) || (verb.trigger.hostIsSubject && noun.trigger.type === 'CONSULT' && noun.trigger.mode !== 'visit');
      // "agreed to boost support for Kyiv", "accused of sending drones": the noun belongs to
      // the infinitive's verb, or to the giving verb between.
      if (!light && tokens.slice(verb.last, noun.first).some((t) => t.key === 'to' || lex.lightVerbs.has(t.key) || lex.recipientVerbs.has(t.key))) break;
      // "condemned the Israeli raid on Jenin": the raid happened too; a verb of judging keeps
      // the act it judges as an event of its own when the act's actor is named on it
      // ("the Israeli raid", "Russia's strikes", "rejected Iranian calls"), not in
      // "condemned attacks on Armenia".
      const actorOnIt = tokens[noun.first - 1]!.cap || isPossessive(tokens[noun.first - 1]) || agentAfter(tokens, noun.last);
      if (JUDGING_VERBS.has(verb.trigger.type) && DEED_NOUNS.has(noun.trigger.type) && actorOnIt) break;
      // "fought a war with Iran": the noun names what the verb needs a preposition for.
      if (light || ((verb.trigger.requirePrep || verb.trigger.mutual) && verb.trigger.type === noun.trigger.type)) {
        dropped.add(verb);
        // "gave support to", "provided backing to": material giving is aid, not words of support.
        if (noun.trigger.type === 'SUPPORT' && MATERIAL_VERBS.has(key)) found[j] = { ...noun, trigger: { ...noun.trigger, type: 'AID' } };
      } else {
        dropped.add(noun);
        // "revoked its military cooperation agreement": the nouns of one compound go together.
        for (let n = j + 1; n < found.length && found[n]!.trigger.pos === 'noun' && found[n]!.first === found[n - 1]!.last; n++) dropped.add(found[n]!);
        // "strengthen military cooperation": the kind the noun names, over the verb's general one.
        const kindOfNoun = verb.trigger.mode === null || (verb.trigger.type === 'COOPERATE' && noun.trigger.mode !== null);
        if (kindOfNoun && verb.trigger.type === noun.trigger.type) {
          found[k] = { ...verb, trigger: { ...verb.trigger, mode: noun.trigger.mode } };
        }
      }
      break;
    }
  }
  return found.filter((t) => !dropped.has(t));
}
