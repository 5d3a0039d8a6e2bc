// The mention stage: every reference to an actor in the document, linked to an entity.
// Sentences are read in order so later ones can refer back ("the group", "Nakhala").
import { aliasKey, type Lexicon } from '../../lexicon/load.ts';
import type { Sentence, TextLayer } from '../../text/layer.ts';
import { skeleton } from '../../text/normalize.ts';
import { isPossessive, type Token } from '../../text/tokens.ts';
import { knownEntity, namedEntity, newRegistry, slugify, type DocEntity, type Registry } from '../entities/registry.ts';
import { classifyRun, honorificLength, honorificWords, UNKNOWN_RUN } from './classify-run.ts';
import { findGazetteerMatches, gazetteerFor, type GazetteerMatch } from './gazetteer.ts';
import { lexiconPersonKeys, nameWords, personKey } from './person-keys.ts';
import { findReferences, learnRulers } from './references.ts';
import { capitalisedRuns, NOT_NAMES } from './runs.ts';
import { findTitles } from './titles.ts';
import type { ActorMention, MentionForm, TitleMention } from './types.ts';
import { byFirst, byStart, sortInPlace } from '../order.ts';
import { TokenMarks, type TokenSet } from './token-marks.ts';
import words from './words.json' with { type: 'json' };

export type { ActorMention, TitleMention } from './types.ts';

export interface MentionLayer {
  /** Sorted by position. */
  mentions: ActorMention[];
  titles: TitleMention[];
  registry: Registry;
}

const ACTOR_HEADS = new Set(words.actorHeads);
// "the Syrian revolution", "Libyan rebels": those who rise against the state, not the state.
const OPPOSITION_NOUNS = new Set(['opposition', 'rebels', 'revolution', 'uprising', 'insurgents', 'insurgency', 'revolutionaries', 'rebellion', 'revolt', 'rebel']);

function oppositionOf(state: DocState, stateId: string, demonym: string): DocEntity {
  const known = state.lexicon.actors.get(`${stateId}-opposition`) ?? state.lexicon.actors.get(`${slugify(demonym)}-opposition`);
  return known ? knownEntity(state.registry, known.id) : namedEntity(state.registry, `${demonym} opposition`, 'organization');
}
const TARGET_HEADS = new Set(words.targetHeads);
// Regexes of the rules below, made once: a literal is a new object each time it is evaluated.
const LOWER_WORD = /^[a-z]+$/;
const LOWER_WORDS = /^[a-z-]+$/;
const LEADING_VERBS = /^(led|headed|commanded|founded|chaired|run)$/;
const AL_EL = /^(al|el)$/;
// "RSF", "FARC", and names with digits: "M23", "G7".
const ACRONYM = /^\p{Lu}[\p{Lu}\d]{1,5}$/u;
const ACRONYM_LETTERS = /^\p{Lu}{1,3}$/u;
const DEFINED_ACRONYM = /^\p{Lu}[\p{Lu}\p{N}-]{1,7}$/u;

interface DocState {
  text: TextLayer;
  lexicon: Lexicon;
  registry: Registry;
  mentions: ActorMention[];
  acronyms: Map<string, string>;
  /** Acronyms the text defines in brackets somewhere ("… (ELN)"), and of those used before
   * their definition, the stand-in entity each was given until then. */
  definedAcronyms: ReadonlySet<string>;
  standIns: Map<string, string>;
  /** Skeleton of a person's last name → person id. */
  surnames: Map<string, string>;
  /** Skeletons in `surnames` learned from a word inside a name ("Lula" of "Luiz Inacio Lula da
   * Silva"), which a later person's last name takes over, and two persons' make ambiguous. */
  innerNames: Set<string>;
  /** Inner name words two persons share: they refer to neither. */
  sharedInner: Set<string>;
  /** Distinctive word of an organization named earlier ("Qassam" after "the Qassam Brigades"). */
  shortForms: Map<string, string>;
  /** Entities whose names shortForms has read already. */
  shortFormsLearned: Set<string>;
  /** Transliteration key of each person named so far → entity id. */
  personKeys: Map<string, string>;
  /** How often each actor has been named so far, for choosing antecedents. */
  counts: Map<string, number>;
  /** Index into `mentions` of the first mention of the recent-sentences window. */
  windowStart: number;
  /** Person mentions of the sentence being read, for lists of names. */
  pendingPersons: ActorMention[];
  /** Tokens of the sentence being read that a title covers, and that a mention covers. */
  titleTokens: TokenMarks;
  takenTokens: TokenMarks;
  /** Noun of rule ("junta", "regime") → the state last named with it. */
  rulers: Map<string, string>;
}

function mention(state: DocState, entity: string, first: number, last: number, sentence: number, form: MentionForm, weak = false): ActorMention {
  const tokens = state.text.tokens;
  return { entity, first, last, start: tokens[first]!.start, end: tokens[last - 1]!.end, sentence, form, weak };
}

function surfaceOf(state: DocState, first: number, last: number): string {
  return state.text.text.slice(state.text.tokens[first]!.start, state.text.tokens[last - 1]!.end);
}

function personEntity(state: DocState, name: string, fallback: string | null): DocEntity {
  const key = personKey(name);
  const known = lexiconPersonKeys(state.lexicon).get(key) ?? fallback;
  const seen = state.personKeys.get(key);
  const entity = known ? knownEntity(state.registry, known, name) : seen ? state.registry.entities.get(seen)! : namedEntity(state.registry, name, 'person');
  state.personKeys.set(key, entity.id);
  learnSurname(state, name, entity.id);
  return entity;
}

const FAMILY_NAME_FIRST = new Set(words.familyNameFirst);

