// Standing relations stated by short patterns around two mentions in one sentence:
//   PART_OF  "Hamas’ military wing" (descriptor), "X, the elite branch of Y", "Y affiliate X", "Iran's IRGC"
//   PATRON   "Iran-backed X", "Iran's proxy X", "X, Iran's proxy", "X's main backer Y"
//   RIVAL    "Iran's arch-rival Saudi Arabia", "X, Y's enemy"
//   ALLY     "Y's ally X", "X has strong relations with Y", "alliance between X and Y"
//   BASED_IN "X, based in Y", "Y-based X", "X moved to Y", "hosted by Y"
//   RIVAL    "A and B want to weaken C", "its alliance against C and D"
//   MEMBER_OF "leaders of X, including A, B and C"
import type { RelationType } from '../../contract.ts';
import type { Token } from '../../text/tokens.ts';
import { isPossessive } from '../../text/tokens.ts';
import type { Registry } from '../entities/registry.ts';
import type { ActorMention } from '../mentions/types.ts';
import { actorList } from '../events/coordination.ts';
import { seatOf } from '../events/arguments.ts';
import { oneActor } from '../mentions/queries.ts';
import cues from './cues.json' with { type: 'json' };
import words from '../mentions/words.json' with { type: 'json' };

export interface RelationFinding {
  type: RelationType;
  source: ActorMention;
  target: ActorMention;
  rule: string;
}

