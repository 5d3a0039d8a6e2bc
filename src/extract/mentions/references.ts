// Mentions that point back to an actor named earlier: "the group", "the movement",
// "the Palestinian group", "the Gulf state", "he", and surname-only "Nakhala".
import type { EntityKind } from '../../contract.ts';
import { isPossessive, type Token } from '../../text/tokens.ts';
import { pastTimePhrase } from '../dates/time-phrase.ts';
import type { DocEntity } from '../entities/registry.ts';
import type { ActorMention } from './types.ts';
import type { TokenSet } from './token-marks.ts';
import words from './words.json' with { type: 'json' };
import { PREPOSITIONS, SUBORDINATORS } from '../events/clauses.ts';

const GROUP_NOUNS = new Set(words.groupAnaphors.filter((w) => !w.includes(' ')));
const OTHER_GROUP = new Set(words.otherGroupModifiers);
const STATE_NOUNS = new Set(words.stateAnaphors.filter((w) => !w.includes(' ')));
// "the state" alone is too vague to point back; "the government", "the regime" and
// "the junta" are the state the article is about.
const VAGUE_STATE_NOUNS = new Set(['state']);
const SAYING = new Set(['said', 'says', 'told', 'denied', 'denies', 'announced', 'stated', 'insisted', 'claimed', 'confirmed', 'warned', 'added', 'stressed', 'vowed', 'pledged', 'promised', 'threatened', 'argued', 'acknowledged', 'admitted']);
const MEMBER_HEADS = new Set(['leaders', 'leadership', 'officials', 'members', 'fighters', 'forces', 'troops', 'delegation', 'government', 'envoys', 'diplomats', 'commanders', 'militants', 'negotiators',
  'army', 'military', 'navy', 'soldiers', 'warplanes', 'jets', 'drones', 'air force']);
const GROUP_KINDS: ReadonlySet<EntityKind> = new Set(['organization', 'armed_wing']);
// "the movement", "the party" and "the bloc" are a whole organization, never an armed wing.
const MOVEMENT_KINDS: ReadonlySet<EntityKind> = new Set(['organization']);
const MOVEMENT_NOUNS = new Set(['movement', 'party', 'organization', 'organisation', 'bloc', 'alliance', 'coalition']);
const STATE_KINDS: ReadonlySet<EntityKind> = new Set(['state']);
const LOWER_WORD = /^[a-z]+$/;
const LOWER_START = /^[a-z]/;
// Words after "her" that leave it an object ("told her.", "named her a …"), not a possessive.
const NOT_AFTER_POSSESSIVE = new Set(['.', ',', 'as', 'a', 'an', 'the']);
const PERSON_KINDS: ReadonlySet<EntityKind> = new Set(['person']);

export interface Antecedent {
  entity: string;
  kind: EntityKind;
}

// Nouns for a state's rulers that name a kind of rule: "the junta" is the state earlier
// called "Myanmar's military government" or "the Malian junta", however many states were
// named since. "military" and one of MILITARY_RULERS say "junta" too.
const RULE_NOUNS = new Set(['junta', 'regime']);
const MILITARY_RULERS = new Set(['government', 'rulers', 'regime', 'leaders']);
// "The envoy flew to Doha. X, spokesman for the junta, …": a junta is a state's military
// rulers, and the state last named (a destination here) need not have any; with no state
// called so, and none the sentence opens on, "the junta" stays unresolved.
const UNGUESSED_RULE = new Set(['junta']);

/** The noun of rule the words at `at` give ("junta", "military government", "brutal regime"), or null. */
function ruleAt(tokens: readonly Token[], at: number): string | null {
  const w1 = tokens[at]?.key ?? '';
  const w2 = tokens[at + 1]?.key ?? '';
  if (RULE_NOUNS.has(w1)) return w1;
  if (w1 === 'military' && MILITARY_RULERS.has(w2)) return 'junta';
  // One modifier may stand before the noun: "Myanmar's ruling junta", "Syria's brutal regime".
  return RULE_NOUNS.has(w2) && LOWER_WORD.test(tokens[at]!.text) ? w2 : null;
}