/** "Nakhala" after "Ziyad al-Nakhala"; "Wang" after "Wang Yi", "Kim" after "Kim Jong Un":
 * in Chinese, Korean and Vietnamese names the family name comes first. */
function learnSurname(state: DocState, name: string, id: string): void {
  const parts = nameWords(name);
  const family = parts.length >= 2 && FAMILY_NAME_FIRST.has(parts[0]!.toLowerCase()) ? parts[0] : parts.at(-1);
  // "Khalifa Haftar … his son Saddam Haftar … Haftar said": a bare surname shared by two is
  // the one the text named first, its principal; the other is named in full.
  if (family) {
    const key = skeleton(family);
    if (!state.surnames.has(key) || state.innerNames.delete(key)) state.surnames.set(key, id);
  }
  if (parts.length < 3 || family === parts[0]) return;
  // "Lula" after "Luiz Inacio Lula da Silva", "Lopez Obrador" after "Andres Manuel Lopez Obrador":
  // Portuguese, Spanish and Arabic names are often cut to another word than the last.
  for (const word of parts.slice(1, -1)) {
    const key = skeleton(word);
    if (word.length < 3 || !CAPITALISED.test(word) || state.sharedInner.has(key)) continue;
    const known = state.surnames.get(key);
    if (known === undefined) {
      state.surnames.set(key, id);
      state.innerNames.add(key);
    } else if (known !== id && state.innerNames.has(key)) {
      state.surnames.delete(key);
      state.innerNames.delete(key);
      state.sharedInner.add(key);
    }
  }
}
const CAPITALISED = /^\p{Lu}/u;

const RULED_BY = new Set(['administration', 'government', 'regime', 'cabinet', 'junta']);

/** The state a listed person has led or served, by the lexicon's roles. */
function ruledState(state: DocState, personId: string): string | null {
  for (const role of state.lexicon.actors.get(personId)?.roles ?? []) {
    if (role.of && state.lexicon.actors.get(role.of)?.kind === 'state') return knownEntity(state.registry, role.of).id;
  }
  return null;
}

function fromGazetteer(state: DocState, m: GazetteerMatch, sentence: number, titleTokens: TokenSet): ActorMention {
  const entity = knownEntity(state.registry, m.id, surfaceOf(state, m.first, m.last));
  if (entity.kind === 'person') {
    learnSurname(state, entity.name, entity.id);
    // "the Biden administration", "the Assad regime": the state its leader governs.
    const ruled = RULED_BY.has(state.text.tokens[m.last]?.key ?? '') ? ruledState(state, m.id) : null;
    if (ruled) return mention(state, ruled, m.first, m.last + 1, sentence, 'metonym');
  }
  // "BAMAKO, 1 February 2022 (Agency) —": the dateline city says where, not who.
  const { tokens } = state.text;
  const dateline = m.form === 'capital' && tokens[m.first]!.text === tokens[m.first]!.text.toUpperCase() && tokens[m.last]?.text === ',';
  if (dateline) return mention(state, entity.id, m.first, m.last, sentence, m.form, true);
  // "The EU adopted sanctions … China urged Brussels to…": the body seated in the capital.
  const seated = m.form === 'capital' ? state.lexicon.seats.get(aliasKey(surfaceOf(state, m.first, m.last))) : undefined;
  if (seated !== undefined && state.registry.entities.has(seated)) return mention(state, seated, m.first, m.last, sentence, 'metonym');
  if (m.form !== 'demonym') return mention(state, entity.id, m.first, m.last, sentence, m.form);
  // "Iranian officials" is Iran acting; "Iranian rhetoric" only modifies a noun.
  // "the Turkish President": the state, until a holder's name follows the title.
  if (titleTokens.has(m.last)) return mention(state, entity.id, m.first, m.last, sentence, 'demonym');
  const next = tokens[m.last];
  // "Russian and Ukrainian delegations": the head noun after the second serves both.
  // ("Turkish and Syrian defence ministers": one modifier may stand before the head.)
  const sharedHead = (next?.key === 'and' || next?.key === 'or') && tokens[m.last + 1]?.cap === true
    && (ACTOR_HEADS.has(tokens[m.last + 2]?.key ?? '') || (LOWER_WORD.test(tokens[m.last + 2]?.text ?? '') && ACTOR_HEADS.has(tokens[m.last + 3]?.key ?? '')));
  if (sharedHead) return mention(state, entity.id, m.first, m.last, sentence, 'demonym');
  const strong = next !== undefined && ACTOR_HEADS.has(next.key);
  if (strong) return mention(state, entity.id, m.first, m.last + 1, sentence, 'demonym');
  // Heads of two words: "the Turkish central bank", "Iranian state media".
  if (next && ACTOR_HEADS.has(`${next.key} ${tokens[m.last + 1]?.key ?? ''}`)) return mention(state, entity.id, m.first, m.last + 2, sentence, 'demonym');
  if (next && OPPOSITION_NOUNS.has(next.key)) {
    const opposition = oppositionOf(state, entity.id, surfaceOf(state, m.first, m.last));
    return mention(state, opposition.id, m.first, m.last + 1, sentence, 'name');
  }
  // "Saudi oil facilities", "Israeli positions": what an attack hits is the state.
  const head = [m.last, m.last + 1].find((i) => TARGET_HEADS.has(tokens[i]?.key ?? '') && (i === m.last || LOWER_WORD.test(tokens[m.last]!.text)));
  if (head !== undefined) return mention(state, entity.id, m.first, head + 1, sentence, 'demonym');
  return mention(state, entity.id, m.first, m.last, sentence, 'demonym', true);
}