const BACKED = new Set(cues.backedVerbs);
const PROXY = new Set(cues.proxyNouns);
const PATRON = new Set(cues.patronNouns);
const RIVAL = new Set(cues.rivalNouns);
const ALLY = new Set(cues.allyNouns);
const PART = new Set(cues.partNouns);
const WARM = new Set(cues.warmAdjectives);
const TIES = new Set(cues.tieNouns);
const BASED = new Set(cues.basedWords);
const MOVE = new Set(cues.moveVerbs);
const INTENT = new Set(cues.intentVerbs);
/** Hostile aims by their last word: "bring down" under "down". */
const HOSTILE_AIMS = new Map<string, string[][]>();
for (const phrase of cues.hostileAims) {
  const words = phrase.split(' ');
  HOSTILE_AIMS.set(words.at(-1)!, [...(HOSTILE_AIMS.get(words.at(-1)!) ?? []), words]);
}
const MEMBER_NOUNS = new Set(cues.memberNouns);
const PATRONAGE = new Set(['backing', 'sponsorship', 'patronage', 'sponsoring', 'bankrolling', 'arming', 'funding', 'financing', 'bankroll']);
// The phrases the patterns below read, made once (a regex literal is a new object each time
// it is evaluated, and these run for every pair of mentions).
const POSSESSIVE_PRONOUN = /^(its|their|his|her|our)$/;
const PART_OF_PHRASE = /^(is|was|became|remains) (part|a member|an? (senior )?(member|official|commander|leader)) of( the)?$|^(joined|belongs to|belonged to)( the)?$/;
const CREATED_GROUP_PHRASE = /^([a-z]+ly )?(established|created|founded|formed|set up|launched) (an? )?(new )?([a-z-]+ )?(group|militia|movement|faction|organization|organisation|force|outfit)( called| named| known as)?$/;
// "based in Y", "has offices in Y", "based in Tindouf in Y": a place inside the state may come first.
// "X, a militia based in Y": the aside may name what X is first.
const BASED_PHRASE = /^(('s |' )?(leaders|leadership|officials|members|fighters|office|offices|headquarters) |, (an? |the )?([a-z-]+ ){1,2})?,? ?(which |who )?(((has|had|have) been |is |was |are |were |remains |remained )?(based|headquartered|hosted|stationed|exiled) (in|by)|(has|have|had|maintains|maintain|maintained|keeps|keep|kept|opened) (an? |its |their )?(political |representative )?(office|offices|headquarters|bureau|base|bases) in)( the)?(( [a-z-]+){1,3} (in|,)( the)?)?$/;
const UNBASED_KINDS = new Set(['state', 'person', 'media']);
// "based in eastern Congo": a part of the state named by its direction is still the state.
// ("south-eastern" comes as three tokens: "south - eastern".)
const COMPASS_END = new RegExp(` (${cues.compassWords.map((w) => w.replace('-', ' ?- ?')).join('|')})$`);
// "Qatar hosted Hamas and Israeli negotiators in Doha": a past "hosted" with no seat is a visit
// (an event), not where the guest is based; "hosted the Hamas political bureau" is a base.
const HOSTED_ONCE = /^,? ?(which |who )?(also )?hosted( the)?$/;
const HOSTED_PHRASE = /^,? ?(which |who )?(has |have |had )?(long |also )?(hosted|hosts|harbou?red|harbou?rs|sheltered|shelters)( the)?( (leadership|leaders|headquarters|offices?|bureau|politburo|political bureau|exiled leadership) of( the)?)?$/;
const BACKED_BY_PHRASE = /^(, (an? ([a-z-]+ ){1,3})?)?((which|who|that) )?((is|are|has been|have been|remains|remain|long|also) )*([a-z]+ly )?(backed|sponsored|funded|financed|supported|armed|bankrolled) by( the)?$/;
// Not "had revoked its military agreement with": a treaty ended is no alliance.
// "said its 1951 Mutual Defense Treaty with": the speaker's own treaty.
const DEFENCE_TREATY_PHRASE = /^(, )?((which|who) )?((has|have) (long )?had|has|have|had|maintains|maintain|maintained|(said|says|stressed|reaffirmed|recalled) (that )?its) (an? |the |its |their )?(\d{4} )?((?!(revoked|cancell?ed|scrapped|suspended|terminated|ended|abandoned|annulled|torn|withdrawn|quit|left|exited|denounced)\b)[a-z-]+ ){0,2}(defence|defense|security|military) (treaty|pact|alliance|agreement) with( the)?$/;
const CLOSE_TO_PHRASE = /^(,? ?(which|who) (remains|is|was|has been|remained|stays|stayed)|remains|remain|remained|stays|stayed|has remained|have remained|has long been) (very |particularly |still |politically )?close to( the)?$/;
const DESCRIPTIVE_WORD = /^[a-z]+$/;
const NEGATIONS = new Set(['not', 'never', 'no', 'nor', 'neither', 'longer', 'hardly']);
// Negations that deny a tie stated between two names ("longer" only counts after "no").
const DENIALS = new Set([...NEGATIONS].filter((k) => k !== 'longer'));
const NOT_SUFFIX = /n['’]t$/;
const BYGONE = new Set(['former', 'onetime', 'one-time', 'erstwhile', 'once', 'ex', 'previous', 'past']);
const HEADS_PHRASE = /^(,? ?(who|which) )?(heads|headed|leads|led|commands|commanded|runs|ran|chairs|chaired)$/;
const RELATIVE_CLAUSE = /, (who|which) /;
const ASIDE = /^, (who|which) [^,]*,/;
const OPEN_RELATIVE = /^, (who|which) /;
const ENDS_LY = /ly$/;
const QUOTE = /^["“”'’]$/;
const SENIOR = /^(senior|top|leading|prominent|key)$/;
const LOWER_WORD = /^[a-z]+$/;
const TIES_WITH_PHRASE = /^(('s|') )?(ties|relations|relationship|relation) with( the)?$|^, whose (ties|relations|relationship|relation) with( the)?$/;
const ONE_OF_PHRASE = /^(is|was|are|were|has become|have become|had become|became|remains|remain|remained) one of( the)?$/;
const ITS_THEIR = /^(its|their)$/;
const FILLER = new Set(['the', 'a', 'an', 'its', 'main', 'chief', 'key', 'elite', 'military', 'armed', 'political', 'regional', 'closest', 'close', 'main', 'staunch', 'longtime', 'long-time', 'top', 'biggest', 'largest', 'principal', 'local', 'lebanese', 'palestinian', 'so-called', 'powerful', 'new', 'most', 'loyal', 'sworn', 'bitter', 'traditional', 'major', 'strongest', 'only', 'last', 'remaining', 'one', 'shiite', 'sunni', 'gaza-based']);

interface Ctx {
  tokens: readonly Token[];
  mentions: readonly ActorMention[];
  reg: Registry;
}

/** Keys of the tokens [from, to). */
function keysOf(tokens: readonly Token[], from: number, to: number): string[] {
  const out: string[] = [];
  for (let i = Math.max(0, from); i < to && i < tokens.length; i++) out.push(tokens[i]!.key);
  return out;
}

function kindOf(ctx: Ctx, m: ActorMention): string | undefined {
  return ctx.reg.entities.get(m.entity)?.kind;
}

/** Every pattern below reads at most this many words between the two mentions. */
const MAX_BRIDGE = 16;

/** A name (not a demonym) standing between two mentions. */
function namedBetween(ctx: Ctx, a: ActorMention, b: ActorMention): boolean {
  return ctx.mentions.some((m) => m.first >= a.last && m.last <= b.first && !m.weak);
}

function pairRelation(ctx: Ctx, a: ActorMention, b: ActorMention): RelationFinding | null {
  const gap = b.first - a.last;
  if (gap > MAX_BRIDGE) return null;
  // The words between the two, read once for every pattern.
  const between = keysOf(ctx.tokens, a.last, b.first);
  // "Chad is no longer an ally of France", "X is not the main backer of Y": a tie denied.
  if (between.some((k) => DENIALS.has(k) || NOT_SUFFIX.test(k))) return null;
  const warm = warmTies(ctx, a, b, between) ?? copulaTies(ctx, a, b, between);
  if (warm) return warm;
  if (gap > 10) return null;
  // Determiners and adjectives dropped.
  const words = between.filter((k) => !FILLER.has(k));
  // A hyphen is no word: "based in south-eastern" is as long as "based in southern".
  if (words.length - words.filter((k) => k === '-').length > 7) return null;
  const [w0, w1] = words;
  const possessive = w0 === "'s" || w0 === "'";
  const raw = between.join(' ');
  const rest = possessive ? words.slice(1) : words;
  const head = rest.find((k) => k !== ',' && k !== '-');
  // "Iran's backing of the Houthis", "its financial and military support for the group"
  if (possessive && ['of', 'for', 'to'].includes(raw.split(' ').filter((k) => k !== 'the').at(-1) ?? '')) {
    const keys = raw.split(' ');
    const material = keys.includes('financial') || keys.includes('military');
    if (keys.some((k) => PATRONAGE.has(k)) || (material && keys.some((k) => k === 'support' || k === 'aid' || k === 'assistance'))) {
      return { type: 'PATRON', source: a, target: b, rule: '"A\'s backing of B"' };
    }
  }
  // "Hezbollah, backed by Iran,", "the Houthis, who are backed by Tehran", "X is funded by Y",
  // "X, a militia backed by Rwanda"
  // "a mission to Haiti, backed by the United States": after a comma alone, the aside may
  // qualify a noun before the state; a group or person is what it describes.
  if (BACKED_BY_PHRASE.test(raw) && (!raw.startsWith(', backed') || kindOf(ctx, a) !== 'state')) return { type: 'PATRON', source: b, target: a, rule: '"A, backed by B"' };
  // "Sisi-led Egypt", "a Saudi-led coalition"
  // Not "the Hamas-led government in Gaza": only modifiers stand between.
  if (ctx.tokens[a.last]?.text === '-' && ctx.tokens[a.last + 1]?.key === 'led' && gap <= 4 && !between.some((k) => PLACE_OR_LINK.has(k))) {
    if (kindOf(ctx, a) === 'person') return { type: 'LEADS', source: a, target: b, rule: '"A-led B"' };
    return { type: 'ALLY', source: a, target: b, rule: '"A-led B"' };
  }
  // "Iran-backed Hezbollah", "Iran - backed"
  // Only the compound: "Tehran backed the plan" is a verb, "Tehran-backed militias" a relation.
  if ((BACKED.has(w0 ?? '') && ctx.tokens[a.last]?.text === '-') || (w0 === '-' && BACKED.has(w1 ?? ''))) {
    // Only what the compound qualifies: not "Iran-backed rebels attacked a Saudi facility".
    if (b.weak || words.length > (w0 === '-' ? 2 : 1)) return null;
    return { type: w1 === 'allied' || w0 === 'allied' ? 'ALLY' : 'PATRON', source: a, target: b, rule: '"A-backed B"' };
  }
  // "Kataib Hezbollah, an Iran-backed militia,", "the Zorvani Front is a Russian-backed group":
  // the compound after the second describes the first.
  if (words.length === 1 && (w0 === ',' || DESCRIBING_COPULA.has(w0 ?? ''))) {
    const verb = backedGroupAfter(ctx.tokens, b);
    if (verb) return { type: verb === 'allied' ? 'ALLY' : 'PATRON', source: b, target: a, rule: '"A, a B-backed group"' };
  }
  const nouns = rest.filter((k) => k !== ',' && k !== '-');
  if (possessive && head && nouns.length <= 2 && nouns.every((k) => k === head || k === 'rival' || k === 'enemy')) {
    // "Iran's proxy Hezbollah", "Iran's arch-rival Saudi Arabia", "Hamas’ ally X"
    if (PROXY.has(head)) return { type: 'PATRON', source: a, target: b, rule: '"A\'s proxy B"' };
    if (RIVAL.has(head) || head === 'arch') return { type: 'RIVAL', source: a, target: b, rule: '"A\'s rival B"' };
    if (ALLY.has(head)) return { type: 'ALLY', source: a, target: b, rule: '"A\'s ally B"' };
    if (PATRON.has(head)) return { type: 'PATRON', source: b, target: a, rule: '"A\'s backer B"' };
    if (PART.has(head) || head === 'affiliate') return { type: 'PART_OF', source: b, target: a, rule: '"A\'s branch B"' };
  }
  if (w0 === ',') {
    // "Hezbollah, Iran's proxy" is read from the other side: b then possessive then noun.
    const after = ctx.tokens.slice(b.last, b.last + 6).map((t) => t.key).filter((k) => !FILLER.has(k));
    if ((after[0] === "'s" || after[0] === "'") && words.length === 1) {
      // "the IRGC's foreign operations arm": the noun may follow a few modifiers.
      const noun = after.slice(1, 4).find((k) => PROXY.has(k) || PATRON.has(k) || RIVAL.has(k) || ALLY.has(k) || PART.has(k) || k === 'arch') ?? '';
      if (PROXY.has(noun)) return { type: 'PATRON', source: b, target: a, rule: '"A, B\'s proxy"' };
      // "Iran, Hezbollah's main backer,"
      if (PATRON.has(noun)) return { type: 'PATRON', source: a, target: b, rule: '"A, B\'s backer"' };
      if (RIVAL.has(noun) || noun === 'arch') return { type: 'RIVAL', source: b, target: a, rule: '"A, B\'s rival"' };
      if (ALLY.has(noun)) return { type: 'ALLY', source: a, target: b, rule: '"A, B\'s ally"' };
      if (PART.has(noun)) return { type: 'PART_OF', source: a, target: b, rule: '"A, B\'s wing"' };
    }
  }
  // "Iran is the largest backer financially and militarily to the Qassam Brigades"
  // "describing Iran as the largest backer of the Qassam Brigades": "as" works like "is".
  const copula = ['is', 'was', 'remains', 'became', 'has', 'been', 'as'].includes(w0 ?? '');
  if (copula && ['of', 'to', 'for'].includes(words.at(-1) ?? '') && gap <= 10 && !namedBetween(ctx, a, b)) {
    if (words.some((k) => PATRON.has(k))) return { type: 'PATRON', source: a, target: b, rule: '"A is the main backer of B"' };
    if (words.some((k) => PROXY.has(k))) return { type: 'PATRON', source: b, target: a, rule: '"A is a proxy of B"' };
    if (words.some((k) => ALLY.has(k))) return { type: 'ALLY', source: a, target: b, rule: '"A is an ally of B"' };
    if (words.some((k) => RIVAL.has(k))) return { type: 'RIVAL', source: a, target: b, rule: '"A is a rival of B"' };
  }
  // "Egypt, a key US ally", "the Houthis, an Iranian proxy": the second names the owner of the tie.
  if (w0 === ',' && words.length === 1 && LOWER_WORD.test(ctx.tokens[b.last]?.text ?? '')) {
    const tie = tieOfNoun(ctx.tokens[b.last]!.key, b, a, '"A, a B ally"');
    if (tie) return tie;
  }
  // "X, the elite branch of Y", "X, an ally of Y", "X, a proxy of Y"
  if (w0 === ',' && words.at(-1) === 'of' && words.length <= 4) {
    const noun = words[words.length - 2] ?? '';
    if (PART.has(noun)) return { type: 'PART_OF', source: a, target: b, rule: '"A, the branch of B"' };
    if (ALLY.has(noun)) return { type: 'ALLY', source: a, target: b, rule: '"A, an ally of B"' };
    if (PROXY.has(noun)) return { type: 'PATRON', source: b, target: a, rule: '"A, a proxy of B"' };
    if (RIVAL.has(noun)) return { type: 'RIVAL', source: a, target: b, rule: '"A, a rival of B"' };
  }
  // "Hamas affiliate Aknaf Bayt al-Maqdis"; not "its Lebanon proxy X", where the place only qualifies
  const qualifier = POSSESSIVE_PRONOUN.test(ctx.tokens[a.first - 1]?.key ?? '');
  if (words.length === 1 && !qualifier && (w0 === 'affiliate' || PROXY.has(w0 ?? ''))) {
    return { type: w0 === 'affiliate' ? 'PART_OF' : 'PATRON', source: w0 === 'affiliate' ? b : a, target: w0 === 'affiliate' ? a : b, rule: '"A affiliate B"' };
  }
  // "Sinwar is part of Hamas military wing", "X is a member of Y", "X joined Y"
  if (kindOf(ctx, a) === 'person' && kindOf(ctx, b) !== 'person' && kindOf(ctx, b) !== 'state' && PART_OF_PHRASE.test(raw)) {
    return { type: 'MEMBER_OF', source: a, target: b, rule: '"A is part of B"' };
  }
  // "Iran established a new militant group called al-Sabireen"
  if (CREATED_GROUP_PHRASE.test(raw) && kindOf(ctx, b) !== 'person') {
    return { type: 'PATRON', source: a, target: b, rule: '"A created a group called B"' };
  }
  // "Hamas had been based in Syria", "X, headquartered in Y"
  // A state is not based anywhere: "talks between Armenia and Azerbaijan were hosted by the US";
  // nor is a tie where a person or an outlet works ("X, a journalist based in Nairobi").
  if (BASED_PHRASE.test(raw.replace(COMPASS_END, '')) && (kindOf(ctx, b) === 'state' || kindOf(ctx, b) === 'other') && !UNBASED_KINDS.has(kindOf(ctx, a) ?? '')) {
    return { type: 'BASED_IN', source: a, target: b, rule: '"A based in B"' };
  }
  // "Qatar, which has hosted the Hamas political bureau since 2012"
  if (HOSTED_PHRASE.test(raw) && !(HOSTED_ONCE.test(raw) && !seatOf(ctx.tokens, b)) && ['organization', 'armed_wing'].includes(kindOf(ctx, b) ?? '') && ['state', 'other'].includes(kindOf(ctx, a) ?? '')) {
    return { type: 'BASED_IN', source: b, target: a, rule: '"A has hosted B"' };
  }
  // "the United States, which has a mutual defence treaty with Manila"
  if (DEFENCE_TREATY_PHRASE.test(raw)) {
    return { type: 'ALLY', source: a, target: b, rule: '"A has a defence treaty with B"' };
  }
  // "Palestinian Islamic Jihad, which remains close to Tehran"
  if (CLOSE_TO_PHRASE.test(raw)) {
    return { type: 'ALLY', source: a, target: b, rule: '"A, which remains close to B"' };
  }
  // "Mahmoud Abbas of the Fatah Party"
  if ((raw === 'of' || raw === 'of the') && kindOf(ctx, a) === 'person' && ['organization', 'armed_wing', 'government_body'].includes(kindOf(ctx, b) ?? '')) {
    return { type: 'MEMBER_OF', source: a, target: b, rule: '"person of the organization"' };
  }
  // "Iran's Islamic Revolutionary Guard Corps": a state body named with its state.
  if (possessive && rest.length === 0 && kindOf(ctx, a) === 'state') {
    const child = ctx.reg.entities.get(b.entity);
    if (child && (child.parent === a.entity || (!child.parent && child.kind === 'government_body'))) {
      return { type: 'PART_OF', source: b, target: a, rule: '"State\'s body"' };
    }
  }
  // "X, based in Y", "X moved to Y", "X's headquarters in Y", "hosted by Y"
  // The participle right before its preposition: not "Buhari hosted Deby in Abuja".
  const placed = w0 === ',' ? words.slice(1) : words;
  if ((placed.length === 2 && BASED.has(placed[0]!) && (placed[1] === 'in' || placed[1] === 'by')) || (MOVE.has(rest[0] ?? '') && rest.at(-1) === 'to' && rest.length <= 3)) {
    if ((kindOf(ctx, b) === 'state' || kindOf(ctx, b) === 'other') && !UNBASED_KINDS.has(kindOf(ctx, a) ?? '')) return { type: 'BASED_IN', source: a, target: b, rule: '"A based in B"' };
  }
  return null;
}

const DESCRIBING_COPULA = new Set(['is', 'was', 'remains', 'became']);
// Heads of the noun a "B-backed" compound describes an actor with.
const GROUP_HEADS = new Set([...words.groupAnaphors, 'militias', 'rebels', 'rebel', 'force', 'forces', 'paramilitary', 'paramilitaries', 'outfit', 'network', 'insurgents', 'insurgency', 'army', 'government', 'administration']);

/** "-backed militia" right after `b`: the verb of the compound, when a group noun follows
 * within three words. */
function backedGroupAfter(tokens: readonly Token[], b: ActorMention): string | null {
  const verb = tokens[b.last + 1]?.key ?? '';
  if (tokens[b.last]?.text !== '-' || !BACKED.has(verb)) return null;
  for (let i = b.last + 2; i < b.last + 5; i++) {
    const t = tokens[i];
    if (!t || !LOWER_WORD.test(t.text)) return null;
    if (GROUP_HEADS.has(t.key)) return verb;
  }
  return null;
}

const ALIGNED = new Set(['allied', 'aligned', 'loyal']);
const PLACE_OR_LINK = new Set(['in', 'of', 'at', 'and', 'with', 'from', 'to', ',']);
const ALLIANCE_WORDS = new Set(['axis', 'alliance', 'coalition', 'bloc', 'camp', 'network', 'front']);
const COPULA = /^(is|are|was|were|remains|remain|remained|has been|have been|had been|became|become)$/;

/**
 * What the verb between two actors states, once an aside is dropped ("The Houthis, who
 * control Sanaa, are allied with Iran"):
 *   "A is B's main backer" (PATRON A→B), "A is B's proxy" (PATRON B→A), "A is B's ally",
 *   "A is allied with B", "A and B have been bitter enemies", "X, who heads Y" (LEADS).
 */
function copulaTies(ctx: Ctx, a: ActorMention, b: ActorMention, between: readonly string[]): RelationFinding | null {
  if (between.length > 16) return null;
  const keys = verbWords(between);
  const verb = keys.slice(0, 2).join(' ');
  const copula = COPULA.test(keys[0] ?? '') ? 1 : COPULA.test(verb) ? 2 : 0;
  // "Sinwar, who heads Hamas in Gaza", "Mohamed Hamdan Dagalo commands the RSF"
  const leads = kindOf(ctx, a) === 'person' && HEADS_PHRASE.test(between.filter((k) => k !== 'the').join(' ')) && kindOf(ctx, b) !== 'person' && kindOf(ctx, b) !== 'other';
  // Most pairs have neither: the search for an actor standing between them is spared.
  if (!leads && copula === 0) return null;
  const rest = keys.slice(copula).filter((k) => !ENDS_LY.test(k));
  // "A is one of several Iraqi militias aligned with B": the class named on the way ("Iraqi
  // militias") is no actor between the two. ("one" is a filler word, gone from `rest`.)
  const oneOf = rest[0] === 'of' && between.includes('one') && rest.length <= 6;
  const inner = ctx.mentions.some((m) => m.first >= a.last && m.last <= b.first && !m.weak && !(oneOf && m.form === 'demonym') && !RELATIVE_CLAUSE.test(between.slice(0, m.first - a.last).join(' ')));
  if (inner) return null;
  // "X, who heads the country's intelligence service": what is headed is a body of B, of which
  // X is then an official.
  if (leads && isPossessive(ctx.tokens[b.last]) && LOWER_WORD.test(ctx.tokens[b.last + 1]?.text ?? '')) return { type: 'MEMBER_OF', source: a, target: b, rule: '"X, who heads Y\'s body"' };
  if (leads) return { type: 'LEADS', source: a, target: b, rule: '"X, who heads Y"' };
  // "A is allied with B", "A is aligned with B", "A is one of several militias loyal to B"
  if ((rest.length === 2 || oneOf) && ALIGNED.has(rest.at(-2)!) && ['with', 'to'].includes(rest.at(-1)!)) return { type: 'ALLY', source: a, target: b, rule: '"A is allied with B"' };
  // "The Houthis are part of Iran's so-called Axis of Resistance"
  if (rest.length === 2 && rest[0] === 'part' && rest[1] === 'of' && isPossessive(ctx.tokens[b.last])) {
    const bloc = ctx.tokens.slice(b.last + 1, b.last + 5).some((t) => ALLIANCE_WORDS.has(t.key));
    if (bloc) return { type: 'ALLY', source: a, target: b, rule: '"A is part of B\'s alliance"' };
  }
  // "A is B's main financial backer": the noun comes after B.
  if (rest.length === 0 && isPossessive(ctx.tokens[b.last])) {
    const noun = ctx.tokens.slice(b.last + 1, b.last + 5).map((t) => t.key).find((k) => PATRON.has(k) || PROXY.has(k) || ALLY.has(k) || RIVAL.has(k));
    if (noun && PATRON.has(noun)) return { type: 'PATRON', source: a, target: b, rule: '"A is B\'s backer"' };
    if (noun && PROXY.has(noun)) return { type: 'PATRON', source: b, target: a, rule: '"A is B\'s proxy"' };
    if (noun && ALLY.has(noun)) return { type: 'ALLY', source: a, target: b, rule: '"A is B\'s ally"' };
    if (noun && RIVAL.has(noun)) return { type: 'RIVAL', source: a, target: b, rule: '"A is B\'s rival"' };
  }
  return null;
}

/** The words between two actors with an aside (", who control Sanaa,") and fillers dropped. */
function verbWords(between: readonly string[]): string[] {
  // With no aside, joining, cutting and splitting again would give the words back unchanged.
  if (between[0] !== ',' || (between[1] !== 'who' && between[1] !== 'which')) return between.filter((k) => k !== '' && !FILLER.has(k));
  const joined = between.join(' ');
  // "The Houthis, who are aligned with Iran": a relative clause left open is what it says of A.
  const words = ASIDE.test(joined) ? joined.replace(ASIDE, '') : joined.replace(OPEN_RELATIVE, '');
  return words.trim().split(' ').filter((k) => k !== '' && !FILLER.has(k));
}

const PAIR_TIE_MODIFIERS = new Set(cues.pairTieModifiers);
const PAIR_GLUE = new Set(['the', 'between', 'as', 'of', 'with', 'among', 'and', 'by', 'for', 'to', 'from', 'where', 'when', 'while', 'that', 'which', 'including']);

/**
 * "longtime foes Armenia and Azerbaijan", "arch-rivals A and B": the noun before a pair ties the
 * two to each other — unless someone owns it ("Iran's foes A and B", "US allies A and B",
 * "its allies A and B", "Western allies A and B": allies of a third) or the tie has ended
 * ("former foes"); only words that describe the tie may stand before the noun.
 */
function nounBeforePair(tokens: readonly Token[], mentions: readonly ActorMention[], a: ActorMention): string | null {
  let i = a.first - 1;
  if (tokens[i]?.key === 'the') i--;
  const noun = tokens[i]?.key ?? '';
  if (!(RIVAL.has(noun) || ALLY.has(noun)) || !noun.endsWith('s')) return null;
  let j = i - 1;
  while (j >= 0 && (PAIR_TIE_MODIFIERS.has(tokens[j]!.key) || tokens[j]!.text === '-')) j--;
  // Before the phrase only punctuation or a function word: not an owner ("US allies", "Western
  // allies", "its allies"), an ended tie ("former foes") or a kind of partner ("trading partners").
  const before = tokens[j];
  if (before && isPossessive(before)) return null;
  return !before || before.kind === 'punct' ? noun : PAIR_GLUE.has(before.key) && !mentions.some((m) => j >= m.first && j < m.last) ? noun : null;
}

/** "Eritrea and Ethiopia have been bitter enemies", "Qatar and Turkey are close allies". */
function pairedTies(tokens: readonly Token[], mentions: readonly ActorMention[]): RelationFinding[] {
  const out: RelationFinding[] = [];
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i]!;
    const b = mentions[i + 1]!;
    if (a.weak || b.weak || a.entity === b.entity || tokens[a.last]?.key !== 'and' || b.first !== a.last + 1 + (tokens[a.last + 1]?.key === 'the' ? 1 : 0)) continue;
    const before = nounBeforePair(tokens, mentions, a);
    if (before) {
      out.push(RIVAL.has(before) ? { type: 'RIVAL', source: a, target: b, rule: '"rivals A and B"' } : { type: 'ALLY', source: a, target: b, rule: '"allies A and B"' });
      continue;
    }
    const after = tokens.slice(b.last, b.last + 7).map((t) => t.key).filter((k) => !FILLER.has(k) && !ENDS_LY.test(k));
    // "India and Pakistan, arch-rivals since 1947,": an aside says it as well as "are".
    const copula = COPULA.test(after[0] ?? '') || after[0] === ',' ? 1 : COPULA.test(after.slice(0, 2).join(' ')) ? 2 : 0;
    if (copula === 0) continue;
    // "are nuclear-armed rivals": adjectives may stand before the noun.
    let n = copula;
    while (n < copula + 4 && n < after.length && !RIVAL.has(after[n]!) && !ALLY.has(after[n]!) && !NEGATIONS.has(after[n]!) && (after[n] === '-' || DESCRIPTIVE_WORD.test(after[n]!))) n++;
    // "former enemies", "one-time allies": a tie that has ended.
    if (after.slice(copula, n).some((k) => BYGONE.has(k))) continue;
    const noun = after[n] ?? '';
    if (RIVAL.has(noun)) out.push({ type: 'RIVAL', source: a, target: b, rule: '"A and B are rivals"' });
    else if (ALLY.has(noun)) out.push({ type: 'ALLY', source: a, target: b, rule: '"A and B are allies"' });
  }
  return out;
}