/** "Myanmar's military government", "the Malian junta" (a person's own state is not known
 * here, so not "the Assad regime"): records which state each noun of rule was last used for. */
export function learnRulers(tokens: readonly Token[], found: readonly ActorMention[], entities: ReadonlyMap<string, DocEntity>, rulers: Map<string, string>): void {
  for (const m of found) {
    if (m.form === 'anaphor' || m.form === 'pronoun') continue;
    const rule = ruleAt(tokens, m.last + (tokens[m.last]?.key === "'s" || tokens[m.last]?.key === "'" ? 1 : 0));
    if (rule && entities.get(m.entity)?.kind === 'state') rulers.set(rule, m.entity);
  }
}

/** The last actor of one of `kinds` named, not weakly, before the offset `before`, in sentence `fromSentence` or later. */
function mostRecent(history: readonly ActorMention[], entities: ReadonlyMap<string, DocEntity>, before: number, kinds: ReadonlySet<EntityKind>, fromSentence = 0, except?: string): string | null {
  for (let k = history.length - 1; k >= 0; k--) {
    const m = history[k]!;
    if (m.end > before || m.weak || m.sentence < fromSentence || m.entity === except) continue;
    const e = entities.get(m.entity);
    if (e && kinds.has(e.kind)) return e.id;
  }
  return null;
}

/** "the junta in Burkina Faso", "the government in Kabul", "the regime in Damascus": a noun of
 * rule placed in a state (or its capital) is that state's, whatever state was named before. */
function placedState(tokens: readonly Token[], history: readonly ActorMention[], entities: ReadonlyMap<string, DocEntity>, end: number): string | null {
  if (tokens[end]?.key !== 'in') return null;
  const m = history.find((x) => x.first === end + 1 && !x.weak);
  return m && entities.get(m.entity)?.kind === 'state' ? m.entity : null;
}

/** "Niger's rulers ordered the French ambassador to leave. The junta …": a sentence that
 * opens with a state noun goes on about the first state of the sentence before, its topic,
 * not the last one named there. */
function topicState(history: readonly ActorMention[], entities: ReadonlyMap<string, DocEntity>, sentence: number, kinds: ReadonlySet<EntityKind>): string | null {
  const topic = history.find((m) => m.sentence === sentence - 1 && !m.weak && kinds.has(entities.get(m.entity)?.kind ?? 'other'));
  return topic?.entity ?? null;
}

/** The antecedent of "the group": among the candidates of the nearest sentence that has
 * any, the actor the document talks about most, the earliest one on a tie.
 * "…relationship with Islamic Jihad, but after Iran's backing of the Houthis, Iran
 * withdrew funding to the group" → Islamic Jihad; "…between Hezbollah and Hamas;
 * Nasrallah sent sympathies to the group" → Hamas, the document's subject. */
function salient(history: readonly ActorMention[], counts: ReadonlyMap<string, number>, entities: ReadonlyMap<string, DocEntity>, before: number, sentence: number, kinds: ReadonlySet<EntityKind>): string | null {
  for (let s = sentence; s >= Math.max(0, sentence - 3); s--) {
    // The most named candidate, the first of them on a tie.
    let best: ActorMention | null = null;
    for (const m of history) {
      // A demonym counts for "the government" ("Kenyans protested against the government").
      const candidate = m.sentence === s && m.end <= before && (!m.weak || (m.form === 'demonym' && kinds.has('state'))) && kinds.has(entities.get(m.entity)?.kind ?? 'other');
      if (candidate && (best === null || (counts.get(m.entity) ?? 0) > (counts.get(best.entity) ?? 0))) best = m;
    }
    if (best) return best.entity;
  }
  return mostRecent(history, entities, before, kinds);
}

/** "the coalition" after "the Saudi-led coalition", "the alliance" after "the Alliance of
 * Sahel States": the last actor whose own name has that noun. */
function namedWithHead(history: readonly ActorMention[], entities: ReadonlyMap<string, DocEntity>, before: number, head: string): string | null {
  for (let k = history.length - 1; k >= 0; k--) {
    const m = history[k]!;
    if (m.end > before || m.weak) continue;
    const e = entities.get(m.entity);
    if (e && e.kind !== 'person' && e.kind !== 'state' && nameHasWord(e.name, head)) return e.id;
  }
  return null;
}

