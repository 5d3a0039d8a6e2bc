// Who does what to whom around one trigger. Frames, tried in order:
//   between   "talks between A and B"
//   mediator  "mediated between A and B" (subject = mediator, the first party its target)
//   recipient "Hamas received aid from Iran", "an invitation from Tehran"
//   passive   "Hezbollah is funded by Iran"
//   host      "Erdogan hosted Haniyeh" (the visitor is the source)
//   active    "Iran funds PIJ", "Iran's support for Hamas", "X met with Y"
//   coordinated subject "Iran and Saudi Arabia agreed" (no object found)
import type { Token } from '../../text/tokens.ts';
import { isPossessive } from '../../text/tokens.ts';
import { DAY_AND_MONTH_NAMES } from '../dates/time-phrase.ts';
import type { ActorMention } from '../mentions/types.ts';
import { restated, startingIn } from '../mentions/queries.ts';
import words from '../mentions/words.json' with { type: 'json' };
import cues from '../relations/cues.json' with { type: 'json' };
import { ARTICLES, grievanceAt, type TriggerMatch } from './find-triggers.ts';
import { objectList } from './lexicon.ts';
import { mediatedParties } from './mediation.ts';
import { ownerOf } from './owners.ts';
import { PREPOSITIONS, SUBORDINATORS, verbFollows } from './clauses.ts';
import { forOwnDeed, ownPronounBefore, THANKING } from './deeds.ts';

export interface Arguments {
  source: ActorMention;
  target: ActorMention | null;
  third: ActorMention | null;
  frame: 'between' | 'mediator' | 'recipient' | 'passive' | 'host' | 'active' | 'coordinated';
}

export interface ArgumentContext {
  tokens: readonly Token[];
  /** Mentions of the sentence, in order. */
  mentions: readonly ActorMention[];
  sentenceFirst: number;
  sentenceLast: number;
  isPerson: (m: ActorMention) => boolean;
  /** A movement, group or intergovernmental body (not a state, agency or person). */
  isOrganization: (m: ActorMention) => boolean;
  recipientVerbs: ReadonlySet<string>;
  /** A headline, where "A, B sign deal" lists two actors with a comma. */
  headline: boolean;
  /** "the two sides": one stand-in for each of the pair, the first among `mentions`. */
  pair: readonly [ActorMention, ActorMention] | null;
}

const MEDIATING = new Set(['brokered', 'mediated', 'facilitated', 'arranged', 'negotiated', 'brokering', 'mediating', 'hosted', 'hosting', 'hosts', 'host', 'broker', 'mediate', 'facilitate', 'arrange', 'convene', 'convened']);
// "trained units of the RSF": parts of an actor stand for it.
const UNITS = new Set(['units', 'unit', 'elements', 'officers', 'battalions', 'battalion', 'cadres', 'personnel', 'recruits', 'brigades', 'contingents', 'detachments']);
/** Counts in words: "six Belarusian officials". */
const COUNT_WORDS = new Set(['dozens', 'hundreds', 'thousands', 'scores', 'several', 'many', 'some', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'dozen']);
const QUANTITIES = new Set([...COUNT_WORDS, 'members', 'number', 'at', 'least', 'more', 'than']);
const SKIPPABLE = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'so-called', 'so', 'called', 'both', 'also', 'directly', 'new', 'every', 'each',
  'southern', 'northern', 'eastern', 'western', 'central', 'occupied', 'neighbouring', 'neighboring', 'besieged', 'rebel-held', 'war-torn', 'coastal']);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s"]);
const ADVERBS = new Set(['reportedly', 'allegedly', 'also', 'not', 'never', 'being', 'been', 'widely', 'heavily', 'largely', 'secretly', 'openly', 'still', 'already', 'long', 'partly', 'mainly', 'directly', 'generously', 'regularly']);
// Verbs of saying and knowing whose object is a clause with its own subject:
// "Israeli intelligence believes Iran transferred drones to Hezbollah".
const SAYING_VERBS = new Set(['said', 'says', 'say', 'told', 'added', 'believes', 'believe', 'thinks', 'think', 'found', 'concluded', 'concludes',
  'estimates', 'claims', 'claimed', 'alleges', 'alleged', 'insisted', 'insists', 'suspects', 'fears', 'feared', 'confirmed', 'announced', 'revealed', 'stated', 'noted', 'argued', 'reported', 'reports', 'warned', 'warns', 'acknowledged', 'admitted']);