/** Whether any index in [first, last) is in `set`. */
function anyIn(set: TokenSet, first: number, last: number): boolean {
  for (let i = first; i < last; i++) if (set.has(i)) return true;
  return false;
}

function sentenceMentions(state: DocState, s: Sentence, index: number, titles: TitleMention[], known: readonly GazetteerMatch[]): ActorMention[] {
  const { tokens } = state.text;
  // Words of a title are no part of a name.
  const blocked = state.titleTokens;
  blocked.clear();
  for (const t of titles) blocked.addRange(t.first, t.last);
  const gaz = known.filter((m) => !anyIn(blocked, m.first, m.last));
  const out: ActorMention[] = [];
  const consumed = new Set<GazetteerMatch>();
  for (const m of gaz) {
    if (state.lexicon.actors.get(m.id)?.kind === 'person') state.pendingPersons.push(mention(state, m.id, m.first, m.last, index, 'name'));
  }
  sortInPlace(state.pendingPersons, byFirst);
  if (!s.headline) {
    for (const run of capitalisedRuns(state.lexicon, tokens, s.first, s.last, blocked)) {
      runMentions(state, run.first, run.last, index, gaz, titles, consumed, out);
    }
  }
  for (const m of gaz) if (!consumed.has(m)) out.push(fromGazetteer(state, m, index, blocked));
  return out;
}

/** The mentions of the capitalised run [first, last), pushed to `out` in order. */
function runMentions(state: DocState, first: number, last: number, sentence: number, gaz: GazetteerMatch[], titles: TitleMention[], consumed: Set<GazetteerMatch>, out: ActorMention[]): void {
  const { tokens } = state.text;
  const inside = matchesWithin(gaz, first, last);
  // "Saddam Haftar" is not Saddam Hussein: a known person's given name used alone as an alias,
  // followed by another name, starts a different person's name.
  const other = inside.findIndex((m) => givenNameOfAnother(state, m, inside, last));
  if (other >= 0) consumed.add(inside.splice(other, 1)[0]!);
  // "Hamas and Palestinian Islamic Jihad" is two names when a known one stands before "and".
  const and = knownBeforeAnd(tokens, inside, first, last);
  if (and) {
    runMentions(state, first, and.last, sentence, gaz, titles, consumed, out);
    runMentions(state, and.last + 1, last, sentence, gaz, titles, consumed, out);
    return;
  }
  // "al-Qassam and Islamic Jihad": likewise when a known name ends the run after "and".
  const tail = knownAfterAnd(tokens, inside, first, last);
  if (tail) {
    runMentions(state, first, tail.first - 1, sentence, gaz, titles, consumed, out);
    runMentions(state, tail.first, last, sentence, gaz, titles, consumed, out);
    return;
  }
  const honor = honorificLength(state.lexicon, tokens, first, last);
  const start = first + honor;
  const afterTitle = honor > 0 || titleEndsBefore(tokens, titles, first);
  if (start >= last) return;
  const lead = inside[0];
  // "the Fatah Party", "the Hezbollah Movement": the known organization plus its head word.
  const known = lead && lead.first <= start && lead.last === last - 1 && inside.length === 1 && state.lexicon.orgSuffixes.has(tokens[last - 1]!.text);
  if (known && state.lexicon.actors.get(lead.id)?.kind !== 'state' && state.lexicon.actors.get(lead.id)?.kind !== 'person') {
    consumed.add(lead);
    const entity = knownEntity(state.registry, lead.id, surfaceOf(state, start, last));
    out.push(mention(state, entity.id, start, last, sentence, 'name'));
    return;
  }
  const whole = classifyRun(state.lexicon, tokens, start, last, false);
  const exact = inside.length === 1 && inside[0]!.first <= start && inside[0]!.last === last;
  if (whole.kind === 'organization' && !exact) {
    // "Iranian Foreign Ministry": a new body, part of the state its demonym names.
    const lead = inside.find((m) => m.first <= start && state.lexicon.states.has(m.id));
    const parent = whole.entityKind === 'government_body' || whole.entityKind === 'armed_wing' ? lead?.id ?? null : null;
    inside.forEach((m) => consumed.add(m));
    const entity = namedEntity(state.registry, surfaceOf(state, start, last), whole.entityKind, parent);
    out.push(mention(state, entity.id, start, last, sentence, 'name'));
    return;
  }
  // Segments of the run that the lexicon did not cover; a segment right before a known
  // person extends it ("Yehya" + "Sinwar").
  let i = start;
  for (let k = 0; k <= inside.length; k++) {
    const m = k < inside.length ? inside[k]! : null;
    const segEnd = m ? m.first : last;
    if (segEnd > i) {
      const personNext = m !== null && state.lexicon.actors.get(m.id)?.kind === 'person' && m.first === segEnd;
      const segLast = personNext ? m.last : segEnd;
      const titled = (afterTitle && i === start) || listedAfterPerson(state, i, segLast) || titleAppositive(tokens, i, segLast, titles) || ledByName(tokens, i)
        || metByPerson(state, out, i, segLast);
      const acronymed = !personNext && definesAcronym(tokens, i, segEnd);
      const asGroup = groupAppositive(tokens, segLast, honorificWords(state.lexicon));
      const cls = asGroup || acronymed ? UNKNOWN_RUN : classifyRun(state.lexicon, tokens, i, segLast, titled);
      if (cls.kind === 'person' || personNext) {
        if (personNext) consumed.add(m);
        const entity = personEntity(state, surfaceOf(state, i, segLast), personNext ? m.id : null);
        out.push(mention(state, entity.id, i, segLast, sentence, 'name'));
        state.pendingPersons.push(out.at(-1)!);
      } else if (cls.kind === 'unknown' && (namedAsGroup(tokens, i) || asGroup || acronymed)) {
        // "a new militant group called al-Sabireen", "Hamas affiliate Aknaf Bayt al-Maqdis"
        const entity = namedEntity(state.registry, surfaceOf(state, i, segEnd), 'organization');
        out.push(mention(state, entity.id, i, segEnd, sentence, 'name'));
      } else if (cls.kind === 'unknown') {
        singleWordMentions(state, i, segEnd, sentence, out);
      }
    }
    if (m) i = Math.max(i, m.last);
  }
}