/** "X has had strong relations with Y", "a cordial relationship between X and Y",
 * "X ... continuing to have a good relationship with Y". */
function warmTies(ctx: Ctx, a: ActorMention, b: ActorMention, keys: readonly string[]): RelationFinding | null {
  if (keys.length > 14) return null;
  for (let i = a.last; i < b.first; i++) {
    const t = ctx.tokens[i]!;
    if (t.text === ';' || t.key === 'but' || t.key === 'not' || t.key === 'never') return null;
  }
  let tie = 0;
  while (tie < keys.length && !(TIES.has(keys[tie]!) && warmBefore(keys, tie))) tie++;
  if (tie === keys.length) return null;
  const link = keys.slice(tie + 1);
  if (link.length === 1 && (link[0] === 'with' || link[0] === 'and' || link[0] === 'to')) return { type: 'ALLY', source: a, target: b, rule: '"A has strong ties with B"' };
  return null;
}

/** A warm word among the three keys before `i`: "strong ties", "good working relations". */
function warmBefore(keys: readonly string[], i: number): boolean {
  for (let k = Math.max(0, i - 3); k < i; k++) if (WARM.has(keys[k]!)) return true;
  return false;
}

/** "a cordial relationship between X, …, and Y". */
export function warmTiesBetween(tokens: readonly Token[], mentions: readonly ActorMention[]): RelationFinding[] {
  const out: RelationFinding[] = [];
  if (mentions.length < 2) return out;
  for (let i = Math.max(0, mentions[0]!.first - 12); i < mentions.at(-1)!.first; i++) {
    if (tokens[i]!.key !== 'between' || !TIES.has(tokens[i - 1]?.key ?? '') || !WARM.has(tokens[i - 2]?.key ?? '')) continue;
    const pair = betweenPair(tokens, mentions, i);
    if (pair) out.push({ type: 'ALLY', source: pair[0], target: pair[1], rule: '"strong ties between A and B"' });
  }
  return out;
}