function nameHasWord(name: string, word: string): boolean {
  const at = name.toLowerCase().indexOf(word);
  if (at < 0) return false;
  const end = at + word.length;
  return (at === 0 || !LETTER.test(name[at - 1]!)) && (end === name.length || !LETTER.test(name[end]!));
}

const LETTER = /\p{L}/u;
// Nouns that name one kind of body; "the organization" or "the group" may be any, and the
// document's subject is the better guess for them ("the Palestine Liberation Organization"
// named in passing does not take over "the organization").
const NAMING_HEADS = new Set(['coalition', 'alliance', 'bloc', 'militia']);

/** "the [modifier]{0,2} group" → end token of the phrase and what it refers to. */
/** Verbs whose "of" names the charge, not a part: "accused the group of". */
const CHARGING = new Set(['accused', 'accusing', 'accuses', 'accuse', 'suspected', 'suspecting', 'suspects', 'convicted', 'acquitted', 'cleared', 'warned', 'warning', 'informed', 'stripped']);

function definiteDescription(tokens: readonly Token[], at: number, last: number, taken: TokenSet): { end: number; noun: 'group' | 'state' } | null {
  if (tokens[at]!.key !== 'the') return null;
  for (let j = at + 1; j < Math.min(last, at + 4); j++) {
    const t = tokens[j]!;
    if (t.kind !== 'word') return null;
    // "the Russian state" names Russia itself; "the Palestinian organization" points back.
    if (taken.has(j)) {
      if (j === at + 1 && GROUP_NOUNS.has(tokens[j + 1]?.key ?? '')) continue;
      return null;
    }
    // "the group of pilgrims" is no actor; "accused the group of atrocities" is.
    const followedByOf = tokens[j + 1]?.key === 'of' && !CHARGING.has(tokens[at - 1]?.key ?? '');
    if (GROUP_NOUNS.has(t.key) && !followedByOf) return { end: j + 1, noun: 'group' };
    // "the Gulf state", "the kingdom"; a bare "the state"/"the government" is too vague.
    if (STATE_NOUNS.has(t.key) && !followedByOf) return j > at + 1 || !VAGUE_STATE_NOUNS.has(t.key) ? { end: j + 1, noun: 'state' } : null;
    if (t.cap && j === at + 1) continue; // "the Palestinian group", "the Gulf state"
    if (!LOWER_WORD.test(t.text)) return null; // "the militant group"; nothing else
    // "The coup leaders", "the rival faction": another body than the one in view.
    if (OTHER_GROUP.has(t.key)) return null;
  }
  return null;
}

const PERSON_TITLES = new Set(['envoy', 'minister', 'president', 'premier', 'diplomat', 'general', 'commander', 'spokesman', 'spokeswoman', 'ambassador', 'cleric', 'emir', 'king', 'prince', 'chancellor', 'negotiator', 'mediator']);

/** The last person, from sentence `fromSentence` on, named right after `title` ("US envoy X"). */
function titledPerson(tokens: readonly Token[], history: readonly ActorMention[], entities: ReadonlyMap<string, DocEntity>, before: number, title: string, fromSentence: number): string | null {
  for (let k = history.length - 1; k >= 0; k--) {
    const m = history[k]!;
    if (m.end > before || m.sentence < fromSentence || entities.get(m.entity)?.kind !== 'person') continue;
    for (let i = Math.max(0, m.first - 3); i < m.first; i++) if (tokens[i]!.key === title) return m.entity;
  }
  return null;
}

const FORCES = words.forcesAnaphors.map((f) => f.split(' '));
// What may follow the noun when it stands alone as a subject: "The army said", "the military
// then attacked", "the armed forces, which…" — not "the military wing", "the army chief".
const FORCES_VERB = /^([a-z]+ed|said|says|has|had|have|was|were|is|are|will|would|then|later|also|again|struck|shot|fought|took|hit)$/;

/** How many words of "army", "military", "armed forces" stand at `at`, as a noun of its own
 * with its verb or a punctuation mark after it; 0 if none. */