/** A one-word match of a known person that is a given name, with capitalised words after it
 * in the run that no other known name covers. */
function givenNameOfAnother(state: DocState, m: GazetteerMatch, inside: readonly GazetteerMatch[], last: number): boolean {
  const t = state.text.tokens[m.first]!;
  if (m.last !== m.first + 1 || m.last >= last || !state.lexicon.givenNames.has(t.key)) return false;
  if (state.lexicon.actors.get(m.id)?.kind !== 'person') return false;
  const next = state.text.tokens[m.last]!;
  return next.kind === 'word' && next.cap && !inside.some((x) => x.first === m.last);
}

/** The known names inside [first, last). */
function matchesWithin(gaz: readonly GazetteerMatch[], first: number, last: number): GazetteerMatch[] {
  const inside: GazetteerMatch[] = [];
  for (const m of gaz) if (m.first >= first && m.last <= last) inside.push(m);
  return inside;
}

/** A known name opening the run and followed by "and" or "&" inside it. */
function knownBeforeAnd(tokens: readonly Token[], inside: readonly GazetteerMatch[], first: number, last: number): GazetteerMatch | undefined {
  for (const m of inside) {
    if (m.first === first && m.last < last && (tokens[m.last]?.key === 'and' || tokens[m.last]?.text === '&')) return m;
  }
  return undefined;
}

/** A known name closing the run right after an "and" inside it. */
function knownAfterAnd(tokens: readonly Token[], inside: readonly GazetteerMatch[], first: number, last: number): GazetteerMatch | undefined {
  for (const m of inside) {
    if (m.last === last && m.first > first && tokens[m.first - 1]?.key === 'and') return m;
  }
  return undefined;
}

/** A title right before `first`, or before a comma there: "leader Ismail Haniyeh", "chief, Abbas Ibrahim". */
function titleEndsBefore(tokens: readonly Token[], titles: readonly TitleMention[], first: number): boolean {
  for (const t of titles) if (t.last === first || (t.last === first - 1 && tokens[first - 1]!.text === ',')) return true;
  return false;
}

const MEMBER_NOUNS = new Set(['leader', 'leaders', 'fighters', 'rebels', 'militants', 'guerrillas', 'commander', 'commanders', 'official', 'officials', 'spokesman', 'spokeswoman', 'spokesperson', 'member', 'members', 'chief', 'founder', 'militia', 'forces', 'troops', 'delegation', 'negotiators']);
/** "Heshmatollah Falahatpisheh, a member of …", "Lior Lotan, the chief negotiator": a name
 * followed by a title in apposition is a person. A name of two words or more ("Monday, the
 * Hamas leader" is no name) also before a title with the name of what it is of ("Kiro Dapa,
 * the Zorvani Front commander"), and before a clause about a person ("Kiro Dapa, who leads"). */
function titleAppositive(tokens: readonly Token[], first: number, end: number, titles: readonly TitleMention[]): boolean {
  if (tokens[end]?.text !== ',') return false;
  const twoWords = end - first >= 2;
  if (twoWords && tokens[end + 1]?.key === 'who') return true;
  const title = titles.find((t) => t.first > end && t.first <= end + 5);
  if (!title) return false;
  return tokens.slice(end + 1, title.first).every((t) => LOWER_WORDS.test(t.text) || (twoWords && ((t.kind === 'word' && t.cap) || isPossessive(t))));
}

const GROUP_HEADS = new Set(['militia', 'group', 'movement', 'faction', 'organization', 'organisation', 'party', 'alliance', 'coalition', 'force', 'forces', 'army', 'brigade', 'network', 'outfit', 'front', 'insurgency', 'guerrilla', 'guerrillas', 'rebels', 'gang', 'cartel', 'offshoot', 'affiliate', 'branch', 'wing']);

/** "a militia led by Youssouf Toloba", "headed by Ali Hassan": the name after "led by" is a person. */
function ledByName(tokens: readonly Token[], first: number): boolean {
  return tokens[first - 1]?.key === 'by' && LEADING_VERBS.test(tokens[first - 2]?.key ?? '');
}

const APPOSITIVE_PREPS = new Set(['of', 'for', 'in', 'at', 'with', 'to', 'from', 'on']);
/** Nouns for a person that a group noun may qualify: "a former army colonel", "a militia commander". */
const PERSON_AFTER_GROUP = new Set(['officer', 'leader', 'commander', 'official', 'spokesman', 'spokeswoman', 'chief', 'founder', 'veteran', 'fighter', 'member', 'defector', 'boss']);

/**
 * "Dan Na Ambassagou, a Dogon self-defence militia": a name in apposition to a group
 * noun. Not when the group noun only qualifies a person ("X, a former army colonel").
 */