/** "between A and B" with "between" at `at`: two different actors, or null. (A function of its
 * own: a closure in the loop above would allocate a scope on every pass.) */
function betweenPair(tokens: readonly Token[], mentions: readonly ActorMention[], at: number): [ActorMention, ActorMention] | null {
  const a = mentions.find((m) => m.first === at + 1 || m.first === at + 2);
  if (!a) return null;
  const b = mentions.find((m) => m.first > a.last && tokens[m.first - 1]?.key === 'and' && !m.weak);
  return b && b.entity !== a.entity ? [a, b] : null;
}

/** "Y-based X": the place comes first. */
function basedPrefix(ctx: Ctx, a: ActorMention, b: ActorMention): RelationFinding | null {
  const t = ctx.tokens;
  if (t[a.last]?.text === '-' && t[a.last + 1]?.key === 'based' && b.first <= a.last + 4 && kindOf(ctx, b) !== 'media') {
    return { type: 'BASED_IN', source: b, target: a, rule: '"Y-based X"' };
  }
  return null;
}

const ALLIANCE_NOUNS = new Set(['axis', 'alliance', 'coalition', 'camp', 'bloc', 'front', 'network', 'partnership', 'league']);
const INCLUDES = new Set(['includes', 'included', 'including', 'comprising', 'comprises', 'grouping', 'groups']);