function forcesLength(tokens: readonly Token[], at: number): number {
  for (const keys of FORCES) {
    let n = 0;
    while (n < keys.length && tokens[at + n]?.key === keys[n]) n++;
    if (n < keys.length) continue;
    const next = tokens[at + n];
    // Not "the army led by X", a participle qualifying it.
    const qualified = tokens[at + n + 1]?.key === 'by';
    return next && (next.kind === 'punct' || (FORCES_VERB.test(next.key) && !qualified)) ? n : 0;
  }
  return 0;
}

/** The one state named, not weakly, before `before` from sentence `fromSentence` on; null
 * when none or several are. */
function onlyState(history: readonly ActorMention[], entities: ReadonlyMap<string, DocEntity>, before: number, fromSentence: number): string | null {
  let state: string | null = null;
  for (const m of history) {
    if (m.end > before || m.sentence < fromSentence || entities.get(m.entity)?.kind !== 'state') continue;
    if (state !== null && state !== m.entity) return null;
    state = m.entity;
  }
  return state;
}

/** The last two actors named together ("X and Y") before a point, in this or the previous sentence. */
function lastPair(tokens: readonly Token[], history: readonly ActorMention[], before: number, sentence: number): [string, string] | null {
  const candidates = history.filter((m) => m.end <= before && !m.weak && m.sentence >= sentence - 1);
  for (let k = candidates.length - 1; k > 0; k--) {
    const b = candidates[k]!;
    const a = candidates[k - 1]!;
    const glue = tokens.slice(a.last, b.first).map((t) => t.key).join(' ');
    if ((glue === 'and' || glue === ', and') && a.entity !== b.entity) return [a.entity, b.entity];
  }
  return null;
}

// The searches below are functions of their own rather than closures in the loop of
// findReferences: a closure there would make every pass of the loop allocate a scope.

/** The first actor of the sentence named, not weakly, before `before`: no person, and no place
 * unless `places` says so. */
function firstActorBefore(history: readonly ActorMention[], entities: ReadonlyMap<string, DocEntity>, sentence: number, before: number, places: boolean): ActorMention | undefined {
  for (const m of history) {
    if (m.sentence !== sentence || m.end > before || m.weak) continue;
    const kind = entities.get(m.entity)?.kind;
    if (kind !== 'person' && (places || kind !== 'other')) return m;
  }
  return undefined;
}

const VERB_WORDS_MAX = 3;

/** "Uganda withdrew its", "Pakistan has said its": the actor right before the verb (and its
 * auxiliaries) that stands before `at`; none past a preposition or a subordinator. */
function subjectOfVerbBefore(tokens: readonly Token[], history: readonly ActorMention[], entities: ReadonlyMap<string, DocEntity>, sentence: number, at: number): ActorMention | undefined {
  let i = at - 1;
  while (i >= at - VERB_WORDS_MAX && i >= 0 && LOWER_WORD.test(tokens[i]!.text) && !PREPOSITIONS.has(tokens[i]!.key) && !SUBORDINATORS.has(tokens[i]!.key)) i--;
  if (i === at - 1) return undefined;
  const m = history.find((x) => x.sentence === sentence && x.last === i + 1 && !x.weak);
  const kind = m ? entities.get(m.entity)?.kind : undefined;
  return m && kind !== 'person' && kind !== 'other' ? m : undefined;
}

/** How many words of a MEMBER_HEADS noun start at `at`: 1, 2 ("air force") or 0. */
function memberHeadLength(tokens: readonly Token[], at: number): number {
  const one = tokens[at]?.key ?? '';
  if (MEMBER_HEADS.has(one)) return 1;
  return MEMBER_HEADS.has(`${one} ${tokens[at + 1]?.key ?? ''}`) ? 2 : 0;
}

/** How many words "ministry" or "foreign ministry" take at `at` (0 if neither): not "the
 * ministry of defence", a name of its own. */
function ministryLength(tokens: readonly Token[], at: number): number {
  const len = tokens[at]?.key === 'ministry' ? 1 : LOWER_WORD.test(tokens[at]?.text ?? '') && tokens[at + 1]?.key === 'ministry' ? 2 : 0;
  return len > 0 && tokens[at + len]?.key !== 'of' ? len : 0;
}