function groupAppositive(tokens: readonly Token[], end: number, honorifics: ReadonlySet<string>): boolean {
  if (tokens[end]?.text !== ',' || !['a', 'an', 'the'].includes(tokens[end + 1]?.key ?? '')) return false;
  for (let i = end + 2; i < end + 8; i++) {
    const t = tokens[i];
    // The aside's head comes before its phrases: "X, the spokesman of the Kivu Liberation Front".
    if (!t || t.text === ',' || APPOSITIVE_PREPS.has(t.key)) return false;
    if (t.cap || !GROUP_HEADS.has(t.key)) continue;
    const next = tokens[i + 1]?.key ?? '';
    if (!PERSON_AFTER_GROUP.has(next) && !honorifics.has(next)) return true;
  }
  return false;
}

const GROUP_INTRODUCERS = new Set(['called', 'named', 'dubbed', 'affiliate', 'group', 'faction', 'militia', 'outfit', 'movement', 'organisation', 'organization', 'brigade', 'offshoot', 'splinter']);

const NAMING_VERBS = new Set(['called', 'named', 'dubbed']);
const GROUP_NOUNS = new Set(['group', 'faction', 'militia', 'outfit', 'movement', 'organisation', 'organization', 'brigade', 'offshoot', 'network', 'force', 'coalition', 'party', 'front', 'alliance', 'unit', 'cell']);

function namedAsGroup(tokens: readonly Token[], first: number): boolean {
  const prev = tokens[first - 1];
  if (!prev) return false;
  if (prev.key === 'as' && tokens[first - 2]?.key === 'known') return true;
  if (prev.cap || !GROUP_INTRODUCERS.has(prev.key)) return false;
  // "a group called X"; not "what it called Western interference".
  if (NAMING_VERBS.has(prev.key)) return [2, 3, 4].some((d) => GROUP_NOUNS.has(tokens[first - d]?.key ?? ''));
  return true;
}

/** "Khaled al-Batsh, Mohammed al-Hindi and Nafez Azzam": a short name listed right after a
 * person is a person too. */
function listedAfterPerson(state: DocState, first: number, last: number): boolean {
  const { tokens } = state.text;
  const words = last - first;
  const glue = tokens[first - 1];
  if (words < 2 || words > 4 || !glue || !(glue.text === ',' || glue.key === 'and')) return false;
  return state.pendingPersons.some((p) => p.last >= first - 2 && p.last <= first - 1);
}

const MEETING_VERBS = new Set(words.meetingVerbs);
// "met Abbas", "met with Kagame", "Tshisekedi met Ruto": a person's name is one to three words.
const MET_NAME_WORDS = 3;
const MET_ADVERBS = new Set(['later', 'also', 'then', 'again', 'briefly', 'separately', 'jointly', 'reportedly']);

/**
 * "Sisi met Abbas", "Ruto hosted Tshisekedi", "Kagame met with Ruto": a name no lexicon knows,
 * alone on one side of a verb of meeting whose other side is a person, is a person too (a place
 * would follow "in"; a group or state would be known or named as one).
 */
function metByPerson(state: DocState, out: readonly ActorMention[], first: number, last: number): boolean {
  const { tokens } = state.text;
  if (last - first > MET_NAME_WORDS || ACRONYM.test(tokens[first]!.text) || taughtName(state, first, last)) return false;
  return meetsPerson(state, out, first, last);
}

/** Whether the name at [first, last) stands on one side of a verb of meeting, a person on the other. */
function meetsPerson(state: DocState, out: readonly ActorMention[], first: number, last: number): boolean {
  const { tokens } = state.text;
  // "met Lukashenko and Tokayev": the next of a list of those met.
  const listed = out.at(-1);
  if (tokens[first - 1]?.key === 'and' && listed?.last === first - 1 && isPerson(state, listed)) return meetsPerson(state, out, listed.first, listed.last);
  const verbBefore = tokens[first - 1]?.key === 'with' ? first - 2 : first - 1;
  if (MEETING_VERBS.has(tokens[verbBefore]?.key ?? '')) {
    // "Lukashenko later hosted Tokayev": an adverb may stand between.
    const subjectEnd = MET_ADVERBS.has(tokens[verbBefore - 1]?.key ?? '') ? verbBefore - 1 : verbBefore;
    return personEndingAt(state, out, subjectEnd);
  }
  const withAfter = tokens[last + 1]?.key === 'with' ? last + 2 : last + 1;
  return MEETING_VERBS.has(tokens[last]?.key ?? '') && state.pendingPersons.some((p) => p.first === withAfter);
}

/** A name the text taught already: "Ag Intalla", "al-Hamdani" holding a surname of someone
 * named in full, or an organization's short form. */
function taughtName(state: DocState, first: number, last: number): boolean {
  for (let i = first; i < last; i++) {
    const t = state.text.tokens[i]!;
    if (t.cap && (state.surnames.has(skeleton(t.text)) || state.shortForms.has(t.key))) return true;
  }
  return false;
}

function isPerson(state: DocState, m: ActorMention): boolean {
  return state.registry.entities.get(m.entity)?.kind === 'person';
}

/** A person named in this sentence whose name ends right before token `at`: one of the
 * sentence's persons so far, or a surname of one named before. */
function personEndingAt(state: DocState, out: readonly ActorMention[], at: number): boolean {
  return state.pendingPersons.some((p) => p.last === at) || out.some((m) => m.last === at && m.form === 'surname' && isPerson(state, m));
}