/** "its 'Axis of Resistance', which includes Hamas, Lebanon's Hezbollah and Assad": the owner of
 * the alliance is allied with every member listed. */
function allianceMembers(tokens: readonly Token[], reg: Registry, mentions: readonly ActorMention[]): RelationFinding[] {
  const out: RelationFinding[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const first = mentions[i]!;
    const inc = first.first - 1;
    if (!INCLUDES.has(tokens[inc]?.key ?? '')) continue;
    const noun = tokens.slice(Math.max(0, inc - 12), inc).findLastIndex((t) => ALLIANCE_NOUNS.has(t.key));
    if (noun < 0) continue;
    const owner = allianceOwner(tokens, reg, mentions, Math.max(0, inc - 12) + noun);
    if (!owner) continue;
    let previous = first;
    for (let k = i; k < mentions.length; k++) {
      const m = mentions[k]!;
      const glue = tokens.slice(previous.last, m.first);
      if (m !== first && (glue.length > 5 || glue.some((t) => t.key === 'which' || t.text === ';'))) break;
      previous = m;
      if (m.weak || isPossessive(tokens[m.last]) || m.entity === owner.entity) continue;
      out.push({ type: 'ALLY', source: owner, target: m, rule: '"its alliance, which includes B"' });
    }
  }
  return out;
}

/** Who an alliance noun belongs to: "Iran's axis", "a Saudi-led coalition", or after "its" the clause's actor. */
/** "a Saudi-led coalition": the mention leads what follows. */
function leading(tokens: readonly Token[], m: ActorMention): boolean {
  return tokens[m.last]?.text === '-' && tokens[m.last + 1]?.key === 'led';
}

function allianceOwner(tokens: readonly Token[], reg: Registry, mentions: readonly ActorMention[], nounAt: number): ActorMention | undefined {
  const candidates = mentions.filter((m) => m.last <= nounAt && (!m.weak || leading(tokens, m)) && reg.entities.get(m.entity)?.kind !== 'person');
  // "its alliance", "its "Eastern Shield" alliance"
  const near = Math.max(0, nounAt - 6);
  const its = tokens.slice(near, nounAt).findLastIndex((t) => t.key === 'its' || t.key === 'their');
  return candidates.find((m) => (isPossessive(tokens[m.last]) || leading(tokens, m)) && m.last + 1 >= nounAt - 3)
    ?? (its >= 0 ? candidates.filter((m) => m.last <= near + its).at(-1) : undefined);
}

/** "its 'Axis of Resistance' against Israel and the United States", "a Saudi-led coalition
 * against the Houthis": the alliance's owner opposes those it is formed against. */
function allianceAgainst(tokens: readonly Token[], reg: Registry, mentions: readonly ActorMention[]): RelationFinding[] {
  const out: RelationFinding[] = [];
  for (const first of mentions) {
    let against = first.first - 1;
    if (tokens[against]?.key === 'the') against--;
    if (tokens[against]?.key !== 'against') continue;
    // Between the noun and "against" only the alliance's name: "Axis of Resistance", quotes.
    let nounAt = against - 1;
    while (nounAt > against - 6 && nounAt >= 0 && !ALLIANCE_NOUNS.has(tokens[nounAt]!.key)
      && (tokens[nounAt]!.cap || tokens[nounAt]!.key === 'of' || QUOTE.test(tokens[nounAt]!.text))) nounAt--;
    if (!ALLIANCE_NOUNS.has(tokens[nounAt]?.key ?? '')) continue;
    const owner = allianceOwner(tokens, reg, mentions, nounAt);
    if (!owner) continue;
    for (const target of actorList(tokens, mentions, first, 1, (m) => !m.weak)) {
      if (target.entity !== owner.entity) out.push({ type: 'RIVAL', source: owner, target, rule: '"its alliance against B"' });
    }
  }
  return out;
}

/** Words that may stand between an actor and what it wants: "Egypt has long sought to". */
const AIM_GAP = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'been', 'long', 'also', 'still', 'now', 'all', 'clearly', 'openly', 'only', 'reportedly', 'both', 'allegedly', 'always']);

/** A mention that can hold a relation: named outright, and not a place. */
function isActor(reg: Registry, m: ActorMention): boolean {
  return !m.weak && reg.entities.get(m.entity)?.kind !== 'other';
}

/** "Jordan, Egypt and Israel want to weaken Hamas", "Riyadh has long sought to isolate Tehran":
 * wanting to harm an actor is a rivalry, whether or not anything was done yet. */
function hostileAims(tokens: readonly Token[], reg: Registry, mentions: readonly ActorMention[]): RelationFinding[] {
  const out: RelationFinding[] = [];
  for (const target of mentions) {
    if (!isActor(reg, target)) continue;
    const i = target.first - (tokens[target.first - 1]?.key === 'the' ? 1 : 0);
    const aim = aimEndingAt(tokens, i);
    if (!aim || tokens[i - aim.length - 1]?.key !== 'to') continue;
    const intent = i - aim.length - 2;
    if (!INTENT.has(tokens[intent]?.key ?? '')) continue;
    const source = aimSubject(tokens, mentions, intent);
    if (!source || !isActor(reg, source)) continue;
    for (const s of actorList(tokens, mentions, source, -1, (m) => isActor(reg, m))) {
      if (s.entity !== target.entity) out.push({ type: 'RIVAL', source: s, target, rule: '"A wants to weaken B"' });
    }
  }
  return out;
}

/** The hostile aim ("weaken", "bring down") whose last word is right before `end`. */
function aimEndingAt(tokens: readonly Token[], end: number): string[] | undefined {
  return HOSTILE_AIMS.get(tokens[end - 1]?.key ?? '')?.find((words) => words.every((w, k) => tokens[end - words.length + k]?.key === w));
}

/** The actor whose intent the word at `intent` states, skipping auxiliaries and one
 * appositive ("Israel, the occupation force, wants…"); none after a negation. */
function aimSubject(tokens: readonly Token[], mentions: readonly ActorMention[], intent: number): ActorMention | undefined {
  let i = intent - 1;
  while (i >= 0 && AIM_GAP.has(tokens[i]!.key)) i--;
  if (tokens[i]?.text === ',') {
    let k = i - 1;
    while (k > i - 7 && k >= 0 && tokens[k]!.kind === 'word' && !tokens[k]!.cap) k--;
    if (tokens[k]?.text !== ',' || !['the', 'a', 'an'].includes(tokens[k + 1]?.key ?? '')) return undefined;
    i = k - 1;
  }
  return mentions.find((m) => m.last === i + 1);
}

/** "Leaders within Hamas and al-Qassam …, including Mohammed Deif and Yahya Sinwar": the
 * persons given as examples of a group's members belong to it (the first group named). */
function membersIncluding(tokens: readonly Token[], reg: Registry, mentions: readonly ActorMention[]): RelationFinding[] {
  const out: RelationFinding[] = [];
  for (const first of mentions) {
    const cue = tokens[first.first - 1]?.key === 'including' ? first.first - 1
      : tokens[first.first - 1]?.key === 'as' && tokens[first.first - 2]?.key === 'such' ? first.first - 2 : -1;
    if (cue < 0 || !isNamedPerson(reg, first) || personWithin(reg, mentions, cue - 20, cue)) continue;
    const group = memberGroup(tokens, reg, mentions, cue);
    if (!group) continue;
    for (const person of actorList(tokens, mentions, first, 1, (m) => isNamedPerson(reg, m), { titled: true })) {
      out.push({ type: 'MEMBER_OF', source: person, target: group, rule: '"leaders of B, including A"' });
    }
  }
  return out;
}

/** A person named at a token in [from, to). */
function personWithin(reg: Registry, mentions: readonly ActorMention[], from: number, to: number): boolean {
  return mentions.some((m) => m.first < to && m.first >= from && reg.entities.get(m.entity)?.kind === 'person');
}

function isNamedPerson(reg: Registry, m: ActorMention): boolean {
  return reg.entities.get(m.entity)?.kind === 'person' && !m.weak;
}

/** "leaders within Hamas", "Hamas officials", "senior figures of the IRGC": the group whose
 * members a noun before `cue` names, at most 20 words back and within the clause. */