/** "Ghana's foreign ministry said… The ministry": the state a ministry was just given to, the
 * last one so named (with the same modifier, when "the foreign ministry" has one). */
function ministryOwner(tokens: readonly Token[], history: readonly ActorMention[], before: number, modifier: string | null): string | null {
  for (let k = history.length - 1; k >= 0; k--) {
    const m = history[k]!;
    if (m.end > before || m.weak || !isPossessive(tokens[m.last])) continue;
    const at = tokens[m.last + 1]?.key === 'ministry' ? m.last + 1 : tokens[m.last + 2]?.key === 'ministry' ? m.last + 2 : -1;
    if (at > 0 && (!modifier || tokens[at - 1]!.key === modifier)) return m.entity;
  }
  return null;
}

const CLAIM_NOUNS = new Set(['reports', 'claims', 'allegations', 'accusations', 'charges', 'suggestions', 'rumours', 'rumors']);

/** Where the verb of saying stands whose clause the pronoun at `at` opens: "said it",
 * "denied that it", "denied reports that it", "said on Thursday it"; -1 if none. */
function sayingBefore(tokens: readonly Token[], at: number): number {
  // "said on Thursday it", "announced last week that it".
  let i = at - 1;
  if (tokens[i]?.key === 'that') i--;
  i = pastTimePhrase(tokens, 0, i + 1);
  if (CLAIM_NOUNS.has(tokens[i]?.key ?? '') && tokens[i + 1]?.key === 'that') i--;
  return SAYING.has(tokens[i]?.key ?? '') ? i : -1;
}