/** Surnames of persons named earlier, and acronyms defined earlier. */
function singleWordMentions(state: DocState, first: number, last: number, sentence: number, out: ActorMention[]): void {
  for (let i = first; i < last; i++) {
    const t = state.text.tokens[i]!;
    if (t.kind !== 'word' || !t.cap || NOT_NAMES.has(t.key)) continue;
    // "M23", "G7": the tokenizer splits letters from digits; the name is both.
    const digits = state.text.tokens[i + 1];
    const glued = ACRONYM_LETTERS.test(t.text) && digits?.kind === 'number' && digits.start === t.end;
    const end = glued ? i + 2 : i + 1;
    const text = glued ? t.text + digits.text : t.text;
    const acronym = state.acronyms.get(text);
    const person = t.text.length >= 3 ? state.surnames.get(skeleton(t.text)) : undefined;
    const short = state.shortForms.get(t.key);
    // "al-Qassam": the particle before a short form belongs to it.
    const from = i >= 2 && state.text.tokens[i - 1]!.text === '-' && AL_EL.test(state.text.tokens[i - 2]!.key) ? i - 2 : i;
    const next = state.text.tokens[end]?.key ?? '';
    // (Not the definition itself, "(ELN)": learnAcronyms() gives it its owner.)
    const definedLater = !acronym && state.definedAcronyms.has(text) && state.text.tokens[i - 1]?.text !== '(';
    const introduced = !acronym && ACRONYM.test(text) && !NOT_NAMES.has(t.key) && (state.text.tokens[i - 1]?.key === 'the' || MEMBER_NOUNS.has(next) || definedLater);
    if (introduced) {
      // "the FARC", "RSF fighters", "the M23": an unknown acronym named as a body is one; so is
      // one a later sentence spells out (a headline's "ELN"), for which this is a stand-in.
      const entity = namedEntity(state.registry, text, 'organization');
      state.acronyms.set(text, entity.id);
      if (definedLater) state.standIns.set(text, entity.id);
      out.push(mention(state, entity.id, i, end, sentence, 'acronym'));
      i = end - 1;
    } else if (acronym) {
      out.push(mention(state, acronym, i, end, sentence, 'acronym'));
      i = end - 1;
    }
    else if (person) out.push(mention(state, person, i, i + 1, sentence, 'surname'));
    else if (short) out.push(mention(state, short, from, i + 1, sentence, 'surname'));
  }
}

/** "the Izz ad-Din al-Qassam Brigades" → later "Qassam" or "al-Qassam" alone is the same actor. */
function learnShortForms(state: DocState, found: readonly ActorMention[]): void {
  for (const m of found) {
    // An actor's name teaches its short forms once: a second time would find them all taken.
    if (state.shortFormsLearned.has(m.entity)) continue;
    const entity = state.registry.entities.get(m.entity);
    if (entity) state.shortFormsLearned.add(m.entity);
    if (!entity || (entity.kind !== 'organization' && entity.kind !== 'armed_wing')) continue;
    const words = nameWords(entity.name);
    if (words.length < 2 || !state.lexicon.orgSuffixes.has(words.at(-1)!)) continue;
    for (const word of words.slice(0, -1)) {
      const key = word.toLowerCase();
      if (word.length < 5 || GENERIC_NAME_WORDS.has(key) || NOT_NAMES.has(key) || state.shortForms.has(key)) continue;
      if (state.lexicon.orgSuffixes.has(word)) continue;
      // "Syrian", "Islamic", "Lebanese": words that name something by themselves.
      if (gazetteerFor(state.lexicon).byFirstKey.get(key)?.some((p) => p.keys.length === 1)) continue;
      state.shortForms.set(key, entity.id);
    }
  }
}

// Words many organization names share; none of them alone says which one is meant.
const GENERIC_NAME_WORDS = new Set(['martyrs', 'popular', 'national', 'liberation', 'revolutionary', 'democratic', 'resistance', 'people', 'peoples', 'united', 'supreme', 'general', 'central', 'socialist', 'republican', 'patriotic', 'defence', 'defense', 'security', 'special', 'salvation', 'unity', 'justice', 'development', 'progress', 'reform', 'freedom', 'independence', 'islamic', 'muslim', 'christian', 'armed', 'military', 'foreign', 'affairs', 'interior', 'intelligence', 'federal', 'regional', 'international', 'global', 'world', 'support', 'rapid', 'northern', 'southern', 'eastern', 'western', 'great', 'grand', 'holy', 'sacred', 'youth', 'women', 'workers', 'labour', 'labor', 'green', 'white', 'black', 'committee', 'council']);

/** Heads of names of things, not bodies: "Gross Domestic Product (GDP)", "the Joint
 * Comprehensive Plan of Action (JCPOA)". */
const THING_HEADS = new Set(words.thingHeads);

/** "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)": a name no lexicon lists, followed by an
 * acronym made of its initials, is a body's name. */
function definesAcronym(tokens: readonly Token[], first: number, end: number): boolean {
  const acr = tokens[end + 1];
  if (tokens[end]?.text !== '(' || tokens[end + 2]?.text !== ')' || !acr || !DEFINED_ACRONYM.test(acr.text)) return false;
  if (THING_HEADS.has(tokens[end - 1]?.key ?? '')) return false;
  const initials: string[] = [];
  for (let i = first; i < end; i++) if (tokens[i]!.cap) initials.push(tokens[i]!.text[0]!.toUpperCase());
  if (initials.length < 2) return false;
  // Every letter of the acronym among the initials, in any order ("FDLR" for a name in English).
  for (const letter of acr.text.replace(/[^\p{Lu}]/gu, '')) {
    const at = initials.indexOf(letter);
    if (at < 0) return false;
    initials.splice(at, 1);
  }
  return true;
}