function memberGroup(tokens: readonly Token[], reg: Registry, mentions: readonly ActorMention[], cue: number): ActorMention | undefined {
  for (let g = cue - 1; g >= Math.max(0, cue - 20); g--) {
    if (tokens[g]!.text === ';' || tokens[g]!.text === '.') return undefined;
    if (!MEMBER_NOUNS.has(tokens[g]!.key)) continue;
    const prep = ['within', 'of', 'in', 'from'].includes(tokens[g + 1]?.key ?? '');
    const start = g + 2 + (tokens[g + 2]?.key === 'the' ? 1 : 0);
    const owner = prep ? mentions.find((m) => m.first === start) : undefined;
    const before = mentions.find((m) => m.last === g || (m.last === g - 1 && SENIOR.test(tokens[g - 1]!.key)));
    // "Islamic Jihad leaders in Gaza": the group, not where its leaders are.
    return [before, owner].find((m) => m !== undefined && (!m.weak || m.form === 'demonym') && !['person', 'other'].includes(reg.entities.get(m.entity)?.kind ?? ''));
  }
  return undefined;
}

/** The last mention, not weak, ending by `end`. */
function lastNamedBefore(mentions: readonly ActorMention[], end: number): ActorMention | undefined {
  for (let k = mentions.length - 1; k >= 0; k--) if (mentions[k]!.last <= end && !mentions[k]!.weak) return mentions[k];
  return undefined;
}

/** "Hamas, the most renowned anti-Israel movement": the described actor opposes the one after "anti-". */
function antiCompounds(tokens: readonly Token[], mentions: readonly ActorMention[]): RelationFinding[] {
  const out: RelationFinding[] = [];
  for (const x of mentions) {
    if (tokens[x.first - 1]?.text !== '-' || tokens[x.first - 2]?.key !== 'anti') continue;
    const anti = x.first - 2;
    const owner = lastNamedBefore(mentions, anti);
    if (!owner || owner.entity === x.entity) continue;
    const between = tokens.slice(owner.last, anti);
    if (between.length > 5 || between[0]?.text !== ',' || !between.slice(1).every((t) => LOWER_WORD.test(t.text))) continue;
    out.push({ type: 'RIVAL', source: owner, target: x, rule: '"A, an anti-B movement"' });
  }
  return out;
}

const FORMING = new Set(['forged', 'formed', 'built', 'created', 'established', 'founded', 'joined', 'forge', 'form']);
const NEGATIVE_TIES = new Set(['cut', 'severed', 'sever', 'broke', 'broken', 'break', 'strained', 'tense', 'soured', 'sour', 'deteriorated', 'deteriorate', 'frozen', 'froze', 'suspended', 'suspend', 'poor', 'bad', 'hostile', 'worsened', 'collapsed', 'ruptured', 'not', 'no', 'never', 'end', 'ended', 'cool', 'cooled', 'damaged', 'rift']);
const GOOD_STATE = new Set(['intact', 'strong', 'good', 'close', 'warm', 'excellent', 'solid', 'unchanged', 'unaffected', 'healthy', 'cordial', 'stable', 'firm']);

/** "Iran, Syria and affiliated militias comprising Hamas and Hezbollah forged an alliance":
 * everyone listed before "forged an alliance" is allied with the first. */
function formedAlliance(tokens: readonly Token[], reg: Registry, mentions: readonly ActorMention[]): RelationFinding[] {
  const out: RelationFinding[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const last = mentions[i]!;
    if (!anyKeyIn(tokens, last.last, last.last + 4, FORMING)) continue;
    const after = keysOf(tokens, last.last, last.last + 4);
    const verb = after.findIndex((k) => FORMING.has(k));
    if (verb < 0 || !after.slice(verb + 1).some((k) => ALLIANCE_NOUNS.has(k))) continue;
    const members = mentions.slice(0, i + 1).filter((m) => !m.weak && reg.entities.get(m.entity)?.kind !== 'person');
    const owner = members[0];
    if (!owner || members.length < 2) continue;
    for (const m of members.slice(1)) if (m.entity !== owner.entity) out.push({ type: 'ALLY', source: owner, target: m, rule: '"A, B and C forged an alliance"' });
  }
  return out;
}

/** "Hamas military wing, whose relation with Iran were intact", "Hamas ties with Hezbollah":
 * ties stated without a word against them are an alliance. */
function standingTies(tokens: readonly Token[], mentions: readonly ActorMention[]): RelationFinding[] {
  const out: RelationFinding[] = [];
  if (mentions.length < 2) return out;
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i]!;
    const b = mentions[i + 1]!;
    if (a.weak || b.weak || a.entity === b.entity) continue;
    // The phrases below are two to five words long.
    const gap = b.first - a.last;
    if (gap < 2 || gap > 5) continue;
    const keys = keysOf(tokens, a.last, b.first).join(' ');
    // "A ties with B", "A's ties with B", "A, whose relation with B"
    if (TIES_WITH_PHRASE.test(keys)) {
      const stateAfter = tokens.slice(b.last, b.last + 4).map((t) => t.key);
      if (keys.startsWith(', whose') && !stateAfter.some((k) => GOOD_STATE.has(k))) continue;
      // A word against the ties anywhere from the first actor to just after the last cancels
      // them all; it is looked for once, when the first tie is found (few sentences have one).
      if (out.length === 0 && anyKeyIn(tokens, mentions[0]!.first, mentions.at(-1)!.last + 8, NEGATIVE_TIES)) return out;
      out.push({ type: 'ALLY', source: a, target: b, rule: '"A\'s ties with B"' });
    }
  }
  return out;
}

/** Whether a token in [from, to) has its key in `set`. */
function anyKeyIn(tokens: readonly Token[], from: number, to: number, set: ReadonlySet<string>): boolean {
  for (let i = Math.max(0, from); i < to && i < tokens.length; i++) if (set.has(tokens[i]!.key)) return true;
  return false;
}

/** "PIJ has become one of Iran's most vociferous Palestinian proxies". */
function oneOfTheirs(tokens: readonly Token[], mentions: readonly ActorMention[]): RelationFinding[] {
  const out: RelationFinding[] = [];
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i]!;
    const b = mentions[i + 1]!;
    // "is one of" to "has become one of the": three to five words.
    const gap = b.first - a.last;
    if (gap < 3 || gap > 5) continue;
    const keys = keysOf(tokens, a.last, b.first).join(' ');
    if (!ONE_OF_PHRASE.test(keys) || !isPossessive(tokens[b.last])) continue;
    for (let k = b.last + 1; k < b.last + 6; k++) {
      const noun = tokens[k]?.key ?? '';
      if (PROXY.has(noun)) out.push({ type: 'PATRON', source: b, target: a, rule: '"A is one of B\'s proxies"' });
      else if (ALLY.has(noun)) out.push({ type: 'ALLY', source: a, target: b, rule: '"A is one of B\'s allies"' });
      else if (RIVAL.has(noun)) out.push({ type: 'RIVAL', source: a, target: b, rule: '"A is one of B\'s rivals"' });
      else continue;
      break;
    }
  }
  return out;
}

/** "the junta, led by Colonel Assimi Goïta", "a militia led by Youssouf Toloba": the person
 * after "led by" heads the nearest group named before it (outside brackets). */
const HEADED = new Set(['led', 'headed', 'commanded', 'chaired', 'run']);

/** "Asaib Ahl al-Haq, a splinter of the Mahdi Army, is led by X": before "is" at `verb`
 * stands an aside; the actor before the aside is the subject. */
function subjectBeforeAside(tokens: readonly Token[], reg: Registry, mentions: readonly ActorMention[], verb: number): ActorMention | undefined {
  if (!COPULA.test(tokens[verb]?.key ?? '') || tokens[verb - 1]?.text !== ',') return undefined;
  for (let i = verb - 2; i >= Math.max(0, verb - 14); i--) {
    if (tokens[i]!.text !== ',') continue;
    const subject = mentions.find((m) => m.last === i);
    const kind = subject ? reg.entities.get(subject.entity)?.kind : undefined;
    return kind && kind !== 'person' && kind !== 'other' ? subject : undefined;
  }
  return undefined;
}

/** Bodies a group or state sends out, led by one of its own. */
const SENT_BODIES = new Set(['delegation', 'delegations', 'team', 'teams', 'mission', 'missions', 'convoy', 'contingent', 'negotiators', 'envoys']);