const QUOTE_MARK = /^["“”«»]$/;
const PLACE_PREPS = new Set(['in', 'at', 'to', 'from', 'near', 'on']);

/** An odd number of quotation marks between the sentence's start and `at`. */
function insideQuote(tokens: readonly Token[], first: number, at: number): boolean {
  let marks = 0;
  for (let i = first; i < at; i++) if (QUOTE_MARK.test(tokens[i]!.text)) marks++;
  return marks % 2 === 1;
}

/** Whose side "we" speaks for: the speaker named after the quotation ("…," Iranian Foreign
 * Minister X said), the actor a person speaks for (by a name or demonym beside them) before
 * the person. */
function quoteSpeakerSide(tokens: readonly Token[], history: readonly ActorMention[], entities: ReadonlyMap<string, DocEntity>, sentence: number, at: number, last: number): string | null {
  let close = at + 1;
  while (close < last && !QUOTE_MARK.test(tokens[close]!.text)) close++;
  let verb = close + 1;
  while (verb < last && verb < close + 12 && !SAYING.has(tokens[verb]!.key) && tokens[verb]!.key !== 'told') verb++;
  if (close >= last || verb >= last || verb >= close + 12) return null;
  // The speaker stands between the quotation and the verb, or just after the verb.
  // Not a place after a preposition ("told reporters in Berlin").
  const speakers = history.filter((m) => m.sentence === sentence && m.first > close && m.first <= verb + 4 && !PLACE_PREPS.has(tokens[m.first - 1]?.key ?? ''));
  const side = speakers.find((m) => entities.get(m.entity)?.kind !== 'person');
  return side?.entity ?? speakers[0]?.entity ?? null;
}

/** The last mention of the sentence ending within three tokens before the verb of saying at `verbAt`. */
function speakerBefore(history: readonly ActorMention[], sentence: number, verbAt: number): ActorMention | undefined {
  for (let k = history.length - 1; k >= 0; k--) {
    const m = history[k]!;
    if (m.sentence === sentence && m.last <= verbAt && m.last >= verbAt - 3 && !m.weak) return m;
  }
  return undefined;
}

/** `history`: the mentions of the last few sentences and of this one, in order; `counts`:
 * how often each actor was named before this sentence (the document's subject counts most). */
export function findReferences(
  tokens: readonly Token[],
  first: number,
  last: number,
  sentence: number,
  taken: TokenSet,
  history: readonly ActorMention[],
  counts: ReadonlyMap<string, number>,
  entities: ReadonlyMap<string, DocEntity>,
  rulers: ReadonlyMap<string, string>,
): ActorMention[] {
  const out: ActorMention[] = [];
  for (let i = first; i < last; i++) {
    if (taken.has(i)) continue;
    const t = tokens[i]!;
    const desc = definiteDescription(tokens, i, last, taken);
    if (desc) {
      const kinds = desc.noun === 'state' ? STATE_KINDS : MOVEMENT_NOUNS.has(tokens[desc.end - 1]!.key) ? MOVEMENT_KINDS : GROUP_KINDS;
      // A group is usually the one the article is about; "the Gulf state", "the country" the one just named.
      // "the junta" is the state the text called so; other state nouns the topic or the last state.
      const head = tokens[desc.end - 1]!.key;
      const entity = desc.noun === 'state' ? placedState(tokens, history, entities, desc.end) ?? rulers.get(head) ?? (i === first ? topicState(history, entities, sentence, kinds) : null) ?? (UNGUESSED_RULE.has(head) ? null : mostRecent(history, entities, t.start, kinds))
        : (NAMING_HEADS.has(tokens[desc.end - 1]!.key) ? namedWithHead(history, entities, t.start, tokens[desc.end - 1]!.key) : null) ?? salient(history, counts, entities, t.start, sentence, kinds);
      if (entity) out.push({ entity, first: i, last: desc.end, start: t.start, end: tokens[desc.end - 1]!.end, sentence, form: 'anaphor', weak: false });
      i = desc.end - 1;
      continue;
    }
    // "Chad accused the rebels of attacks. The army shelled their positions": a state's forces,
    // when a single state is in view.
    const forces = t.key === 'the' && !taken.has(i + 1) ? forcesLength(tokens, i + 1) : 0;
    if (forces > 0) {
      const state = onlyState(history, entities, t.start, sentence - 2);
      if (state) {
        const end = i + 1 + forces;
        out.push({ entity: state, first: i, last: end, start: t.start, end: tokens[end - 1]!.end, sentence, form: 'anaphor', weak: false });
        i = end - 1;
        continue;
      }
    }
    // "Turkey's foreign ministry summoned the envoy. The ministry accused Athens…": the ministry
    // named just before. With none named, whose ministry it is stays unknown.
    const ministry = t.key === 'the' && !taken.has(i + 1) ? ministryLength(tokens, i + 1) : 0;
    if (ministry > 0) {
      const modifier = ministry === 2 ? tokens[i + 1]!.key : null;
      const named = namedWithHead(history, entities, t.start, 'ministry');
      const body = named && (!modifier || nameHasWord(entities.get(named)!.name, modifier)) ? named : ministryOwner(tokens, history, t.start, modifier);
      if (body) {
        const end = i + 1 + ministry;
        out.push({ entity: body, first: i, last: end, start: t.start, end: tokens[end - 1]!.end, sentence, form: 'anaphor', weak: false });
        i = end - 1;
        continue;
      }
    }
    // "US envoy Amos Hochstein met Mikati. The envoy then flew to Israel": the person named
    // with that title shortly before.
    if (t.key === 'the' && PERSON_TITLES.has(tokens[i + 1]?.key ?? '') && !taken.has(i + 1) && !tokens[i + 2]?.cap && tokens[i + 2]?.key !== 'of') {
      const holder = titledPerson(tokens, history, entities, t.start, tokens[i + 1]!.key, sentence - 2);
      if (holder) {
        out.push({ entity: holder, first: i, last: i + 2, start: t.start, end: tokens[i + 1]!.end, sentence, form: 'anaphor', weak: false });
        i++;
        continue;
      }
    }
    // "a conflict between Iran and Hamas, with the former making threats": the pair just named.
    if (t.key === 'the' && (tokens[i + 1]?.key === 'former' || tokens[i + 1]?.key === 'latter')) {
      const pair = lastPair(tokens, history, t.start, sentence);
      if (pair) {
        const entity = tokens[i + 1]!.key === 'former' ? pair[0] : pair[1];
        out.push({ entity, first: i, last: i + 2, start: t.start, end: tokens[i + 1]!.end, sentence, form: 'anaphor', weak: false });
        i++;
        continue;
      }
    }
    // "Hamas had been based in Syria since its leaders were expelled": "its leaders" are the
    // people of the sentence's first actor.
    // "Pakistan said its air force shot down…": the two-word "air force" too.
    const headLength = (t.key === 'its' || t.key === 'their') ? memberHeadLength(tokens, i + 1) : 0;
    if (headLength > 0) {
      // "After talks with Kenya, Uganda withdrew its troops": the subject of the verb before it.
      const owner = subjectOfVerbBefore(tokens, history, entities, sentence, i) ?? firstActorBefore(history, entities, sentence, t.start, false);
      if (owner) {
        const end = i + 1 + headLength;
        out.push({ entity: owner.entity, first: i, last: end, start: t.start, end: tokens[end - 1]!.end, sentence, form: 'anaphor', weak: false });
        i = end - 1;
        continue;
      }
    }
    // "Egypt denied that it had blocked aid", "Hamas said it would…", "Turkey denied reports
    // that it had sold drones": the speaker.
    const verbAt = t.key === 'it' || t.key === 'they' ? sayingBefore(tokens, i) : -1;
    if (verbAt >= 0) {
      const speaker = speakerBefore(history, sentence, verbAt);
      if (speaker && entities.get(speaker.entity)?.kind !== 'person') {
        out.push({ entity: speaker.entity, first: i, last: i + 1, start: t.start, end: t.end, sentence, form: 'pronoun', weak: false });
        continue;
      }
    }
    // '"We will never abandon Hamas," Iran's foreign minister said': "we" inside a quotation
    // is the side of its speaker.
    if (t.key === 'we' && insideQuote(tokens, first, i)) {
      const side = quoteSpeakerSide(tokens, history, entities, sentence, i, last);
      if (side) {
        out.push({ entity: side, first: i, last: i + 1, start: t.start, end: t.end, sentence, form: 'pronoun', weak: false });
        continue;
      }
    }
    // "Hezbollah has thousands of fighters in Syria. They have been trained by the IRGC": a
    // sentence opening with "They" goes on about the group the sentence before began with.
    if (t.key === 'they' && i === first) {
      const topic = topicState(history, entities, sentence, GROUP_KINDS);
      if (topic) {
        out.push({ entity: topic, first: i, last: i + 1, start: t.start, end: t.end, sentence, form: 'pronoun', weak: false });
        continue;
      }
    }
    // "Although Iran's funding has wavered, they have continued…": a plural pronoun after a
    // clause refers to that clause's actor.
    if (t.key === 'they' && i > first && tokens[i - 1]?.text === ',') {
      const lead = firstActorBefore(history, entities, sentence, t.start, true);
      if (lead) out.push({ entity: lead.entity, first: i, last: i + 1, start: t.start, end: t.end, sentence, form: 'pronoun', weak: false });
      continue;
    }
    if (t.key === 'he' || t.key === 'she' || t.key === 'him' || t.key === 'her') {
      // "her" before a noun is a possessive ("her government"): only as an object.
      if (t.key === 'her' && LOWER_START.test(tokens[i + 1]?.text ?? '') && !NOT_AFTER_POSSESSIVE.has(tokens[i + 1]?.key ?? '')) continue;
      // "Erdogan met Putin in Sochi. He urged him to…": a sentence opening with "he" goes on
      // about the person the sentence before began with, and "him" after it is someone else.
      const opening = (t.key === 'he' || t.key === 'she') && i === first;
      const subject = out.find((m) => m.sentence === sentence && m.form === 'pronoun' && (tokens[m.first]!.key === 'he' || tokens[m.first]!.key === 'she'))?.entity;
      const object = (t.key === 'him' || t.key === 'her') && subject !== undefined;
      const entity = (opening ? topicState(history, entities, sentence, PERSON_KINDS) : null)
        ?? mostRecent(history, entities, t.start, PERSON_KINDS, sentence - 2, object ? subject : undefined);
      if (entity) out.push({ entity, first: i, last: i + 1, start: t.start, end: t.end, sentence, form: 'pronoun', weak: false });
    }
  }
  return out;
}