/** "Palestinian Islamic Jihad (PIJ)": PIJ names the same actor from here on. */
function learnAcronyms(state: DocState, found: readonly ActorMention[]): void {
  const { tokens } = state.text;
  for (const m of found) {
    const [open, acr, close] = [tokens[m.last], tokens[m.last + 1], tokens[m.last + 2]];
    if (open?.text !== '(' || close?.text !== ')' || !acr || !DEFINED_ACRONYM.test(acr.text)) continue;
    // "the Front for Change and Concord in Chad (FACT)": the place closes the group's name.
    const owner = tokens[m.first - 1]?.key === 'in' && state.registry.entities.get(m.entity)?.kind === 'state'
      ? found.find((x) => x.last === m.first - 1 && state.registry.entities.get(x.entity)?.kind !== 'state') ?? m
      : m;
    state.acronyms.set(acr.text, owner.entity);
    state.registry.entities.get(owner.entity)?.aliases.add(acr.text);
    const standIn = state.standIns.get(acr.text);
    if (standIn !== undefined && standIn !== owner.entity) replaceEntity(state, found, standIn, owner.entity);
    state.standIns.delete(acr.text);
  }
}

/** The mentions so far of a stand-in (this sentence's too) go to the actor it stood for, and the stand-in goes. */
function replaceEntity(state: DocState, found: readonly ActorMention[], from: string, to: string): void {
  for (const m of state.mentions) if (m.entity === from) m.entity = to;
  for (const m of found) if (m.entity === from) m.entity = to;
  state.registry.entities.delete(from);
}

/** Acronyms written in brackets after a name anywhere in the text: "… Army (ELN)". */
function acronymsInBrackets(tokens: readonly Token[]): Set<string> {
  const out = new Set<string>();
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (tokens[i - 1]!.text === '(' && tokens[i + 1]!.text === ')' && tokens[i]!.kind === 'word' && DEFINED_ACRONYM.test(tokens[i]!.text)) out.add(tokens[i]!.text);
  }
  return out;
}

/** Stand-ins whose acronym the text never spelled out as an actor's name ("(GDP)") were no actors. */
function dropStandIns(state: DocState): void {
  if (state.standIns.size === 0) return;
  const gone = new Set(state.standIns.values());
  state.mentions = state.mentions.filter((m) => !gone.has(m.entity));
  for (const id of gone) state.registry.entities.delete(id);
}

export function findMentions(text: TextLayer, lexicon: Lexicon): MentionLayer {
  const state: DocState = { text, lexicon, registry: newRegistry(lexicon), mentions: [], acronyms: new Map(), definedAcronyms: acronymsInBrackets(text.tokens), standIns: new Map(), surnames: new Map(), innerNames: new Set(), sharedInner: new Set(), shortForms: new Map(), shortFormsLearned: new Set(), personKeys: new Map(), counts: new Map(), windowStart: 0, pendingPersons: [], titleTokens: new TokenMarks(text.tokens.length), takenTokens: new TokenMarks(text.tokens.length), rulers: new Map() };
  const allTitles: TitleMention[] = [];
  text.sentences.forEach((s, index) => {
    const known = findGazetteerMatches(gazetteerFor(lexicon), text.tokens, s.first, s.last);
    const titles = yieldToNames(state, findTitles(lexicon, text.tokens, s.first, s.last, index), known, index);
    state.pendingPersons = [];
    allTitles.push(...titles);
    let found = sentenceMentions(state, s, index, titles, known);
    learnAcronyms(state, found);
    const taken = state.takenTokens;
    taken.clear();
    for (const m of found) taken.addRange(m.first, m.last);
    found.push(...leftoverNames(state, s, index, taken));
    for (const m of found) taken.addRange(m.first, m.last);
    const history = recentMentions(state, index).concat(sortInPlace(found, byStart));
    learnRulers(text.tokens, found, state.registry.entities, state.rulers);
    found.push(...findReferences(text.tokens, s.first, s.last, index, taken, history, state.counts, state.registry.entities, state.rulers));
    found = applyWingDescriptors(state, found, index);
    sortInPlace(found, byStart);
    markTitleModifiers(state, found, titles);
    markCompoundModifiers(state, found);
    learnShortForms(state, found);
    for (const m of found) {
      state.mentions.push(m);
      state.counts.set(m.entity, (state.counts.get(m.entity) ?? 0) + 1);
    }
  });
  dropStandIns(state);
  return { mentions: state.mentions, titles: allTitles, registry: state.registry };
}

/** "General Security chief X": words of a known name are the name's, not a title's
 * ("Security Chief" gives way to "General Security" and leaves "chief"). */
function yieldToNames(state: DocState, titles: TitleMention[], known: readonly GazetteerMatch[], index: number): TitleMention[] {
  if (titles.length === 0) return titles;
  const names = known.filter((m) => state.lexicon.actors.get(m.id)?.kind !== 'person');
  return titles.flatMap((t) => {
    const name = names.find((m) => m.first < t.last && m.last > t.first && m.first <= t.first && m.last - m.first > 1);
    if (!name) return [t];
    if (name.last >= t.last) return [];
    const rest = findTitles(state.lexicon, state.text.tokens, name.last, t.last, index);
    return rest.length > 0 ? rest : [{ ...t, first: name.last }];
  });
}

// Acronyms and surnames also occur outside capitalised runs handled above, e.g. at
// the start of a headline ("PIJ Leader Visits Tehran").
function leftoverNames(state: DocState, s: Sentence, index: number, taken: TokenSet): ActorMention[] {
  const out: ActorMention[] = [];
  for (let i = s.first; i < s.last; i++) {
    // Only a capitalised word can be one (see singleWordMentions): test that before the set.
    if (!state.text.tokens[i]!.cap || taken.has(i)) continue;
    singleWordMentions(state, i, i + 1, index, out);
  }
  return out;
}