function ledBy(tokens: readonly Token[], reg: Registry, mentions: readonly ActorMention[]): RelationFinding[] {
  const out: RelationFinding[] = [];
  for (const b of mentions) {
    if (reg.entities.get(b.entity)?.kind !== 'person') continue;
    let i = b.first - 1;
    while (i > 0 && (tokens[i]!.cap || tokens[i]!.text === '.')) i--; // honorifics: "led by Colonel X"
    if (tokens[i]?.key !== 'by' || !HEADED.has(tokens[i - 1]?.key ?? '')) continue;
    let group = subjectBeforeAside(tokens, reg, mentions, i - 2);
    for (let k = mentions.indexOf(b) - 1; k >= 0 && !group; k--) {
      const m = mentions[k]!;
      const depth = tokens.slice(m.last, i).reduce((d, t) => d + (t.text === ')' ? 1 : t.text === '(' ? -1 : 0), 0);
      const kind = reg.entities.get(m.entity)?.kind;
      // Not "Haiti's gangs, led by X": a possessor only qualifies the noun that is led.
      if (depth === 0 && m.last <= i - 1 && i - 1 - m.last <= 12 && kind !== 'person' && kind !== 'other' && !isPossessive(tokens[m.last])) group = m;
    }
    if (!group) continue;
    // "a Hamas delegation led by X": X heads the delegation, one of the group's own. ("a
    // Russian delegation" is a mention of Russia that takes in its noun.)
    if (SENT_BODIES.has(tokens[group.last]?.key ?? '') || SENT_BODIES.has(tokens[group.last - 1]!.key)) out.push({ type: 'MEMBER_OF', source: b, target: group, rule: '"a B delegation led by A"' });
    else out.push({ type: 'LEADS', source: b, target: group, rule: '"B, led by A"' });
  }
  return out;
}

/** "Hamas looks to Iran, one of its last remaining allies": "its" is the sentence's first actor. */
function oneOfIts(tokens: readonly Token[], mentions: readonly ActorMention[]): RelationFinding[] {
  const out: RelationFinding[] = [];
  const owner = mentions.find((m) => !m.weak);
  for (const b of mentions) {
    if (!owner || b === owner || tokens[b.last]?.text !== ',' || tokens[b.last + 1]?.key !== 'one' || tokens[b.last + 2]?.key !== 'of') continue;
    if (!ITS_THEIR.test(tokens[b.last + 3]?.key ?? '')) continue;
    for (let i = b.last + 4; i < b.last + 8; i++) {
      const k = tokens[i]?.key ?? '';
      const type: RelationType | null = ALLY.has(k) ? 'ALLY' : RIVAL.has(k) ? 'RIVAL' : PATRON.has(k) ? 'PATRON' : null;
      if (type) {
        out.push(type === 'PATRON' ? { type, source: b, target: owner, rule: '"B, one of its backers"' } : { type, source: owner, target: b, rule: '"B, one of its allies"' });
        break;
      }
    }
  }
  return out;
}

/**
 * "Hamas … moved its leadership from Damascus to Doha", "the group relocated its politburo
 * to Qatar": the organization that moved is based where it moved to.
 */
function movedTo(tokens: readonly Token[], reg: Registry, mentions: readonly ActorMention[]): RelationFinding[] {
  const out: RelationFinding[] = [];
  for (const place of mentions) {
    const kind = reg.entities.get(place.entity)?.kind;
    if (place.weak || (kind !== 'state' && kind !== 'other')) continue;
    let to = place.first - 1;
    if (tokens[to]?.key === 'the') to--;
    if (tokens[to]?.key !== 'to') continue;
    // Back to the verb of moving: its seat, and where it left, may stand between.
    let verb = -1;
    for (let i = to - 1; i >= Math.max(0, to - 8); i--) {
      if (MOVE.has(tokens[i]!.key)) {
        verb = i;
        break;
      }
      if (tokens[i]!.text === ',' || tokens[i]!.text === ';') break;
    }
    if (verb < 0) continue;
    const movers = mentions.filter((m) => m.last <= verb && !m.weak && ORGANIZATIONS.has(reg.entities.get(m.entity)?.kind ?? ''));
    // "its resultant move to Qatar": "its" is the sentence's first organization, not the last named.
    const owned = [1, 2, 3].some((d) => ITS_THEIR.test(tokens[verb - d]?.key ?? ''));
    const mover = owned ? movers[0] : movers.at(-1);
    if (mover && mover.entity !== place.entity) out.push({ type: 'BASED_IN', source: mover, target: place, rule: '"A moved its leadership to B"' });
  }
  return out;
}

const ORGANIZATIONS = new Set(['organization', 'armed_wing']);

const PATRONIZING = new Set(['backs', 'supports', 'sponsors', 'funds', 'finances', 'arms', 'bankrolls', 'trains']);
const RELATIVE_ADVERBS = new Set(['also', 'long', 'still', 'openly', 'reportedly', 'allegedly', 'has', 'have']);

/** "Iran, which backs Hamas, Hezbollah and the Houthis": a standing patronage, for every actor listed. */
function relativePatronage(tokens: readonly Token[], mentions: readonly ActorMention[]): RelationFinding[] {
  const out: RelationFinding[] = [];
  for (const patron of mentions) {
    if (patron.weak || tokens[patron.last]?.text !== ',' || !['which', 'who'].includes(tokens[patron.last + 1]?.key ?? '')) continue;
    let verb = patron.last + 2;
    while (RELATIVE_ADVERBS.has(tokens[verb]?.key ?? '')) verb++;
    if (!PATRONIZING.has(tokens[verb]?.key ?? '')) continue;
    for (const client of namesListedAt(tokens, mentions, pastTitle(tokens, mentions, verb + 1))) out.push({ type: 'PATRON', source: patron, target: client, rule: '"A, which backs B"' });
  }
  return out;
}

const TITLE_WORDS = new Set(['army', 'chief', 'leader', 'president', 'commander', 'general', 'strongman', 'head', 'warlord', 'prime', 'minister', 'militia', 'rebel', 'former', 'military']);

/** "which backs army chief Abdel Fattah al-Burhan": where the name begins, past the title before it. */
function pastTitle(tokens: readonly Token[], mentions: readonly ActorMention[], from: number): number {
  for (let i = from; i < from + 5; i++) {
    const t = tokens[i];
    if (!t) return from;
    const named = mentions.find((m) => m.first === i);
    if (named && !named.weak) return i;
    if (!named && !TITLE_WORDS.has(t.key) && !t.cap) return from;
  }
  return from;
}

/** The names listed from token `at` on ("the Zorvani Front, the Kanem Brigades and Chad"):
 * the list goes on after ",", "and" or ", and", with "the" allowed before each name. */
function namesListedAt(tokens: readonly Token[], mentions: readonly ActorMention[], from: number): ActorMention[] {
  const out: ActorMention[] = [];
  let at = tokens[from]?.key === 'the' ? from + 1 : from;
  for (const named of mentions) {
    if (named.first < at) continue;
    if (named.first !== at || named.weak) break;
    out.push(named);
    let next = named.last;
    if (tokens[next]?.text === ',') next++;
    if (tokens[next]?.key === 'and') next++;
    if (next === named.last) break;
    if (tokens[next]?.key === 'the') next++;
    at = next;
  }
  return out;
}

const EXAMPLE_CUES = new Set(['including', 'like', 'notably', 'especially', 'particularly']);

/** "Iran's proxies in Iraq, such as Kataib Hezbollah", "Russia's allies, including Belarus
 * and Syria": the actors given as examples of an owner's proxies or allies. */
function examplesOfTies(tokens: readonly Token[], mentions: readonly ActorMention[]): RelationFinding[] {
  const out: RelationFinding[] = [];
  for (const owner of mentions) {
    if (owner.weak || !isPossessive(tokens[owner.last])) continue;
    // The noun of ties, past modifiers: "Iran's regional proxies".
    let noun = owner.last + 1;
    while (noun < owner.last + 4 && !isTieNoun(tokens[noun]?.key ?? '') && LOWER_WORD.test(tokens[noun]?.text ?? '')) noun++;
    const key = tokens[noun]?.key ?? '';
    if (!isTieNoun(key)) continue;
    // The cue, past a place ("in Iraq") and a comma.
    let cue = -1;
    for (let i = noun + 1; i < noun + 7 && i < tokens.length; i++) {
      const k = tokens[i]!.key;
      if (EXAMPLE_CUES.has(k)) cue = i + 1;
      else if (k === 'such' && tokens[i + 1]?.key === 'as') cue = i + 2;
      if (cue >= 0 || k === ';' || k === '.') break;
    }
    if (cue < 0) continue;
    for (const named of namesListedAt(tokens, mentions, cue)) {
      const tie = tieOfNoun(key, owner, named, '"A\'s proxies, such as B"');
      if (tie) out.push(tie);
    }
  }
  return out;
}