const CLAUSE_BREAK = new Set([';', ':', '—', '–', 'according', 'but', 'while', 'whereas', 'although', 'though', 'because', ...SAYING_VERBS]);
const PLACE_PREP_LIST: readonly string[] = ['in', 'at', 'near', 'inside', 'outside', 'across'];
const WINDOW = 20;
const ACTOR_HEADS = new Set(words.actorHeads);
const RELATION_NOUNS: ReadonlySet<string> = new Set(words.relationNouns);
const TIE_NOUNS = new Set([...cues.proxyNouns, ...cues.allyNouns, ...cues.patronNouns, ...cues.rivalNouns]);
const AUXILIARIES = new Set(['has', 'have', 'had', 'is', 'was', 'were', 'are', 'will', 'would', 'also', 'then', 'later', 'reportedly', 'allegedly', 'on', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const DIPLOMATS = new Set(['ambassador', 'envoy', 'diplomats', 'consul', 'representative', 'embassy', 'leader', 'leaders', 'head', 'chief', 'headquarters', 'offices', 'office']);
const PRONOUNS = new Set(['they', 'we', 'i', 'you', 'it', 'he', 'she']);
const ACCUSED_PARTICIPLES = new Set(['accused', 'suspected', 'charged', 'convicted']);

/** "accused of", "suspected of" at `i`: a passive whose "of" says what the accused did. */
function accusedOfAt(tokens: readonly Token[], i: number): boolean {
  return ACCUSED_PARTICIPLES.has(tokens[i]?.key ?? '') && tokens[i + 1]?.key === 'of';
}
const OBJECT_PRONOUNS = new Set(['them', 'him', 'it', 'us', 'me']);
// Nouns that let the actor after "of" stand for the phrase: "the leader of Hamas", and
// "called for the overthrow of Assad", "demanded the release of X".
const ENVOYS = /^(minister|president|premier|leader|king|emir|prince|envoy|envoys|ambassador|delegation|delegations|officials|chief|secretary|spokesman|commander|counterparts?)$/;
const SENT_PEOPLE = /^(officials|delegations?|delegates|envoys?|representatives|negotiators|diplomats|ministers|leaders)$/;
const OFFICES = /^(leaders?|heads?|chiefs?|presidents?|king|emir|prince|premiers?|rulers?|ministers?|secretary|general|spokes(man|woman|person)|chairman|government|governments|army|military|ministry|delegations?)$/;
const TITLE_HEADS = /^(leaders?|head|chief|government|administration|regime|family|families|relatives|secretary|general|president|minister|ambassador|envoy|commanders?|representatives?|officials?|members?|spokes(man|woman|person)|king|emir|prince|deputy|director|chairman|overthrow|release|removal|ouster|resignation|expulsion|arrest|extradition|return|withdrawal|disarmament|dismantling|downfall|fall|departure|surrender)$/;
const EXAMPLE_MARKERS = new Set(['notably', 'including', 'especially', 'particularly', 'chiefly', 'mainly']);
const AGENT_VERBS = /^(was|is|were|are|has|had|have|gives|gave|gives|provides|provided|puts|put|exerts|exerted|offers|offered|sends|sent)$/;
// Verbs by which an actor answers what another offers or asks: "Hamas rejected Egyptian demands".
const RESPONSE_VERBS = new Set(['turn', 'turned', 'reject', 'rejected', 'rejects', 'decline', 'declined', 'declines', 'rebuffed', 'accept', 'accepted', 'accepts', 'welcome', 'welcomed', 'welcomes', 'refuse', 'refused', 'refuses', 'dismiss', 'dismissed', 'heed', 'heeded', 'ignore', 'ignored', 'answer', 'answered', 'resist', 'resisted', 'receive', 'received', 'thanked', 'thank', 'defy', 'defied']);
const JOINT_VERBS = new Set(['held', 'hold', 'holds', 'holding', 'had', 'have', 'has', 'conducted', 'conduct', 'began', 'begin', 'opened', 'open', 'launched', 'resumed', 'resume', 'signed', 'sign', 'reached', 'reach', 'concluded', 'agreed', 'struck', 'forged', 'renewed', 'restored', 'established',
  'pledged', 'vowed', 'promised', 'announced', 'deepened', 'expanded', 'boosted', 'stepped', 'initialed', 'initialled', 'inked', 'sealed', 'finalized', 'finalised']);
const SEAT_NOUNS = new Set(words.seatNouns);
// "hosted the leaders of Hamas": before the name, its leaders are its seat too.
const SEAT_BEFORE = new Set([...words.seatNouns, 'leaders']);
const NOT_VERBS = new Set(['and', 'or', 'but', 'nor', 'the', 'a', 'an', 'its', 'their', 'his', 'her', 'that', 'which', 'who', 'whom', 'whose', 'than', 'as', 'both', 'either', 'neither', 'not', 'also', 'then', 'including']);
const GIVING = /^(gave|give|gives|giving|given|sent|send|sends|sending|shipped|ships|ship|offered|offer|offers|paid|pay|pays|handed|hands|promised|promises|pledged|pledges|granted|grants|lent|lends|supplied|supplies|provided|provides|providing|transferred|transfers)$/;
const CLAUSE_WORDS = new Set(['that', 'which', 'who', 'whose', 'whom', 'when', 'while', 'because', 'if', 'as', 'but', 'then', 'said', 'says']);
/** "with the breakaway region of Somaliland": a territory named by what it is, then its name. */
const TERRITORY = /^(region|republic|enclave|territory|province|state|island|kingdom|breakaway|separatist|autonomous|semi-autonomous|self-declared|self-governing)$/;
const TITLE_ADJECTIVES = new Set(['political', 'military', 'senior', 'deputy', 'former', 'top', 'chief', 'supreme', 'foreign', 'defence', 'defense', 'interior', 'acting']);
const SYMMETRIC_TYPES = new Set(['CONSULT', 'COOPERATE', 'AGREE', 'SUPPORT']);
// Acts on things, which stand for their owners.
const OWNED_TYPES = new Set(['COERCE', 'ASSAULT', 'SANCTION']);
/** Acts done to someone, whose doer a noun does not name by itself. */
const DEED_TYPES = new Set(['ASSAULT', 'COERCE', 'SANCTION']);
const JUDGING_TYPES = new Set(['ACCUSE', 'SUPPORT', 'REJECT', 'PROTEST', 'SANCTION', 'COERCE']);
const DESCRIPTIVE = /^[a-z][a-z-]*$/;
const LOWER_WORD = /^[a-z]+$/;
const ADVERB_LY = /^[a-z]+ly$/;
const AND_OR = /^(and|or)$/;
const OPENING_QUOTE = /^["“‘«]$/;
const RELATIVE_AFTER_COMMA = /^(which|who|whose|while|but|although)$/;

// Helpers of the hot paths below are module functions, not closures made per call: a
// closure is an allocation each time (and under tsx a keepNames call as well).

/** A mention starts at `at`, or right after an "and"/"or" there. */
function nameStartsAt(tokens: readonly Token[], mentions: readonly ActorMention[], at: number): boolean {
  return mentions.some((x) => x.first === at || (x.first === at + 1 && AND_OR.test(tokens[at]?.key ?? '')));
}

/** Token `i` lies inside a weak mention ("Iranian" in "Iranian rhetoric"). */
function insideWeak(mentions: readonly ActorMention[], i: number): boolean {
  return mentions.some((x) => x.weak && i >= x.first && i < x.last);
}

/** The preposition governing a mention: the word before it, skipping determiners. */
function prepBefore(tokens: readonly Token[], m: ActorMention, floor: number, mentions: readonly ActorMention[] = []): string | null {
  let i = m.first - 1;
  // "from Poland and Lithuania": the second takes the first's preposition (a comma only
  // inside a list that goes on: "from Poland, Latvia and Lithuania").
  const midList = tokens[m.last]?.key === 'and' || tokens[m.last]?.key === 'or' || (tokens[m.last]?.text === ',' && nameStartsAt(tokens, mentions, m.last + 1));
  if (tokens[i]?.key === 'and' || (tokens[i]?.text === ',' && midList)) {
    const before = mentions.find((x) => x.last === i || (x.last === i - 1 && tokens[i - 1]?.text === ','));
    if (before) return prepBefore(tokens, before, floor, mentions);
  }
  // "with General Security chief Maj. Gen. Abbas Ibrahim", "with the Secretary General of the
  // Ba'ath Party": a title in front of the name does not hide the preposition. With no
  // preposition before the title, the name is still inside "Secretary-General of X".
  const stop = Math.max(floor, m.first - 9);
  let inner: string | null = null;
  // "sanctions on 12 Iranian officials", "on six Belarusian officials": a number may stand between too.
  while (i >= stop && (SKIPPABLE.has(tokens[i]!.key) || tokens[i]!.kind === 'number' || COUNT_WORDS.has(tokens[i]!.key) || tokens[i]!.text === '.' || tokens[i]!.cap || TITLE_HEADS.test(tokens[i]!.key) || TITLE_ADJECTIVES.has(tokens[i]!.key)
    || isPossessive(tokens[i]) || insideWeak(mentions, i) || TERRITORY.test(tokens[i]!.key)
    || (tokens[i]!.key === 'of' && (TITLE_HEADS.test(tokens[i - 1]?.key ?? '') || TERRITORY.test(tokens[i - 1]?.key ?? ''))))) {
    // "the Secretary General of the Ba'ath Party": the name is the object of "of"; in
    // "US Secretary of State Antony Blinken" the "of" belongs to the title before the name.
    const territory = TERRITORY.test(tokens[i - 1]?.key ?? '');
    if (tokens[i]!.key === 'of' && !territory && (i === m.first - 1 || (i === m.first - 2 && tokens[m.first - 1]!.key === 'the'))) inner ??= 'of';
    i--;
  }
  const t = tokens[i];
  if (i < floor || !t) return inner;
  // "said on Thursday it would expel…": the preposition is the day's, not the name's.
  if (i + 1 < m.first && DAY_AND_MONTH_NAMES.has(tokens[i + 1]!.key)) return inner;
  return PREPOSITIONS.has(t.key) ? t.key : inner;
}

/**
 * The first token in [from, from + span) whose key is `key`, or -1. Only that window is
 * read: ctx.tokens holds the whole document, and a scan from its start for every
 * trigger made one long paragraph quadratic.
 */
function keyWithin(tokens: readonly Token[], from: number, span: number, key: string): number {
  for (let i = from; i < Math.min(from + span, tokens.length); i++) if (tokens[i]!.key === key) return i;
  return -1;
}

/** "was killed by a US drone strike": the demonym qualifying the agent noun. */
function weakAgent(ctx: ArgumentContext, trig: TriggerMatch): ActorMention | null {
  const by = keyWithin(ctx.tokens, trig.last, 3, 'by');
  if (by < 0) return null;
  return ctx.mentions.find((m) => m.weak && m.first > by && m.first <= by + 2) ?? null;
}

function isPassive(ctx: ArgumentContext, trig: TriggerMatch): boolean {
  if (trig.trigger.pos !== 'verb' || !trig.participle) return false;
  for (let i = trig.first - 1, seen = 0; i >= ctx.sentenceFirst && seen < 3; i--, seen++) {
    const k = ctx.tokens[i]!.key;
    if (BE.has(k)) return true;
    if (!ADVERBS.has(k)) break;
  }
  return ctx.tokens[trig.last]?.key === 'by';
}

/** A mention right of the trigger, with the preposition that introduces it. */
interface RightMention {
  m: ActorMention;
  prep: string | null;
}

const BORDERS = new Set(['border', 'borders', 'frontier', 'boundary']);

function rightMentions(ctx: ArgumentContext, trig: TriggerMatch): RightMention[] {
  const out: RightMention[] = [];
  let stop = Math.min(ctx.sentenceLast, trig.last + WINDOW);
  for (let i = trig.last; i < stop; i++) {
    const t = ctx.tokens[i]!;
    // "sanctioned Chinese companies accused of arming Russia": what the accused did is theirs.
    if (CLAUSE_BREAK.has(t.key) || (i > trig.last && accusedOfAt(ctx.tokens, i)) || (t.text === ',' && RELATIVE_AFTER_COMMA.test(ctx.tokens[i + 1]?.key ?? ''))
      || (i > trig.last && SUBORDINATORS.has(t.key) && clauseOpens(ctx, i + 1)) || (t.text === ',' && absoluteOpens(ctx, i + 1))) {
      stop = i;
      break;
    }
  }
  for (const m of ctx.mentions) {
    if (m.first < trig.last || m.first >= stop || m.weak) continue;
    let prep = prepBefore(ctx.tokens, m, trig.last, ctx.mentions);
    // "expelled the ambassador of France": France is what was acted on.
    // "killed dozens of Boko Haram fighters": a number of the actor's people, likewise.
    // Not "Russia's invasion of Ukraine", where "of" follows the trigger itself.
    if (prep === 'of' && out.length === 0 && partOf(ctx.tokens, trig.last, m.first)) prep = null;
    // "troops to the border with Venezuela": a place near the state, not a partner.
    if (prep === 'with' && BORDERS.has(ctx.tokens[m.first - 2]?.key ?? '')) prep = 'near';
    out.push({ m, prep });
  }
  return out;
}

/** ", with Russia and China abstaining": "with", names and a participle, a scene of its own. */
function absoluteOpens(ctx: ArgumentContext, at: number): boolean {
  if (ctx.tokens[at]?.key !== 'with') return false;
  let i = at + 1;
  for (let m = startingIn(ctx.mentions, i, i + 1); m; m = startingIn(ctx.mentions, i, i + 1)) {
    i = m.last;
    if (ctx.tokens[i]?.key !== 'and' && ctx.tokens[i]?.text !== ',') break;
    i++;
  }
  return i > at + 1 && ctx.tokens[i]?.kind === 'word' && ctx.tokens[i]!.key.endsWith('ing');
}

/**
 * "froze its payments after Hamas sided with the opposition": a subordinator followed by an
 * actor with a verb of its own opens a clause whose actors are not the trigger's.
 */
function clauseOpens(ctx: ArgumentContext, at: number): boolean {
  const start = ctx.tokens[at]?.key === 'the' ? at + 1 : at;
  const actor = ctx.mentions.find((m) => m.first === start && !m.weak);
  return actor !== undefined && verbFollows(ctx.tokens, actor);
}

/** "the ambassador of", "units of the", "dozens of": between the trigger and the name only
 * words for the actor's people, then "of" (and "the"). */
function partOf(tokens: readonly Token[], from: number, name: number): boolean {
  const of = tokens[name - 1]?.key === 'of' ? name - 1 : tokens[name - 2]?.key === 'of' ? name - 2 : -1;
  if (of <= from) return false;
  for (let i = from; i < of; i++) {
    const t = tokens[i]!;
    if (!(SKIPPABLE.has(t.key) || ACTOR_HEADS.has(t.key) || DIPLOMATS.has(t.key) || QUANTITIES.has(t.key) || UNITS.has(t.key) || t.kind === 'number')) return false;
  }
  return true;
}

const BLAMING = new Set(['sanctioned', 'sanctions', 'sanction', 'punished', 'punish', 'blamed', 'blames', 'criticised', 'criticized', 'criticises', 'criticizes', 'condemned', 'condemns', 'praised', 'praises', 'thanked', 'thanks', 'fined', 'blacklisted', 'penalised', 'penalized', 'targeted', 'rebuked', 'faulted']);

/** Where the "for" stands that introduces the trigger as a deed: "for supplying Russia", "for
 * shipping drones" (the noun as trigger), "for its military support"; -1 if none. */
function deedFor(ctx: ArgumentContext, trig: TriggerMatch): number {
  const gerundAt = ctx.tokens[trig.first]!.key.endsWith('ing') ? trig.first : trig.first - 1;
  if (ctx.tokens[gerundAt - 1]?.key === 'for' && ctx.tokens[gerundAt]?.key.endsWith('ing')) return gerundAt - 1;
  return trig.trigger.pos === 'noun' ? forOwnDeed(ctx.tokens, trig.first) : -1;
}

/**
 * "Washington sanctioned Chinese firms for supplying Russia", "Israel criticised Iran for
 * arming the Houthis": the one sanctioned, blamed or thanked did what follows "for"; with
 * the verb of judging, where it stands.
 */
function blamedAt(ctx: ArgumentContext, trig: TriggerMatch): { named: ActorMention; verb: number } | null {
  const forAt = deedFor(ctx, trig);
  if (forAt < 0) return null;
  // The name right before "for", or a demonym on the noun there ("Turkish firms for").
  const named = ctx.mentions.find((m) => m.last === forAt && (!m.weak || m.form === 'demonym'))
    ?? ctx.mentions.find((m) => m.last === forAt - 1 && m.form === 'demonym' && LOWER_WORD.test(ctx.tokens[forAt - 1]!.text));
  if (!named) return null;
  for (let i = named.first - 1; i >= Math.max(ctx.sentenceFirst, named.first - 8); i--) {
    if (BLAMING.has(ctx.tokens[i]!.key)) return { named, verb: i };
    if (ctx.tokens[i]!.text === ';' || ctx.tokens[i]!.key === 'but' || ctx.tokens[i]!.key === 'while') break;
  }
  return null;
}

function blamedFor(ctx: ArgumentContext, trig: TriggerMatch): ActorMention | null {
  return blamedAt(ctx, trig)?.named ?? null;
}

// What one may be thanked for doing for the thanker: giving, backing, working with it.
const BENEFIT_TYPES = new Set(['AID', 'SUPPORT', 'COOPERATE']);

/** "Kyiv thanked Poland for its military support", "thanked Poland for supplying tanks": with
 * no one else named, what the one thanked did was done for the thanker. Not "thanked the EU
 * for its sanctions", a deed against someone else. */
function thankerOf(ctx: ArgumentContext, trig: TriggerMatch, subj: ActorMention): ActorMention | null {
  if (!BENEFIT_TYPES.has(trig.trigger.type)) return null;
  const blamed = blamedAt(ctx, trig);
  if (!blamed || blamed.named !== subj || !THANKING.has(ctx.tokens[blamed.verb]!.key)) return null;
  return subject(ctx, { first: blamed.verb, last: blamed.verb + 1, trigger: { ...trig.trigger, pos: 'verb' }, participle: false });
}

/** The subject: nearest mention to the left that is not inside a prepositional phrase
 * and not a possessor of some other noun ("Hezbollah, Iran's proxy, backs…" → Hezbollah). */
function subject(ctx: ArgumentContext, trig: TriggerMatch): ActorMention | null {
  // "Somalia expelled Ethiopia's envoy over the port deal with Somaliland": a thing complained
  // of, with no actor named on it, is not the complainer's.
  if (trig.trigger.pos === 'noun' && grievanceAt(ctx.tokens, trig.first, ARTICLES)) return null;
  // "Saudi Arabia's decision to restore ties": the possessor of the intention acts.
  const intender = intentionOwner(ctx, trig);
  if (intender) return intender;
  const blamed = blamedFor(ctx, trig);
  if (blamed) return blamed;
  // "those who threaten Sudan", "Hezbollah, which backs…": the relative pronoun's antecedent.
  let r = trig.first - 1;
  while (r > ctx.sentenceFirst && (ADVERBS.has(ctx.tokens[r]!.key) || AUXILIARIES.has(ctx.tokens[r]!.key))) r--;
  // "whether they support Hamas": a pronoun we could not resolve is the subject, not an earlier name.
  if (r >= ctx.sentenceFirst && PRONOUNS.has(ctx.tokens[r]!.key) && trig.trigger.pos === 'verb' && !ctx.mentions.some((m) => m.first === r)) return null;
  if (r >= ctx.sentenceFirst && ['who', 'which', 'that'].includes(ctx.tokens[r]!.key) && trig.trigger.pos === 'verb') {
    const end = ctx.tokens[r - 1]?.text === ',' ? r - 1 : r;
    // "Israeli soldiers who invaded Gaza": the antecedent may end in the noun it qualifies.
    return ctx.mentions.find((m) => m.last <= end && m.last >= end - 2 && ctx.tokens.slice(m.last, end).every((t) => LOWER_WORD.test(t.text))) ?? null;
  }
  let floor = ctx.sentenceFirst;
  for (let i = trig.first - 1; i >= ctx.sentenceFirst; i--) {
    const k = ctx.tokens[i]!.key;
    if (CLAUSE_BREAK.has(k) && (!SAYING_VERBS.has(k) || speakerApart(ctx, trig, i))) {
      floor = i + 1;
      break;
    }
    // "…met Khamenei two weeks after ceasefires halted Israel's offensive": the verb's subject
    // lies inside the clause that "after" opens — unless that clause is an aside already closed.
    if (SUBORDINATORS.has(k) && !ctx.tokens.slice(i + 1, trig.first).some((t) => t.text === ',')) {
      floor = i + 1;
      break;
    }
    // "The US reaffirmed that its treaty covers attacks on Philippine boats": a deed named in
    // a clause that "that" opens is no act of an actor outside it, unless the clause says so
    // ("said that its attacks would go on").
    if (k === 'that' && trig.trigger.pos === 'noun' && DEED_TYPES.has(trig.trigger.type) && ownPronounBefore(ctx.tokens, trig.first) < 0) {
      floor = i + 1;
      break;
    }
  }
  const gerund = ctx.tokens[trig.first]!.key.endsWith('ing');
  // "accused of" before the trigger, the gerund itself ("accused of arming") or standing
  // before it ("accused of supplying drones"): where the participle is, or -1.
  const ofAt = gerund ? trig.first - 1 : ctx.tokens[trig.first - 1]?.key.endsWith('ing') ? trig.first - 2 : -1;
  const accusedAt = ofAt > 0 && accusedOfAt(ctx.tokens, ofAt - 1) ? ofAt - 1 : -1;
  for (let k = ctx.mentions.length - 1; k >= 0; k--) {
    const m = ctx.mentions[k]!;
    if (m.last > trig.first || m.first < floor) continue;
    // "Iran's outright support", "an Israeli air strike": the actor qualifying the noun.
    // A name right before an amount is not its modifier: "gave Hamas $50 million".
    const wordTrigger = ctx.tokens[trig.first]!.kind === 'word';
    // Not "militias backed by Tehran attacked…": a name inside a phrase is not the verb's subject.
    const adjacent = m.last === trig.first && wordTrigger && (trig.trigger.pos === 'noun' || prepBefore(ctx.tokens, m, floor, ctx.mentions) === null);
    const attached = adjacent || (isPossessive(ctx.tokens[m.last]) && modifiersOnly(ctx.tokens, m.last + 1, trig.first))
      || (m.weak && trig.trigger.pos === 'noun' && trig.first - m.last <= 2 && modifiersOnly(ctx.tokens, m.last, trig.first));
    // "Israel accused Iran of arming Hezbollah": the accused does the arming; so do "officials
    // accused of financing Hamas". ("Iranian officials accused of", "three Iranian firms
    // accused of": the noun after a demonym may stand between.)
    const headed = ACTOR_HEADS.has(ctx.tokens[m.last]?.key ?? '') || (LOWER_WORD.test(ctx.tokens[m.last]?.text ?? '') && accusedOfAt(ctx.tokens, m.last + 1));
    const accusedParticiple = accusedAt >= 0 && (headed ? m.last + 1 : m.last) === accusedAt;
    // A demonym on a noun of no standing ("three Iranian firms") is weak, but not when accused.
    if (m.weak && !attached && !accusedParticiple) continue;
    if (!attached && isPossessive(ctx.tokens[m.last]) && !possessesActor(ctx.tokens, m.last + 1, trig.first)) continue;
    if (!attached && inAppositive(ctx, m, floor)) continue;
    const accusedOf = accusedParticiple || (gerund && m.last === trig.first - 1 - (ctx.tokens[trig.first - 1]?.key === 'of' || ctx.tokens[trig.first - 1]?.key === 'for' ? 0 : 1));
    if (!attached && !accusedOf && objectOfVerb(ctx, m, floor)) continue;
    const prep = prepBefore(ctx.tokens, m, floor, ctx.mentions);
    // "with the former making threats": the absolute construction's actor; "for the
    // organization to further nurture its ties": the actor of the infinitive.
    const absolute = (prep === 'with' && ctx.tokens[m.last]?.key.endsWith('ing')) || (prep === 'for' && ctx.tokens[m.last]?.key === 'to' && trig.first - m.last <= 3);
    // "the Emir of Qatar received…": the office-holder of a state acts for it.
    const office = (prep === 'of' || prep === 'from') && officeOf(ctx, m, trig);
    // "Iran's proxies in Iraq, such as Kataib Hezbollah, attacked…": the example acts.
    const example = (prep === 'as' || prep === 'including') && ctx.tokens[m.last]?.text === ',' && ctx.tokens.slice(m.last + 1, trig.first).every((t) => AUXILIARIES.has(t.key) || ADVERBS.has(t.key));
    // "Prices rose as Iran cut aid", "before Chad closed the border": a clause's own subject.
    const clauseSubject = (prep === 'as' || SUBORDINATORS.has(prep ?? '')) && trig.trigger.pos === 'verb' && ctx.tokens.slice(m.last, trig.first).every((t) => AUXILIARIES.has(t.key) || ADVERBS.has(t.key));
    if (prep && !attached && !absolute && !office && !example && !accusedParticiple && !clauseSubject) continue;
    return m;
  }
  return null;
}

/** "Seoul said the soldiers were trained by Russian instructors": the speaker is not the
 * subject of the verb in the clause said. Not of a noun ("Hamas said a recent visit to Iran…",
 * the speaker's own) unless an actor opens the clause said ("X said Khartoum had sent
 * weapons"), not "is said to have trained", not an aside ("Iran, media said, armed…"). */
function speakerApart(ctx: ArgumentContext, trig: TriggerMatch, said: number): boolean {
  if (BE.has(ctx.tokens[said - 1]?.key ?? '') || ctx.tokens[said + 1]?.text === ',') return false;
  if (trig.trigger.pos === 'verb') return true;
  const opens = ctx.tokens[said + 1]?.key === 'the' ? said + 2 : said + 1;
  return ctx.mentions.some((m) => m.first === opens && m.last <= trig.first && !m.weak);
}

/**
 * "the Emir of Qatar received…", "the leaders of Azerbaijan and Armenia initialed a peace
 * agreement": an office-holder of a state (or of a list of them) acts for it. Only
 * auxiliaries stand before a verb; before a noun, a verb of joint action and modifiers.
 */
function officeOf(ctx: ArgumentContext, m: ActorMention, trig: TriggerMatch): boolean {
  let first = m.first;
  for (let k = ctx.mentions.indexOf(m) - 1; k >= 0; k--) {
    const x = ctx.mentions[k]!;
    const glue = ctx.tokens[first - 1]?.key;
    if (x.last !== first - 1 || (glue !== 'and' && glue !== ',')) break;
    first = x.first;
  }
  // "the Emir of Qatar", "the head of the Arab League"
  if (ctx.tokens[first - 1]?.key === 'the') first--;
  // "officials from the Arab League", "a delegation from Hamas"
  const prep = ctx.tokens[first - 1]?.key;
  const holder = ctx.tokens[first - 2]?.key ?? '';
  if (!((prep === 'of' && OFFICES.test(holder)) || (prep === 'from' && SENT_PEOPLE.test(holder)))) return false;
  const noun = trig.trigger.pos === 'noun';
  for (let i = m.last; i < trig.first; i++) {
    const k = ctx.tokens[i]!.key;
    if (!(AUXILIARIES.has(k) || ADVERBS.has(k) || (noun && (JOINT_VERBS.has(k) || SKIPPABLE.has(k))))) return false;
  }
  return true;
}

// Nouns of intention whose act is the actor's own (modality from its cue: an offer is pledged,
// a refusal negated), and nouns of asking, whose act has not happened at all.
// Efforts and attempts are acts under way, as the texts report them ("efforts to restore ties").
const INTENTION_NOUNS = new Set(['decision', 'move', 'offer', 'pledge', 'promise', 'readiness', 'willingness', 'refusal', 'failure', 'intention', 'threat', 'plan', 'plans', 'bid', 'attempt', 'attempts', 'effort', 'efforts', 'push', 'drive']);
const ASKING_NOUNS = new Set(['request', 'requests', 'call', 'calls', 'demand', 'demands', 'proposal', 'appeal']);

/** "Saudi Arabia's decision to restore ties", "a Qatari offer to mediate": the actor whose
 * decision or offer it is; null when the trigger is no such infinitive. */
function intentionOwner(ctx: ArgumentContext, trig: TriggerMatch): ActorMention | null {
  const noun = infinitiveOf(ctx, trig);
  return noun >= 0 && INTENTION_NOUNS.has(ctx.tokens[noun]!.key) ? ownerBefore(ctx, noun) : null;
}

/** Where the noun stands whose infinitive the trigger is ("request to pressure"); -1 if none. */
function infinitiveOf(ctx: ArgumentContext, trig: TriggerMatch): number {
  return trig.trigger.pos === 'verb' && ctx.tokens[trig.first - 1]?.key === 'to' ? trig.first - 2 : -1;
}

/** "calls from US lawmakers to expel…": a noun of asking a few words before the infinitive;
 * "demands for sanctions on Chad", "calls for an arms embargo": the noun asked for. */
function askedFor(ctx: ArgumentContext, trig: TriggerMatch): boolean {
  if (trig.trigger.pos === 'noun') return askingBefore(ctx.tokens, trig.first, 'for', ctx.sentenceFirst) >= 0;
  if (trig.trigger.pos !== 'verb' || ctx.tokens[trig.first - 1]?.key !== 'to') return false;
  for (let i = trig.first - 2; i >= Math.max(ctx.sentenceFirst, trig.first - 7); i--) {
    const t = ctx.tokens[i]!;
    if (ASKING_NOUNS.has(t.key)) return true;
    if (t.kind === 'punct' && t.text !== '-') return false;
  }
  return false;
}

const ASKED_MODIFIERS = 3;

/** Where the noun of asking stands in "calls for an arms embargo", "a plan to isolate": `at`
 * follows it, its `prep` and at most three lower-case words between; -1 if none. */
function askingBefore(tokens: readonly Token[], at: number, prep: string, floor: number): number {
  for (let i = at - 1; i > Math.max(floor, at - 2 - ASKED_MODIFIERS); i--) {
    if (tokens[i]!.key === prep) return ASKED.has(tokens[i - 1]!.key) ? i - 1 : -1;
    if (!LOWER_WORD.test(tokens[i]!.text)) return -1;
  }
  return -1;
}

// What is asked for, offered or planned ("calls to sanction Venezuela", "a plan for talks with
// Chad"): a verb acting on it acts on the asking, not on those the asking names.
const ASKED = new Set([...ASKING_NOUNS, ...objectList('askings')]);

const ANSWERING = new Set(objectList('answering'));
const PLAN_NOUNS = new Set([...INTENTION_NOUNS, ...ASKED, 'idea', 'ideas', 'scheme', 'proposals']);

/** "Hungary rejected a plan to deploy troops", "opposed the idea to send weapons": the act a
 * plan names, which the verb before it judges, is not the judge's — nor known to be anyone's,
 * unless the plan has an owner ("rejected Russia's plan to deploy troops"). */
function answeredPlan(ctx: ArgumentContext, trig: TriggerMatch): boolean {
  const to = infinitiveMark(ctx, trig);
  const noun = to - 1;
  if (to < 0 || !PLAN_NOUNS.has(ctx.tokens[noun]?.key ?? '')) return false;
  for (let i = noun - 1; i >= Math.max(ctx.sentenceFirst, noun - 1 - ASKED_MODIFIERS); i--) {
    const k = ctx.tokens[i]!.key;
    if (ANSWERING.has(k)) return true;
    const owned = ctx.mentions.some((m) => m.last === i + (isPossessive(ctx.tokens[i]) ? 0 : 1));
    if (owned || !LOWER_WORD.test(ctx.tokens[i]!.text)) return false;
  }
  return false;
}

/** "rejected calls to sanction Venezuela", "backed a proposal for talks with Chad": the name
 * at `name` stands in what the object of the verb ending at `verbEnd` asks for. */
function insideAsked(tokens: readonly Token[], verbEnd: number, name: number): boolean {
  for (let i = verbEnd; i < Math.min(name - 1, verbEnd + ASKED_MODIFIERS); i++) {
    const next = tokens[i + 1]!.key;
    if (ASKED.has(tokens[i]!.key)) return next === 'for' || (next === 'to' && LOWER_WORD.test(tokens[i + 2]!.text));
    if (!LOWER_WORD.test(tokens[i]!.text)) return false;
  }
  return false;
}

/** The actor owning the noun at `noun`: its possessor ("Iran's"), or a name or demonym
 * right before it ("a US request", "the Qatari offer"). */
function ownerBefore(ctx: ArgumentContext, noun: number): ActorMention | null {
  for (let i = noun - 1; i >= Math.max(ctx.sentenceFirst, noun - 4); i--) {
    const owner = ctx.mentions.find((m) => m.last === i + (isPossessive(ctx.tokens[i]) ? 0 : 1));
    if (owner) return owner;
    if (!LOWER_WORD.test(ctx.tokens[i]!.text)) return null;
  }
  return null;
}

// Verbs whose object does what the infinitive after it says.
const CONTROL_VERBS = new Set(['urged', 'urges', 'urging', 'asked', 'asks', 'pressed', 'presses', 'told', 'tells', 'encouraged', 'encourages', 'invited', 'invites', 'ordered', 'orders', 'allowed', 'allows', 'forced', 'forces', 'persuaded', 'convinced', 'pushed', 'pushes', 'on', 'upon', 'begged', 'implored', 'warned', 'advised']);

const CONTROL_DETERMINERS = new Set(['the', 'a', 'an', 'all', 'both', 'its', 'their', 'his', 'her', 'other', 'two', 'three', 'each', 'every']);

/** "urged Washington to pressure Israel", "called on Hamas to release", "pressed Serbia and
 * Kosovo to resume dialogue", "called on all foreign forces to leave": the one urged is asked
 * to act; the act has not happened. */
function urgedToAct(ctx: ArgumentContext, trig: TriggerMatch): boolean {
  const to = infinitiveMark(ctx, trig);
  if (to < 0 || !controlVerbWithin(ctx, to)) return false;
  const verb = beforeAskedOne(ctx, to, (i) => CONTROL_VERBS.has(ctx.tokens[i]!.key));
  return verb >= 0 && calledOn(ctx.tokens, verb);
}

// Verbs that warn someone off an act ("warned China against attacking Taiwan"), and verbs of
// forgoing one ("urged Niger to refrain from attacking Mali").
const WARNING_VERBS = new Set(objectList('warningVerbs'));
const FORGOING_VERBS = new Set(objectList('forgoingVerbs'));
// Between "against" and the act: "against any further attack".
const ACT_QUALIFIERS = new Set(['any', 'a', 'an', 'the', 'further', 'possible', 'new', 'military', 'unilateral', 'such']);

/** "warned China against attacking Taiwan", "cautioned Niger against any attack on Mali",
 * "urged Niger to refrain from attacking Mali": the act warned off has not happened (the
 * warning or the call is the event). */
function warnedOff(ctx: ArgumentContext, trig: TriggerMatch): boolean {
  let i = trig.first - 1;
  while (i > ctx.sentenceFirst && ACT_QUALIFIERS.has(ctx.tokens[i]!.key)) i--;
  if (ctx.tokens[i]?.key === 'against') return beforeAskedOne(ctx, i, (j) => WARNING_VERBS.has(ctx.tokens[j]!.key)) >= 0;
  if (ctx.tokens[i]?.key === 'from') i--;
  const to = i - 1;
  if (!FORGOING_VERBS.has(ctx.tokens[i]?.key ?? '') || ctx.tokens[to]?.key !== 'to' || !controlVerbWithin(ctx, to)) return false;
  const verb = beforeAskedOne(ctx, to, (j) => CONTROL_VERBS.has(ctx.tokens[j]!.key));
  return verb >= 0 && calledOn(ctx.tokens, verb);
}

// Verbs whose "that" clause says what is asked for: "demanded that the junta release…".
const MANDATIVE_VERBS = new Set(objectList('mandatives'));
// Between the one asked and the bare verb: "demanded that the junta immediately release…".
const MANDATIVE_MODALS = new Set(['should', 'must', 'immediately', 'unconditionally', 'also']);

/** "demanded that the junta release Bazoum", "urged that Kosovo should resume dialogue": the
 * act a demand's clause asks for has not happened (the demand is the event). */
function demandedThat(ctx: ArgumentContext, trig: TriggerMatch): boolean {
  if (trig.trigger.pos !== 'verb') return false;
  let end = trig.first;
  while (end > ctx.sentenceFirst && MANDATIVE_MODALS.has(ctx.tokens[end - 1]!.key)) end--;
  // The one asked right before the verb: not "demanded that Kenya had…", a clause of its own.
  if (!ctx.mentions.some((m) => m.last === end && !m.weak)) return false;
  return beforeAskedOne(ctx, end, (i) => ctx.tokens[i]!.key === 'that' && MANDATIVE_VERBS.has(ctx.tokens[i - 1]?.key ?? '')) >= 0;
}

/** Walking back from `end` over the one asked to act — names (joined by "and" or commas),
 * determiners, possessives and at most three other words — where the word `governs` accepts
 * stands; -1 if the walk ends elsewhere. */
function beforeAskedOne(ctx: ArgumentContext, end: number, governs: (i: number) => boolean): number {
  let words = 0;
  for (let i = end - 1; i >= Math.max(ctx.sentenceFirst, end - 11); i--) {
    const t = ctx.tokens[i]!;
    const named = ctx.mentions.find((m) => i >= m.first && i < m.last && !m.weak);
    if (named) {
      i = named.first;
      const before = ctx.tokens[i - 1]?.key === 'the' ? i - 2 : i - 1;
      if (before >= ctx.sentenceFirst && governs(before)) return before;
      continue;
    }
    if (governs(i)) return i;
    // "Serbia and Kosovo", "Serbia, Kosovo and Montenegro": only a joint between names.
    if (t.key === 'and' || t.text === ',') {
      if (!ctx.mentions.some((m) => !m.weak && (m.first === i + 1 || (m.first === i + 2 && ctx.tokens[i + 1]!.key === 'the')))) return -1;
      continue;
    }
    // "asked Kenya's president to visit Haiti": the office of a name is the one urged.
    if (CONTROL_DETERMINERS.has(t.key) || isPossessive(t)) continue;
    if (t.kind !== 'word' || ++words > 3) return -1;
  }
  return -1;
}

/** A verb of urging in the eleven words before `to`: a cheap test before the object is read. */
function controlVerbWithin(ctx: ArgumentContext, to: number): boolean {
  for (let i = to - 1; i >= Math.max(ctx.sentenceFirst, to - 11); i--) if (CONTROL_VERBS.has(ctx.tokens[i]!.key)) return true;
  return false;
}

/** The "to" of the infinitive the trigger is, or whose object it is ("to resume dialogue",
 * "to hold direct talks"); -1 if none. */
function infinitiveMark(ctx: ArgumentContext, trig: TriggerMatch): number {
  if (trig.trigger.pos === 'verb') return ctx.tokens[trig.first - 1]?.key === 'to' ? trig.first - 1 : -1;
  for (let i = trig.first - 2; i >= Math.max(ctx.sentenceFirst, trig.first - 4); i--) {
    if (ctx.tokens[i]!.key === 'to') return i;
    if (!LOWER_WORD.test(ctx.tokens[i + 1]!.text) || PREPOSITIONS.has(ctx.tokens[i + 1]!.key)) return -1;
  }
  return -1;
}

/** "on" and "upon" urge only after "call": "called on", not "attacks on". */
function calledOn(tokens: readonly Token[], at: number): boolean {
  const k = tokens[at]!.key;
  return (k !== 'on' && k !== 'upon') || (tokens[at - 1]?.key.startsWith('call') ?? false);
}

/** "received the Iranian foreign minister", "received a Hamas delegation": people sent by
 * the actor, who may be received like a person. */
function envoyOf(tokens: readonly Token[], m: ActorMention): boolean {
  // The noun may end the mention itself: "his Iranian counterpart".
  return tokens.slice(m.last - 1, m.last + 3).some((t) => ENVOYS.test(t.key));
}

/** "Mali's military-led government", "Iran's foreign ministry": the possessor is the actor.
 * Also of an infinitive: "Angola's president offered to mediate", "Kenya's president to visit". */
function possessesActor(tokens: readonly Token[], from: number, to: number): boolean {
  let end = to;
  if (tokens[end - 1]?.key === 'to' && end - 1 > from) {
    end--;
    if (LOWER_WORD.test(tokens[end - 1]!.text) && !ACTOR_HEADS.has(tokens[end - 1]!.key)) end--;
  }
  while (end > from && (AUXILIARIES.has(tokens[end - 1]!.key) || ADVERB_LY.test(tokens[end - 1]!.key))) end--;
  if (end === from || end - from > 5 || !ACTOR_HEADS.has(tokens[end - 1]!.key)) return false;
  return tokens.slice(from, end - 1).every((t) => t.text === '-' || DESCRIPTIVE.test(t.text));
}

/** "The junta, led by Colonel Assimi Goïta, has been…" and "Hezbollah, which Iran arms,
 * attacked…": a name inside an aside set off by commas is not the main subject. */
function inAppositive(ctx: ArgumentContext, m: ActorMention, floor: number): boolean {
  // An aside is short: the search stops 40 words back, so a long run-on sentence stays linear.
  for (let i = m.first - 1; i >= Math.max(floor, m.first - 40); i--) {
    const k = ctx.tokens[i]!.key;
    // "Iran, which backs Hamas, Hezbollah and the Houthis, condemned…": a comma inside a
    // list of names does not end the aside.
    if (k === ',' && !nameStartsAt(ctx.tokens, ctx.mentions, ctx.tokens[i + 1]?.key === 'the' ? i + 2 : i + 1)) break;
    if (['which', 'who', 'whom', 'whose'].includes(k) && (ctx.tokens[i - 1]?.text === ',' || appositiveNounBefore(ctx, i))) {
      const closed = ctx.tokens.slice(m.last, ctx.sentenceLast).some((t) => t.text === ',');
      if (closed) return true;
    }
  }
  // "X, the junta chief, visited…": the actor may qualify the title the aside gives.
  let end = m.last;
  while (end < m.last + 2 && TITLE_HEADS.test(ctx.tokens[end]?.key ?? '')) end++;
  if (ctx.tokens[end]?.text !== ',') return false;
  // An aside only when a proper subject stands before it; in "the general secretary of the
  // UN, António Guterres, visited…" and "Hamas's political leader, Khaled Meshaal, praised…"
  // the name is the subject.
  for (let i = m.first - 1; i >= Math.max(floor, m.first - 5); i--) {
    if (ctx.tokens[i]!.text === ',') return subjectBefore(ctx, i, floor);
  }
  return false;
}

/** "Khalifa Haftar, the eastern commander who leads the LNA, met…": the relative pronoun at
 * `at` qualifies a common noun in apposition to a name (a comma, then a short lower-case phrase). */
function appositiveNounBefore(ctx: ArgumentContext, at: number): boolean {
  for (let i = at - 1; i >= Math.max(ctx.sentenceFirst + 1, at - 6); i--) {
    const t = ctx.tokens[i]!;
    if (t.text === ',') return i < at - 1 && ctx.mentions.some((m) => m.last === i && !m.weak);
    if (!LOWER_WORD.test(t.text)) return false;
  }
  return false;
}

/** A named actor in [floor, end) that is no possessor and in no prepositional phrase. */
function subjectBefore(ctx: ArgumentContext, end: number, floor: number): boolean {
  for (const x of ctx.mentions) {
    if (x.last <= end && x.first >= floor && !x.weak && !isPossessive(ctx.tokens[x.last]) && !prepBefore(ctx.tokens, x, floor, ctx.mentions)) return true;
  }
  return false;
}

function closeAfter(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from > 6) return false;
  return tokens.slice(from, to).every((t) => t.text !== ',' && t.text !== ';' && !CLAUSE_BREAK.has(t.key) && !['that', 'which', 'who', 'when', 'where', 'if', 'whether'].includes(t.key));
}
/** "Hamas left Damascus and declined to support Assad": Damascus is what "left" acts on, so
 * it is nobody's subject; a name right after a verb that follows another name is an object. */
function skippableBeforeObject(tokens: readonly Token[], i: number): boolean {
  return SKIPPABLE.has(tokens[i]!.key) && (tokens[i]!.key !== 'called' || tokens[i - 1]?.key === 'so');
}

function objectOfVerb(ctx: ArgumentContext, m: ActorMention, floor: number): boolean {
  let i = m.first - 1;
  // "assassinated Hezbollah leader Hassan Nasrallah": the name's title, and the names and
  // adjectives before it, stand between the verb and its object; "Hamas politburo chief
  // Ismail Haniyeh arrived" has no verb before the title at all.
  // ("Hamas affiliate Aknaf Bayt al-Maqdis had been fighting…": a noun of relation, too.)
  // ("so-called" is skipped; "called Maduro a dictator" is a verb and its object.)
  while (i > floor && (skippableBeforeObject(ctx.tokens, i) || TITLE_HEADS.test(ctx.tokens[i]!.key) || ACTOR_HEADS.has(ctx.tokens[i]!.key) || RELATION_NOUNS.has(ctx.tokens[i]!.key) || TITLE_ADJECTIVES.has(ctx.tokens[i]!.key) || ctx.tokens[i]!.cap)) i--;
  const verb = ctx.tokens[i];
  if (!verb || i <= floor || !LOWER_WORD.test(verb.text) || PREPOSITIONS.has(verb.key) || NOT_VERBS.has(verb.key) || ADVERBS.has(verb.key)) return false;
  // "Zorvani Front politburo chief X": a word right before a title qualifies it.
  if (i + 1 < m.first && TITLE_HEADS.test(ctx.tokens[i + 1]!.key)) return false;
  let j = i - 1;
  while (j > floor && (ADVERBS.has(ctx.tokens[j]!.key) || AUXILIARIES.has(ctx.tokens[j]!.key))) j--;
  if (ctx.mentions.some((x) => x.last === j + 1 && x !== m) || PRONOUNS.has(ctx.tokens[j]?.key ?? '')) return true;
  // "Chile's president called Maduro…", "the Chilean president called Maduro…": a title after its actor.
  if (!TITLE_HEADS.test(ctx.tokens[j]?.key ?? '')) return false;
  const owner = isPossessive(ctx.tokens[j - 1]) ? j - 1 : j;
  return ctx.mentions.some((x) => x.last === owner && x !== m);
}

/**
 * "Hamas condemned the Israeli raid", "froze Russian assets", "sanctions on two
 * Wagner-linked companies": what is judged or struck belongs to the actor its demonym or
 * compound names. A noun reaches it through one of its prepositions.
 */
const DEMONYM_REACH = 4;

function demonymObject(ctx: ArgumentContext, trig: TriggerMatch, subj: ActorMention): ActorMention | null {
  const t = trig.trigger;
  const from = t.pos === 'noun' && t.preps.includes(ctx.tokens[trig.last]?.key ?? '') ? trig.last + 1 : trig.last;
  if (t.pos === 'noun' && from === trig.last) return null;
  for (const m of ctx.mentions) {
    // "deported 8,000 Afghan refugees", "executed at least 20 Kurdish activists": a count may
    // stand between, of up to three words.
    if (!m.weak || m.first < from || m.first > from + DEMONYM_REACH || m.entity === subj.entity) continue;
    if (ctx.tokens.slice(from, m.first).every((k) => SKIPPABLE.has(k.key) || QUANTITIES.has(k.key) || k.kind === 'number')) return m;
  }
  return null;
}

const UTTERANCES = new Set(['REQUEST', 'ACCUSE', 'THREATEN', 'PROTEST']);

/** "calls from US lawmakers to expel…", "threats from Tehran": who made the call or threat. */
function saidFrom(ctx: ArgumentContext, trig: TriggerMatch, right: readonly RightMention[]): ActorMention | null {
  if (trig.trigger.pos !== 'noun' || trig.trigger.sourceAfterFrom || !UTTERANCES.has(trig.trigger.type) || ctx.tokens[trig.last]?.key !== 'from') return null;
  return right.find((r) => r.prep === 'from' && r.m.first <= trig.last + 3)?.m ?? null;
}

/** Verbs by which an act brings a reaction on itself. */
const CAUSING = new Set(['drawing', 'drew', 'prompting', 'prompted', 'sparking', 'sparked', 'triggering', 'triggered', 'provoking', 'provoked', 'earning', 'earned']);
const REACTION_MODIFIERS = 2;

/** "Pyongyang fired a missile, drawing condemnation from Seoul": whom the reaction answers, the
 * first actor of the sentence before the verb that draws it; null when no such verb stands
 * right before the noun. */
function reactionTo(ctx: ArgumentContext, trig: TriggerMatch, reactor: ActorMention): ActorMention | null {
  let i = trig.first - 1;
  while (i > trig.first - 1 - REACTION_MODIFIERS && LOWER_WORD.test(ctx.tokens[i]?.text ?? '') && !CAUSING.has(ctx.tokens[i]!.key)) i--;
  if (!CAUSING.has(ctx.tokens[i]?.key ?? '')) return null;
  return ctx.mentions.find((m) => m.first >= ctx.sentenceFirst && m.last <= i && !m.weak && m.entity !== reactor.entity) ?? null;
}

/** "rejecting calls from US lawmakers", "welcomed an offer from Qatar", "rejected the
 * proposal by Athens": the one the judged thing comes from. */
function fromWhom(ctx: ArgumentContext, trig: TriggerMatch, right: readonly RightMention[]): ActorMention | null {
  const from = authorPrepAt(ctx.tokens, trig.last);
  const names = from < 0 ? -1 : namesOnThing(ctx, right, trig.last, from);
  // Lower-case words alone reach five words: in "restore relations in a deal brokered by
  // China" the "by" is the broker's.
  if (names < 0 || (names === 0 && from - trig.last >= LOWER_AUTHOR_REACH)) return null;
  const prep = ctx.tokens[from]!.key;
  return right.find((r) => r.prep === prep && r.m.first <= from + 3)?.m ?? null;
}

/** How many names the thing judged in [from, to) is done to ("the annexation of Crimea by",
 * "the sale of drones to Ethiopia by"); -1 if anything but lower-case words and such names
 * stands there. */
function namesOnThing(ctx: ArgumentContext, right: readonly RightMention[], from: number, to: number): number {
  let names = 0;
  for (let i = from; i < to; i++) {
    if (LOWER_WORD.test(ctx.tokens[i]!.text)) continue;
    const named = right.find((r) => r.m.first === i && r.m.last <= to && r.prep !== null && r.prep !== 'by' && r.prep !== 'from');
    if (!named) return -1;
    names++;
    i = named.m.last - 1;
  }
  return names;
}

const SEAT_REACH = 2;

/** "the Hamas political bureau", "Hamas's offices": a seat noun in the name's mention or within
 * two words after it. */
export function seatOf(tokens: readonly Token[], m: ActorMention): boolean {
  for (let i = m.first + 1; i < m.last + SEAT_REACH && tokens[i]?.kind === 'word'; i++) if (SEAT_NOUNS.has(tokens[i]!.key)) return true;
  return false;
}

/** "hosted a delegation from Ethiopia", "received envoys from Chad": the sender named after a
 * noun of persons sent. */
function sentBy(ctx: ArgumentContext, trig: TriggerMatch, right: readonly RightMention[]): ActorMention | null {
  const from = right.find((r) => r.prep === 'from' && r.m.first - trig.last <= 4)?.m;
  if (!from) return null;
  const between = ctx.tokens.slice(trig.last, from.first - 1);
  return between.some((k) => ACTOR_HEADS.has(k.key)) && between.every((k) => LOWER_WORD.test(k.text)) ? from : null;
}

// "the sale of drones to Ethiopia by": the thing judged and whom it is done to.
const AUTHOR_REACH = 7;
const LOWER_AUTHOR_REACH = 5;

/** The first "from" or "by" in the seven words from `at` ("an offer of aid from"), or -1. */
function authorPrepAt(tokens: readonly Token[], at: number): number {
  for (let i = at; i < Math.min(at + AUTHOR_REACH, tokens.length); i++) if (tokens[i]!.key === 'from' || tokens[i]!.key === 'by') return i;
  return -1;
}

/** "Iran's outright military and financial support": only modifiers between. */
function modifiersOnly(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from > 7) return false;
  for (let i = from; i < to; i++) {
    const k = tokens[i]!;
    if (k.kind === 'number' || k.text === '-') continue; // "Israel's 22-day offensive"
    if (!DESCRIPTIVE.test(k.text) || BE.has(k.key) || PREPOSITIONS.has(k.key)) return false;
  }
  return true;
}

const SENTENCE_END = new Set(['.', '!', '?', ':', '"', '“', '”']);

/** In a title-case headline every word is capitalised ("Russia, Ukraine Swap Prisoners"), so
 * a capital says "name" only when the text also writes the word so inside a sentence
 * ("…Meet Zorvani Envoy" and later "the Zorvani envoy"). */
function capitalisedElsewhere(ctx: ArgumentContext, at: number): boolean {
  const key = ctx.tokens[at]!.key;
  for (let i = 1; i < ctx.tokens.length; i++) {
    if (i >= ctx.sentenceFirst && i < ctx.sentenceLast) continue;
    const t = ctx.tokens[i]!;
    if (t.key === key && t.cap && !SENTENCE_END.has(ctx.tokens[i - 1]!.text)) return true;
  }
  return false;
}

/** "Sudan's army and the paramilitary RSF", "President Santos and FARC leader Londoño". */
function coordinatedWith(ctx: ArgumentContext, m: ActorMention): ActorMention | null {
  if (ctx.pair && m === ctx.pair[0]) return ctx.pair[1];
  const named = restated(ctx.tokens, ctx.mentions, m);
  const before = ctx.mentions.filter((x) => x.last <= named.first && !x.weak).at(-1);
  if (!before) return null;
  const glue = ctx.tokens.slice(before.last, named.first);
  if (ctx.headline && glue.length === 1 && glue[0]!.text === ',') return before;
  if (glue.length > 6 || !glue.some((t) => t.key === 'and')) return null;
  // "…defeated Israel's aims and that Tehran backed…" joins two clauses, not two actors.
  if (glue.some((t) => CLAUSE_WORDS.has(t.key))) return null;
  // "President Maduro and Guyanese President Ali": titles and demonyms may stand between.
  const ok = glue.every((t, k) => t.key === 'and' || t.text === ',' || isPossessive(t) || DESCRIPTIVE.test(t.text) || insideWeak(ctx.mentions, before.last + k) || (t.cap && !ctx.mentions.some((x) => !x.weak && before.last + k >= x.first && before.last + k < x.last)));
  return ok ? before : null;
}

const HEADS_OF_STATE = new Set(['president', 'prime', 'premier', 'king', 'queen', 'emir', 'chancellor', 'sultan', 'leader', 'crown']);

/**
 * "Japanese Foreign Minister X and Defence Minister Y": the actor named for the first of two
 * office-holders, and for no one else, is the second's too; they act together, not with
 * each other. ("President Maduro and Guyanese President Ali" are two sides.)
 */
function sameSideOfficials(ctx: ArgumentContext, first: ActorMention, second: ActorMention): boolean {
  if (!ctx.isPerson(first) || !ctx.isPerson(second)) return false;
  if (ctx.mentions.some((m) => m.first >= first.last && m.last <= second.first)) return false;
  const glue = ctx.tokens.slice(first.last, second.first);
  // A head of state or government heads a side of his own: "Russian President Putin and President Xi".
  if (!glue.some((t) => t.cap) || glue.some((t) => HEADS_OF_STATE.has(t.key))) return false;
  return ctx.mentions.some((m) => m.last <= first.first && m.last >= first.first - 4 && !ctx.isPerson(m));
}

// "blocked Sweden's NATO bid", "opposed Ukraine's EU membership": what is asked for is the applicant's.
const BIDS = objectList('bids');

/** "to Iran's arch-rival Saudi Arabia": the possessor only qualifies the actor after it. */
function ownedActor(ctx: ArgumentContext, m: ActorMention | null, objects: readonly string[] | null): ActorMention | null {
  if (!m || !isPossessive(ctx.tokens[m.last])) return m;
  const owned = ctx.mentions.find((x) => x.first > m.last && x.first <= m.last + 4 && !x.weak);
  // "blocked Sweden's NATO bid": the second name qualifies the thing acted on.
  if (owned && objects?.includes(ctx.tokens[owned.last]?.key ?? '')) return m;
  // Not "Sweden's bid to join NATO": a preposition starts a phrase of its own.
  return owned && ctx.tokens.slice(m.last + 1, owned.first).every((t) => t.text === '-' || (DESCRIPTIVE.test(t.text) && !PREPOSITIONS.has(t.key))) ? owned : m;
}

const JOINT_TYPES = new Set(['CONSULT', 'COOPERATE', 'AGREE']);
// Deeds only a state's own rulers or forces do: "the coup in Niger" is Niger's.
const STATE_DEEDS = new Set(objectList('stateDeeds'));
const DEED_REACH = 4;

/** "condemned the coup in Niger", "criticised the brutal crackdown in Iran": what is judged is
 * a state's deed placed in that state, which is the target. */
function deedPlacedAfter(ctx: ArgumentContext, trig: TriggerMatch): ActorMention | null {
  for (let i = trig.last; i < Math.min(ctx.sentenceLast, trig.last + DEED_REACH); i++) {
    if (STATE_DEEDS.has(ctx.tokens[i]!.key)) return placeOfDeed(ctx, i);
    if (!LOWER_WORD.test(ctx.tokens[i]!.text) || PREPOSITIONS.has(ctx.tokens[i]!.key)) return null;
  }
  return null;
}

/** "The coup in Gabon was condemned by France": the deed placed in a state as the passive's subject. */
function deedPlacedBefore(ctx: ArgumentContext, trig: TriggerMatch): ActorMention | null {
  let i = trig.first - 1;
  while (i > ctx.sentenceFirst && (BE.has(ctx.tokens[i]!.key) || ADVERBS.has(ctx.tokens[i]!.key))) i--;
  const m = ctx.mentions.find((x) => x.last === i + 1 && !x.weak);
  return m && m.first >= 2 && STATE_DEEDS.has(ctx.tokens[m.first - 2]!.key) ? placeOfDeed(ctx, m.first - 2) : null;
}

/** The actor named right after "in" after the deed noun at `at`. */
function placeOfDeed(ctx: ArgumentContext, at: number): ActorMention | null {
  if (ctx.tokens[at + 1]?.key !== 'in') return null;
  return ctx.mentions.find((m) => m.first === at + 2 && !m.weak) ?? null;
}

/** "The treaty was signed by Kyrgyz President X and Tajik President Y": a joint act in the
 * passive, with no actor before it, is done by the two named after "by". */
function jointAgents(ctx: ArgumentContext, t: TriggerMatch['trigger'], agent: ActorMention): Arguments | null {
  if (!(JOINT_TYPES.has(t.type) || t.mutual) || t.mode === 'visit' || t.mode === 'mediate' || t.hostIsSubject) return null;
  const partner = ctx.mentions.find((m) => m.first > agent.last && !m.weak && coordinatedWith(ctx, m) === agent);
  return partner && partner.entity !== agent.entity ? { source: agent, target: partner, third: null, frame: 'coordinated' } : null;
}

/** The first mention on the right introduced by one of `preps`. */
function afterPrep(right: readonly RightMention[], preps: readonly string[]): ActorMention | null {
  return right.find((r) => r.prep !== null && preps.includes(r.prep))?.m ?? null;
}

/**
 * The actor a phrase names after qualifying it: "his Chadian counterpart Idriss Deby" (a
 * demonym and its noun, then a person), "its Lebanon proxy Hezbollah" (a place, then a
 * noun of standing ties).
 */
function namedActor(ctx: ArgumentContext, m: ActorMention): ActorMention {
  if (m.form === 'demonym' && m.last - m.first >= 2) {
    // "his Chadian counterpart Idriss Deby", "his Chadian counterpart, Idriss Deby,"
    const at = ctx.tokens[m.last]?.text === ',' ? m.last + 1 : m.last;
    const next = ctx.mentions.find((x) => x.first === at);
    return next && ctx.isPerson(next) ? next : m;
  }
  if (!TIE_NOUNS.has(ctx.tokens[m.last]?.key ?? '')) return m;
  // "its Yemen proxy, the Houthis", "its Lebanon proxy “Hezbollah”"
  let at = m.last + 1;
  if (ctx.tokens[at]?.text === ',') at++;
  if (ctx.tokens[at]?.key === 'the') at++;
  if (OPENING_QUOTE.test(ctx.tokens[at]?.text ?? '')) at++;
  return ctx.mentions.find((x) => x.first === at && !x.weak) ?? m;
}

/** "Russia and Cuba congratulated Maduro", "A and B recognised the new government": praise, or
 * recognition of something named, done together is not done to each other (ties restored
 * together are: "A and B restored ties"). */
function judgesAnother(ctx: ArgumentContext, trig: TriggerMatch): boolean {
  const t = trig.trigger;
  return t.type === 'SUPPORT' && (t.mode === null || (t.object === null && ARTICLES.has(ctx.tokens[trig.last]?.key ?? '')));
}

/** `shared`: the subject a verb shares with the verb before it ("expelled X and recalled Y"). */
export function findArguments(ctx: ArgumentContext, trig: TriggerMatch, shared: ActorMention | null = null): Arguments | null {
  const raw = findArgumentsRaw(ctx, trig, shared);
  if (!raw) return raw;
  const source = namedActor(ctx, raw.source);
  const args = source === raw.source ? raw : { ...raw, source };
  if (!args.target) return args;
  // "opposed Ukraine's EU membership", "backed Sweden's NATO bid", "threatened to block
  // Sweden's NATO bid": what is judged or acted on is the applicant's.
  const target = namedActor(ctx, ownedActor(ctx, args.target, trig.trigger.object ? [...trig.trigger.object, ...BIDS] : BIDS) ?? args.target);
  return target.entity !== args.source.entity && target !== args.target ? { ...args, target } : args;
}

function findArgumentsRaw(ctx: ArgumentContext, trig: TriggerMatch, shared: ActorMention | null): Arguments | null {
  // "Mikati urged Washington to pressure Israel", "a US request to pressure Hamas": what is
  // asked for has not happened; the request is the event.
  if (urgedToAct(ctx, trig) || demandedThat(ctx, trig) || warnedOff(ctx, trig)) return null;
  if (askedFor(ctx, trig) || answeredPlan(ctx, trig)) return null;
  const t = trig.trigger;
  const right = rightMentions(ctx, trig);
  const from = shared ? null : saidFrom(ctx, trig, right);
  // "…, drawing condemnation from Seoul", "prompting protests from Beijing": a reaction to
  // what the sentence's first actor did.
  const reacted = from ? reactionTo(ctx, trig, from) : null;
  if (from && reacted) return { source: from, target: reacted, third: null, frame: 'active' };
  const subj = shared ?? from ?? subject(ctx, trig);

  // "the US-Iranian talks", "Israeli-Palestinian negotiations": the two sides before the noun.
  if (t.pos === 'noun' && SYMMETRIC_TYPES.has(t.type)) {
    const b = ctx.mentions.find((m) => m.last === trig.first);
    const a = b && ctx.tokens[b.first - 1]?.text === '-' ? ctx.mentions.find((m) => m.last === b.first - 1) : undefined;
    if (a && b && a.entity !== b.entity) return { source: a, target: b, third: null, frame: 'between' };
  }
  // "between" right after the trigger: in "flew to Moscow to meet Putin, in an attempt to
  // mediate between Russia and Ukraine" the meeting is not between the two.
  // A noun takes "between" only when it can ("talks between", not "the war … between").
  const canBetween = t.pos === 'verb' || t.preps.includes('between');
  const betweenIndex = canBetween ? right.findIndex((r) => r.prep === 'between' && r.m.first - trig.last <= 4 && !ctx.tokens.slice(trig.last, r.m.first).some((k) => k.text === ',')) : -1;
  // "between the army, led by General X, and the RSF": B is the one after "and".
  const partner = betweenIndex >= 0 ? right.slice(betweenIndex + 1).find((r) => ctx.tokens[r.m.first - 1]?.key === 'and' || ctx.tokens[r.m.first - 2]?.key === 'and') : undefined;
  if (betweenIndex >= 0 && partner) {
    const a = right[betweenIndex]!.m;
    const b = partner.m;
    if (t.mode === 'mediate') return subj ? { source: subj, target: a, third: b, frame: 'mediator' } : null;
    // "Beijing criticised the deal between Tokyo and Manila": what is between the two is the
    // object of a one-sided verb, and both are its targets.
    // So is what is welcomed or praised: "Ghana welcomed the truce between Israel and Hamas" (only
    // ties restored between two are theirs, a SUPPORT with a mode).
    if (t.pos === 'verb' && subj && (!SYMMETRIC_TYPES.has(t.type) || (t.type === 'SUPPORT' && t.mode === null))) return { source: subj, target: a, third: null, frame: 'active' };
    // "Beijing brokered the deal between Riyadh and Tehran": the broker is the third party.
    const verb = ctx.tokens.slice(Math.max(ctx.sentenceFirst, trig.first - 4), trig.first).findLastIndex((k) => MEDIATING.has(k.key));
    const broker = verb >= 0 ? ctx.mentions.filter((m) => m.last <= Math.max(ctx.sentenceFirst, trig.first - 4) + verb && !m.weak).at(-1) : undefined;
    return { source: a, target: b, third: broker && broker.entity !== a.entity && broker.entity !== b.entity ? broker : null, frame: 'between' };
  }
  const recipientVerb = ctx.tokens.slice(Math.max(ctx.sentenceFirst, trig.first - 4), trig.first).some((k) => ctx.recipientVerbs.has(k.key));
  // "received aid from Iran", "received a phone call from Pezeshkian", "received a delegation from Hamas"
  if ((recipientVerb && t.pos === 'noun' && (t.type === 'AID' || t.type === 'SANCTION' || t.type === 'CONSULT')) || t.sourceAfterFrom) {
    // "received a delegation of Palestinian Islamic Jihad": a delegation is of its sender.
    const giver = afterPrep(right, t.type === 'CONSULT' && ctx.tokens[trig.last]?.key === 'of' ? ['of'] : ['from', 'by']);
    if (giver) return { source: giver, target: subj, third: null, frame: 'recipient' };
    if (recipientVerb && t.type !== 'CONSULT') return null;
  }
  if (isPassive(ctx, trig)) {
    // "were expelled from Jordan": with no "by", the country they were expelled from expelled them.
    // The agent follows the verb closely: "expelled from Jordan in 1999 and briefly hosted by
    // Qatar" — Qatar hosted, it did not expel.
    const near = right.filter((r) => r.m.first - trig.last <= 6 && !ctx.tokens.slice(trig.last, r.m.first).some((k) => k.key === 'and' || k.text === ','));
    const agent = near.find((r) => r.prep === 'by')?.m ?? weakAgent(ctx, trig) ?? (t.mode === 'expel' ? near.find((r) => r.prep === 'from')?.m ?? null : null);
    // "Hamas's military build-up was funded by Iran": the possessor is what was funded.
    const possessor = ctx.mentions.filter((m) => m.last < trig.first && m.first > (subj?.last ?? -1) && isPossessive(ctx.tokens[m.last])
      && trig.first - m.last <= 6 && ctx.tokens.slice(m.last + 1, trig.first).every((k) => k.text === '-' || LOWER_WORD.test(k.text))).at(-1);
    const patient = possessor ?? subj ?? (JUDGING_TYPES.has(t.type) ? deedPlacedBefore(ctx, trig) : null);
    if (!agent) return null;
    if (t.mode === 'mediate') {
      const parties = mediatedParties(ctx.tokens, ctx.mentions, agent);
      if (parties) return { source: agent, target: parties[0], third: parties[1], frame: 'mediator' };
    }
    if (!patient) return jointAgents(ctx, t, agent);
    // "Meshaal was hosted by Qatar": the guest is the visitor, the source of a visit.
    return t.hostIsSubject ? { source: patient, target: agent, third: null, frame: 'passive' } : { source: agent, target: patient, third: null, frame: 'passive' };
  }
  // A direct object follows the verb closely: "expelled the French ambassador", not a name
  // a clause later ("disputed this accusation, with … spokesman X").
  const direct = right.find((r) => r.prep === null && closeAfter(ctx.tokens, trig.last, r.m.first))?.m ?? null;
  if (t.hostIsSubject) {
    // "hosted a delegation from Ethiopia", "received envoys from Chad": the guests' sender.
    const sender = !direct && subj ? sentBy(ctx, trig, right) : null;
    if (sender && subj) return { source: sender, target: subj, third: null, frame: 'host' };
    if (!direct || !subj || (t.personObject && !ctx.isPerson(direct) && !envoyOf(ctx.tokens, direct))) return null;
    // "Qatar, which has hosted the Hamas political bureau since 2012": a base (see relations), not a visit.
    // ("hosted the Hamas political bureau": the seat noun may follow the name.)
    const seat = ctx.tokens.slice(trig.last, direct.first).some((k) => SEAT_BEFORE.has(k.key)) || seatOf(ctx.tokens, direct);
    if (!ctx.isPerson(direct) && (seat || ctx.tokens[trig.first]!.key === 'hosts' || ctx.tokens.slice(direct.last, direct.last + 5).some((k) => k.key === 'since' || k.key === 'for'))) return null;
    return { source: direct, target: subj, third: null, frame: 'host' };
  }
  // "the pressure Soleimani was putting on the group", "the support Iran gives to Hamas"
  const agent = t.pos === 'noun' ? right.find((r) => r.m.first === trig.last && r.prep === null)?.m : undefined;
  if (agent && AGENT_VERBS.test(ctx.tokens[agent.last]?.key ?? '')) {
    const rest = right.filter((r) => r.m.first > agent.last);
    const aimed = rest.find((r) => r.prep !== null && (t.preps.includes(r.prep) || r.prep === 'on'))?.m ?? null;
    if (aimed) return { source: agent, target: aimed, third: null, frame: 'active' };
  }
  // "the 2015 visit by Khaled Meshaal to Saudi Arabia", "a visit to Damascus by Baerbock": a
  // noun's agent after "by", its object on either side.
  // Not "the ceasefire, brokered by Algeria,": that agent is the broker's (see mediation.ts).
  const byAgent = t.pos === 'noun' && !isPassive(ctx, trig) ? right.find((r) => r.prep === 'by' && r.m.first <= trig.last + 8 && !MEDIATING.has(ctx.tokens[r.m.first - 2]?.key ?? ''))?.m : undefined;
  if (byAgent && !(subj && (subj.last === trig.first || isPossessive(ctx.tokens[subj.last])))) {
    const aimed = right.find((r) => r.m !== byAgent && r.m.entity !== byAgent.entity && r.prep !== null && r.prep !== 'by' && t.preps.includes(r.prep)
      && (r.m.first > byAgent.last || !ctx.tokens.slice(trig.last, r.m.first).some((k) => k.text === ',')))?.m ?? null;
    if (aimed) return { source: byAgent, target: aimed, third: null, frame: 'active' };
  }
  if (!subj) return null;
  // "Hezbollah, which Iran arms, …": the relative pronoun before the subject is the object.
  const relative = ctx.tokens[subj.first - 1];
  if (t.pos === 'verb' && relative && ['which', 'whom', 'that'].includes(relative.key)) {
    const end = ctx.tokens[subj.first - 2]?.text === ',' ? subj.first - 2 : subj.first - 1;
    const antecedent = ctx.mentions.find((m) => m.last === end && !m.weak);
    if (antecedent) return { source: subj, target: antecedent, third: null, frame: 'active' };
  }
  // "accusing them of exploiting Sudan's gold": the object is a pronoun we could not
  // resolve, and no later name may take its place.
  if (t.pos === 'verb' && OBJECT_PRONOUNS.has(ctx.tokens[trig.last]?.key ?? '') && !ctx.mentions.some((m) => m.first === trig.last)) return null;
  const introduced = afterPrep(right, t.preps);
  // "met Hamas officials in Cairo to discuss a truce with Israel": an object right after
  // the verb is its target, before any later phrase.
  const objectFirst = direct !== null && introduced !== null && direct.first < introduced.first && !t.requirePrep && t.pos === 'verb';
  let target = (objectFirst ? direct : introduced) ?? (t.requirePrep || t.pos === 'noun' ? null : direct);
  // "Israel withdrew its forces from Lebanon": the subject's own forces are not the target.
  if (target && target.entity === subj.entity) target = right.find((r) => r.m.entity !== subj.entity && r.prep !== null && t.preps.includes(r.prep))?.m ?? null;
  // "seized three tankers belonging to a Greek company": the owner, before any place.
  if (!target && OWNED_TYPES.has(t.type)) target = ownerOf(ctx.tokens, ctx.mentions, trig.last, ctx.sentenceLast);
  // "Israeli and Hamas negotiators held talks in Cairo": the two sides, not the place.
  const sides = !target && SYMMETRIC_TYPES.has(t.type) && t.mode !== 'visit' ? coordinatedWith(ctx, subj) : null;
  // "met Vucic and Kurti in Brussels": names we could not resolve are who was met, not the
  // place where.
  const unresolvedObject = t.pos === 'verb' && !t.targetIsPlace && ctx.tokens[trig.last]?.cap === true
    && !ctx.mentions.some((m) => m.first === trig.last) && (!ctx.headline || capitalisedElsewhere(ctx, trig.last));
  if (!target && !sides && !unresolvedObject && (t.targetIsPlace || t.type === 'CONSULT')) {
    const place = afterPrep(right, PLACE_PREP_LIST);
    // "held meetings in Tehran" is meeting Iran; "spoke to reporters in Gaza" is a location.
    // "ECOWAS met in Abuja", "the group's council met in Doha": an organisation meets in a
    // capital as a venue, not with the state there; a visit there is still a visit.
    // A verb of speaking that wants its partner after "with" ("Maduro spoke in Caracas",
    // "talked in Kyiv") names no partner by its place.
    const venue = (place?.form === 'capital' || place?.form === 'metonym') && !ctx.isOrganization(subj) && !t.requirePrep;
    if (place && (t.targetIsPlace || t.mode === 'visit' || venue)) target = place;
  }
  // "funding for other Palestinian groups, most notably the Palestinian Islamic Jihad"
  if (!target && t.pos === 'noun') target = right.find((r) => EXAMPLE_MARKERS.has(ctx.tokens[r.m.first - 1]?.key ?? '') || EXAMPLE_MARKERS.has(ctx.tokens[r.m.first - 2]?.key ?? ''))?.m ?? null;
  // "Can Hamas turn down Iranian calls to renew ties?", "Hamas welcomed Qatari aid": a noun
  // whose actor is attached to it, with no object of its own, is aimed at the clause's subject.
  if (!target && t.pos === 'noun' && (subj.last === trig.first || isPossessive(ctx.tokens[subj.last]))) {
    const clauseSubject = ctx.mentions.filter((m) => m.last <= subj.first && !m.weak && !prepBefore(ctx.tokens, m, ctx.sentenceFirst, ctx.mentions)).at(-1);
    const responds = clauseSubject && ctx.tokens.slice(clauseSubject.last, subj.first).some((k) => RESPONSE_VERBS.has(k.key));
    if (clauseSubject && responds && clauseSubject.entity !== subj.entity) target = clauseSubject;
  }
  // "Iran gave Hamas $50 million", "sent the group weapons": the indirect object receives.
  if (!target && t.pos === 'noun') {
    const indirect = ctx.mentions.filter((m) => m.first > subj.last && m.last <= trig.first && !m.weak && objectOfVerb(ctx, m, ctx.sentenceFirst)).at(-1);
    if (indirect && GIVING.test(ctx.tokens[indirect.first - 1]?.key ?? '') || (indirect && GIVING.test(ctx.tokens[indirect.first - 2]?.key ?? ''))) target = indirect;
  }
  // "pledged $500 million to rebuild Gaza", "threats to cut off the group", "calls to renew
  // ties with X": the act's object is the event's target.
  if (!target && (t.type === 'AID' || t.type === 'THREATEN' || t.type === 'REQUEST')) {
    // "calls for talks with Chad": what a call asks for may follow "for" as well.
    const infinitive = keyWithin(ctx.tokens, trig.last, 4, 'to');
    const to = infinitive < 0 && t.type === 'REQUEST' && t.pos === 'noun' ? keyWithin(ctx.tokens, trig.last, 1, 'for') : infinitive;
    // Not a place the act is to happen in: "urged both sides to hold talks in Doha".
    if (to >= 0) target = right.find((r) => r.m.first > to + 1 && r.m.first <= to + 4 && !PLACE_PREP_LIST.includes(r.prep ?? ''))?.m ?? null;
  }
  if (!target) target = thankerOf(ctx, trig, subj);
  if (!target && JUDGING_TYPES.has(t.type)) target = demonymObject(ctx, trig, subj) ?? (t.pos === 'verb' ? fromWhom(ctx, trig, right) ?? deedPlacedAfter(ctx, trig) : null);
  // "Turkey demanded that Sweden extradite…": the one asked is the clause's subject.
  if (!target && t.type === 'REQUEST' && ctx.tokens[trig.last]?.key === 'that') target = right.find((r) => r.prep === null && r.m.first <= trig.last + 3)?.m ?? null;
  // "Qatar and Egypt, which mediated the truce, said Israel and Hamas would meet".
  if (!target && t.mode === 'mediate') {
    const parties = mediatedParties(ctx.tokens, ctx.mentions, subj);
    if (parties) return { source: subj, target: parties[0], third: parties[1], frame: 'mediator' };
  }
  // "A and B discussed trade": a verb of talking that wants a preposition is a meeting of the two
  // without it (not "A and B are close allies": a verb of partnership there is its noun).
  if (!target && t.requirePrep && !t.mutual && t.type !== 'CONSULT') return null;
  // "A and B met", "A and B held talks", "A and B clashed" — but not "A and B attended the meeting".
  const jointAction = t.pos === 'verb' || ctx.tokens.slice(Math.max(ctx.sentenceFirst, trig.first - 3), trig.first).some((k) => JOINT_VERBS.has(k.key));
  // Mediators named together mediate together, not between themselves.
  if (!target && (SYMMETRIC_TYPES.has(t.type) || t.mutual) && t.mode !== 'visit' && t.mode !== 'mediate' && jointAction && !unresolvedObject && !judgesAnother(ctx, trig)) {
    const partner = coordinatedWith(ctx, subj);
    if (partner && !sameSideOfficials(ctx, partner, subj)) return { source: partner, target: subj, third: null, frame: 'coordinated' };
  }
  if (!target && t.requirePrep && !t.mutual) return null;
  // "Brazil rejected calls to sanction Venezuela": the caller, named before the noun, would be
  // the target; Venezuela is not.
  if (target && t.pos === 'verb' && target.first > trig.last && insideAsked(ctx.tokens, trig.last, target.first)) target = null;
  return { source: subj, target, third: null, frame: 'active' };
}