/** A person named right after the title, past capitalised words and dots only. */
function holderAfter(state: DocState, found: readonly ActorMention[], t: TitleMention): boolean {
  const { tokens } = state.text;
  return found.some((m) => m.first >= t.last && m.first <= t.last + 5 && state.registry.entities.get(m.entity)?.kind === 'person'
    && tokens.slice(t.last, m.first).every((k) => k.cap || k.text === '.'));
}

/** In "Hamas leader Ismail Haniyeh" the person is the actor; "Hamas" only says which leader. */
function markTitleModifiers(state: DocState, found: ActorMention[], titles: readonly TitleMention[]): void {
  const { tokens } = state.text;
  for (const t of titles) {
    // The holder follows the title at once, or after honorifics ("chief Maj. Gen. Abbas Ibrahim");
    // in "Hamas leaders sheltered Salem" Salem is an object, and Hamas stays the actor.
    if (!holderAfter(state, found, t)) continue;
    for (const m of found) {
      if (m.last === t.first || (m.last === t.first - 1 && isPossessive(tokens[m.last]))) m.weak = true;
    }
  }
}

const COMPOUND_PARTICIPLES = new Set(['backed', 'led', 'based', 'funded', 'sponsored', 'allied', 'affiliated', 'linked', 'aligned', 'run', 'controlled', 'supported', 'brokered', 'ordered', 'made', 'bound', 'born', 'owned', 'held', 'occupied', 'imposed', 'mediated']);

/** In "the Iran-backed Houthis" and "the U.S.-ordered measures" the first name only qualifies. */
function markCompoundModifiers(state: DocState, found: ActorMention[]): void {
  const { tokens } = state.text;
  for (const m of found) {
    const hyphen = tokens[m.last];
    const word = tokens[m.last + 1];
    if (hyphen?.text === '-' && hyphen.start === tokens[m.last - 1]!.end && word && COMPOUND_PARTICIPLES.has(word.key)) m.weak = true;
  }
}

const WING_WORDS = new Set(['wing', 'division', 'arm']);

/** "Hamas’ military wing" and "the military wing of Hamas" are the movement's armed wing. */
function applyWingDescriptors(state: DocState, found: ActorMention[], sentence: number): ActorMention[] {
  const { tokens } = state.text;
  const replaced = new Set<ActorMention>();
  const added: ActorMention[] = [];
  for (const m of found) {
    let wingEnd = -1;
    let from = m.first;
    if (isPossessive(tokens[m.last]) && isMilitary(tokens[m.last + 1]) && WING_WORDS.has(tokens[m.last + 2]?.key ?? '')) {
      wingEnd = m.last + 3;
    } else if (isMilitary(tokens[m.last]) && WING_WORDS.has(tokens[m.last + 1]?.key ?? '') && !m.weak) {
      wingEnd = m.last + 2; // "Sinwar is part of Hamas military wing"
    } else if (tokens[m.first - 1]?.key === 'of' && WING_WORDS.has(tokens[m.first - 2]?.key ?? '') && isMilitary(tokens[m.first - 3])) {
      from = m.first - 3;
      wingEnd = m.last;
    }
    if (wingEnd < 0) continue;
    const wing = armedWingOf(state, m.entity);
    replaced.add(m);
    added.push(mention(state, wing.id, from, wingEnd, sentence, 'descriptor'));
  }
  const pronouns = pronounWings(state, found, sentence);
  // Nothing to replace or add (the usual case): the list as it is.
  if (replaced.size === 0 && pronouns.length === 0) return found;
  return [...found.filter((m) => !replaced.has(m)), ...added, ...pronouns];
}

/** Mentions of the last few sentences: antecedents are looked for there, so that a long
 * document costs the same per sentence as a short one. */
const WINDOW_SENTENCES = 4;

function recentMentions(state: DocState, sentence: number): ActorMention[] {
  while (state.windowStart < state.mentions.length && state.mentions[state.windowStart]!.sentence < sentence - WINDOW_SENTENCES) state.windowStart++;
  return state.mentions.slice(state.windowStart);
}

/** "its military wing – the al-Quds Brigades": "its" is the organization last named. */
function pronounWings(state: DocState, found: readonly ActorMention[], sentence: number): ActorMention[] {
  const { tokens } = state.text;
  const s = state.text.sentences[sentence]!;
  const out: ActorMention[] = [];
  for (let i = s.first; i < s.last - 2; i++) {
    const k = tokens[i]!.key;
    if ((k !== 'its' && k !== 'their') || !isMilitary(tokens[i + 1]) || !WING_WORDS.has(tokens[i + 2]!.key)) continue;
    const owner = organizationBefore(state, recentMentions(state, sentence).concat(found), tokens[i]!.start);
    if (owner) out.push(mention(state, armedWingOf(state, owner.entity).id, i, i + 3, sentence, 'descriptor'));
  }
  return out;
}

/** The last organization named, not weakly, before the offset `before`. */
function organizationBefore(state: DocState, mentions: readonly ActorMention[], before: number): ActorMention | undefined {
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k]!;
    if (m.end <= before && !m.weak && state.registry.entities.get(m.entity)?.kind === 'organization') return m;
  }
  return undefined;
}

function isMilitary(t: Token | undefined): boolean {
  return t !== undefined && (t.key === 'military' || t.key === 'armed');
}

function armedWingOf(state: DocState, parentId: string): DocEntity {
  for (const actor of state.lexicon.actors.values()) {
    if (actor.parent === parentId && actor.kind === 'armed_wing') return knownEntity(state.registry, actor.id);
  }
  const parent = state.registry.entities.get(parentId)!;
  return namedEntity(state.registry, `${parent.name} military wing`, 'armed_wing', parentId);
}