function isTieNoun(k: string): boolean {
  return PROXY.has(k) || PATRON.has(k) || ALLY.has(k) || RIVAL.has(k);
}

/** The relation a noun of standing ties states between its owner and the actor it names. */
function tieOfNoun(noun: string, owner: ActorMention, named: ActorMention, rule: string): RelationFinding | null {
  if (PROXY.has(noun)) return { type: 'PATRON', source: owner, target: named, rule };
  if (PATRON.has(noun)) return { type: 'PATRON', source: named, target: owner, rule };
  if (ALLY.has(noun)) return { type: 'ALLY', source: owner, target: named, rule };
  if (RIVAL.has(noun)) return { type: 'RIVAL', source: owner, target: named, rule };
  if (PART.has(noun)) return { type: 'PART_OF', source: named, target: owner, rule };
  return null;
}

/**
 * "Iran has long armed its Lebanon proxy Hezbollah", "Riyadh and its ally, the UAE", "its
 * proxy “Hezbollah”":
 * a mid-sentence "its" belongs to the nearest actor named before it.
 */
function itsNamedTie(tokens: readonly Token[], mentions: readonly ActorMention[]): RelationFinding[] {
  const out: RelationFinding[] = [];
  for (let k = 1; k < mentions.length; k++) {
    const named = mentions[k]!;
    if (named.weak) continue;
    // Back from the name: an optional comma and "the", the noun, modifiers, then "its".
    let i = named.first - 1;
    if (QUOTE.test(tokens[i]?.text ?? '')) i--;
    if (tokens[i]?.key === 'the') i--;
    if (tokens[i]?.text === ',') i--;
    const noun = tokens[i]?.key ?? '';
    if (!PROXY.has(noun) && !PATRON.has(noun) && !ALLY.has(noun) && !RIVAL.has(noun) && !PART.has(noun)) continue;
    let its = i - 1;
    // Modifiers, including a place that only qualifies the noun ("its Lebanon proxy").
    while (its > i - 5 && its >= 0 && !ITS_THEIR.test(tokens[its]!.key)) {
      const place = mentions.find((m) => m.first <= its && its < m.last);
      if (!place && (!LOWER_WORD.test(tokens[its]!.text) || !FILLER.has(tokens[its]!.key)) && tokens[its]!.text !== '-') break;
      its = place ? place.first - 1 : its - 1;
    }
    if (!ITS_THEIR.test(tokens[its]?.key ?? '') || tokens[its]!.cap) continue;
    const owner = mentions.filter((m) => m.last <= its && !m.weak).at(-1);
    if (!owner || owner.entity === named.entity) continue;
    const tie = tieOfNoun(noun, owner, named, '"A … its proxy B"');
    if (tie) out.push(tie);
  }
  return out;
}

const LIST_ENDS = new Set(['and', 'or', 'in', 'since', 'until', 'as', 'where', 'while', 'but', 'for', 'after', 'before', 'from']);

/** The places listed right after `m` ("Doha, Ankara and Istanbul"). */
function listedAfter(ctx: Ctx, m: ActorMention): ActorMention[] {
  const out: ActorMention[] = [];
  let last = m;
  for (let k = ctx.mentions.indexOf(m) + 1; k < ctx.mentions.length; k++) {
    const c = ctx.mentions[k]!;
    const glue = ctx.tokens[last.last];
    const joined = c.first === last.last + 1 && (glue?.text === ',' || glue?.key === 'and');
    const kind = kindOf(ctx, c);
    // Not "based in Gaza and Israel attacked it": a verb after the name starts a clause.
    const after = ctx.tokens[c.last];
    const ends = after === undefined || !LOWER_WORD.test(after.text) || LIST_ENDS.has(after.key);
    if (!joined || !ends || c.weak || (kind !== 'state' && kind !== 'other')) break;
    out.push(c);
    last = c;
  }
  return out;
}

export function findPatternRelations(tokens: readonly Token[], reg: Registry, mentions: readonly ActorMention[]): RelationFinding[] {
  // A relation joins two different actors: where the sentence names a single one, only an armed
  // wing's descriptor (which points to the wing's parent) can give any, and nothing else is read.
  const several = !oneActor(mentions);
  const out: RelationFinding[] = several ? [
    ...warmTiesBetween(tokens, mentions), ...oneOfIts(tokens, mentions), ...ledBy(tokens, reg, mentions),
    ...allianceMembers(tokens, reg, mentions), ...allianceAgainst(tokens, reg, mentions), ...antiCompounds(tokens, mentions),
    ...hostileAims(tokens, reg, mentions), ...membersIncluding(tokens, reg, mentions), ...pairedTies(tokens, mentions),
    ...formedAlliance(tokens, reg, mentions), ...standingTies(tokens, mentions), ...oneOfTheirs(tokens, mentions),
    ...itsNamedTie(tokens, mentions), ...movedTo(tokens, reg, mentions), ...relativePatronage(tokens, mentions),
    ...examplesOfTies(tokens, mentions),
  ] : [];
  const ctx: Ctx = { tokens, mentions, reg };
  for (let i = 0; i < mentions.length; i++) {
    const a = mentions[i]!;
    if (a.form === 'descriptor') {
      const wing = reg.entities.get(a.entity);
      if (wing?.parent) out.push({ type: 'PART_OF', source: a, target: { ...a, entity: wing.parent }, rule: '"Y\'s military wing"' });
    }
    if (!several) continue;
    for (let j = i + 1; j < mentions.length && j <= i + 3; j++) {
      const b = mentions[j]!;
      if (b.sentence !== a.sentence || a.entity === b.entity || (a.weak && !isPossessive(tokens[a.last]) && tokens[a.last]?.text !== '-')) continue;
      const found = pairRelation(ctx, a, b) ?? basedPrefix(ctx, a, b);
      if (!found) continue;
      // "the elite branch of Iran's Revolutionary Guards": the possessor only qualifies the actor.
      const next = mentions[j + 1];
      if (found.target === b && isPossessive(tokens[b.last]) && next && next.first === b.last + 1) found.target = next;
      out.push(found);
      // "offices in Doha and Istanbul": the places listed after the first share its tie.
      if (found.type === 'BASED_IN' && found.target === b) out.push(...listedAfter(ctx, b).map((c) => ({ ...found, target: c })));
    }
  }
  return out.filter((f) => f.type !== 'ALLY' || !allianceQualifiedAway(tokens, f));
}

const PAST_TIE = new Set(cues.pastTieMarkers);
const NOT_ALLIANCE = new Set(cues.nonAllianceQualifiers);
// The words of a tie a qualifier may stand before: "once close allies", "formerly allied with".
const TIE_HEADS = new Set([...ALLY, ...TIES, 'allied', 'close']);
const QUALIFIER_REACH = 3;
const TIE_REACH = 5;

/**
 * "Brazil and Colombia, once close allies of Caracas", "China is Myanmar's largest trading
 * partner": an alliance said to be over, or a partnership in trade, is no standing alliance.
 * True when the words of the tie around the two names are all so qualified.
 */
function allianceQualifiedAway(tokens: readonly Token[], f: RelationFinding): boolean {
  const from = Math.min(f.source.first, f.target.first);
  const to = Math.max(f.source.last, f.target.last) + TIE_REACH;
  let heads = 0;
  for (let i = from; i < Math.min(to, tokens.length); i++) {
    if (!TIE_HEADS.has(tokens[i]!.key)) continue;
    heads++;
    if (!qualifiedAway(tokens, i, from)) return false;
  }
  return heads > 0;
}

function qualifiedAway(tokens: readonly Token[], head: number, floor: number): boolean {
  // "partners in trade", "partners in the trade of gas": the qualifier may follow "in".
  if (tokens[head + 1]?.key === 'in') {
    const next = tokens[head + 2]?.key === 'the' ? head + 3 : head + 2;
    if (NOT_ALLIANCE.has(tokens[next]?.key ?? '')) return true;
  }
  for (let i = head - 1; i >= Math.max(floor, head - QUALIFIER_REACH); i--) {
    const k = tokens[i]!.key;
    // Not "once again".
    if ((PAST_TIE.has(k) && tokens[i + 1]?.key !== 'again') || NOT_ALLIANCE.has(k)) return true;
    if (tokens[i]!.kind !== 'word') return false;
  }
  return false;
}
