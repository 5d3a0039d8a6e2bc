// Titles state who leads or belongs to what: "Iranian Foreign Minister Mohammad Javad
// Zarif", "Hamas leader Ahmed Yousef", "X, head of Hamas' political bureau",
// "the general secretary of the UN, António Guterres", "political bureau members A and B".
import type { Token } from '../../text/tokens.ts';
import { honorificWords } from '../mentions/classify-run.ts';
import { isPossessive } from '../../text/tokens.ts';
import type { Registry } from '../entities/registry.ts';
import type { ActorMention, TitleMention } from '../mentions/types.ts';
import { startingIn } from '../mentions/queries.ts';
import cues from '../modality/cues.json' with { type: 'json' };

export interface RoleFinding {
  person: ActorMention;
  of: ActorMention | null;
  title: TitleMention;
  rule: string;
}

const ORG_TITLE = /member|official|spokes|commander|leader|operative|representative|politburo|bureau|cadre|militant|fighter|activist|figure/i;
const SPEECH: ReadonlySet<string> = new Set(cues.speech);
const STATE_TITLE = /supreme|president|prime|king|queen|emir|minister|chancellor|premier|crown/i;
const QUOTES = new Set(['"', '”', '“', '»', '«']);
const ORG_KINDS = new Set(['organization', 'armed_wing']);
const LIST_GLUE = new Set([',', 'and', 'including', 'such', 'as', 'like', 'namely', 'the', 'late']);
const OF_PREPS = new Set(['of', 'in', 'at', 'for', 'with', 'to', 'within', 'from']);
const APPOSITION = new Set(['–', '—', '-', 'a', 'an', 'the', 'former', 'senior', 'top', 'then', 'current', 'another', 'deputy', 'veteran', 'prominent', 'founding', 'leading', 'now', 'also', 'is', 'was', 'who', 'as', 'became', 'becomes', 'acting', 'chief', 'longtime', 'long-time', 'its', 'their', 'his', 'her', 'newly', 'elected', 'exiled', 'jailed', 'imprisoned', 'detained', 'ousted', 'slain', 'assassinated', 'late', 'retired', 'sanctioned', 'wanted', 'self-styled', 'influential', 'powerful', 'hardline', 'moderate', 'outspoken']);

const ENDS_S = /s$/;
// "Mali's junta leader X": the junta is the state's rule ("opposition leader" is not).
const TITLE_MODIFIER = /^(former|senior|top|deputy|then|acting|chief|ex|veteran|prominent|founding|military|political|junta|other|the|a|an)$/;
const LOWER_WORD = /^[a-z]+$/;
const COMMA_OR_DASH = /^[,–—-]$/;
const OWNER_PRONOUN = /^(its|their|his|her)$/;
const ITS_THEIR = /^(its|their)$/;

function isPerson(reg: Registry, m: ActorMention): boolean {
  return reg.entities.get(m.entity)?.kind === 'person';
}

/** "leaders, including A and B": a word in [from, to) that introduces examples. */
function introducesList(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const k = tokens[i]!.key;
    if (k === 'including' || k === 'like' || k === 'namely') return true;
  }
  return false;
}

/** Whether every token in [from, to) may stand between a title and its holder. A closing
 * quote ends the quotation: "…the movement's leaders," Falahatpisheh said. Ranks and
 * honorifics stand before the first holder: "chief Maj. Gen. Abbas Ibrahim". */
function allGlue(tokens: readonly Token[], from: number, to: number, firstHolder: boolean, introduced: boolean, honorifics: ReadonlySet<string>): boolean {
  for (let i = from; i < to; i++) {
    const g = tokens[i]!;
    const glue = !QUOTES.has(g.text) && (LIST_GLUE.has(g.key) || g.kind === 'punct' || (firstHolder && honorifics.has(g.key)) || (introduced && (g.key === 'in' || g.cap)));
    if (!glue) return false;
  }
  return true;
}

/** Persons right after the title, possibly a list: "members A, B and C", "leaders in Gaza,
 * including A, B and C", "leader of Hamas' military wing, the Qassam Brigades, Marwan Issa". */
function holdersAfter(tokens: readonly Token[], reg: Registry, t: TitleMention, mentions: readonly ActorMention[], from: number, of: ActorMention | null): ActorMention[] {
  const out: ActorMention[] = [];
  let at = from;
  for (const m of mentions) {
    if (m.first < at) continue;
    const gapLength = m.first - at;
    const firstHolder = out.length === 0;
    const introduced = firstHolder && introducesList(tokens, at, m.first);
    if (!isPerson(reg, m)) {
      // An appositive naming the same actor again, or the place of a list ("in Gaza"), is passed over.
      // ("Hamas's leader in Gaza, Yahya Sinwar": a place after "in" too.)
      const placeAfterIn = gapLength === 1 && tokens[at]!.key === 'in';
      if (firstHolder && (m.entity === of?.entity || reg.entities.get(m.entity)?.kind === 'other') && gapLength <= 3 && (placeAfterIn || allGlue(tokens, at, m.first, firstHolder, introduced, honorificWords(reg.lexicon)))) {
        at = m.last;
        continue;
      }
      if (firstHolder && tokens[m.last]?.text === ',' && gapLength <= 3) {
        const rest = startingIn(mentions, m.last + 1, m.last + 3);
        if (rest && isPerson(reg, rest) && tokens.slice(m.last, rest.first).every((g) => g.kind === 'punct' || LIST_GLUE.has(g.key) || g.key === 'in')) continue;
      }
      break;
    }
    if (gapLength > (introduced ? 7 : 4) || !(allGlue(tokens, at, m.first, firstHolder, introduced, honorificWords(reg.lexicon)) || (firstHolder && placeAside(tokens, at, m.first)))) break;
    out.push(m);
    at = m.last;
    if (t.entry.relation === 'LEADS' && !ENDS_S.test(tokens[t.last - 1]!.key)) break;
  }
  return out;
}

/** The actor the title is held in: "Hamas leader", "Iran's Foreign Minister", "leader of Hamas". */
function ofBefore(tokens: readonly Token[], t: TitleMention, mentions: readonly ActorMention[]): ActorMention | null {
  let end = t.first;
  // The nearest actor first: "the junta chief" is held in the junta named by "the junta".
  while (end > 0 && TITLE_MODIFIER.test(tokens[end - 1]!.key) && !mentions.some((x) => x.last === end)) end--;
  const m = mentions.find((x) => x.last === end || (x.last === end - 1 && isPossessive(tokens[end - 1])));
  return m ?? null;
}

function ofAfter(tokens: readonly Token[], t: TitleMention, mentions: readonly ActorMention[]): ActorMention | null {
  if (!OF_PREPS.has(tokens[t.last]?.key ?? '')) return null;
  const m = mentions.find((x) => x.first > t.last && x.first <= t.last + 3 && !tokens.slice(t.last + 1, x.first).some((g) => g.kind === 'punct' && !isPossessive(g)));
  // "deputy head of Iraq's Popular Mobilisation Forces": the body, not its country.
  const owned = m && isPossessive(tokens[m.last]) ? mentions.find((x) => x.first === m.last + 1) : undefined;
  return owned ?? m ?? null;
}

/** Verbs by which a person takes the office named after them. */
export const TAKING: readonly string[] = ['became', 'becomes'];
const GAP_PREPOSITIONS = new Set(['at', 'by', 'to', 'with', 'from', 'for', 'on', 'in', 'into', 'against', 'toward', 'towards', 'about', 'after', 'before', 'near', 'under', 'over', 'than']);
const SUCCESSION = new Set(['succeeded', 'succeeds', 'replaced', 'replaces', 'succeeding', 'replacing']);

/** "commander in Kidal, X": a place no lexicon lists, then the comma before the holder. */
function placeAside(tokens: readonly Token[], from: number, to: number): boolean {
  if (tokens[from]?.key !== 'in' || tokens[to - 1]?.text !== ',' || to - from < 3) return false;
  for (let i = from + 1; i < to - 1; i++) if (!tokens[i]!.cap) return false;
  return true;
}

/** "P, a senior Hamas official" / "P is a founding commander of Hamas' military wing". */
function holderBefore(tokens: readonly Token[], reg: Registry, t: TitleMention, mentions: readonly ActorMention[]): ActorMention | null {
  const person = mentions.filter((m) => m.last <= t.first && isPerson(reg, m)).at(-1);
  if (!person) return null;
  const gap = tokens.slice(person.last, t.first);
  if (gap.length === 0 || gap.length > 6) return null;
  const inner = mentions.filter((m) => m.first >= person.last && m.last <= t.first);
  // A plain word only inside a noun phrase already begun: ", a senior political …", ", Hamas
  // political …", but not ", met Houthi negotiators", where the word after the comma is a verb.
  const ok = gap.every((g, k) => {
    const i = person.last + k;
    const begun = k > 0 && gap[k - 1]!.text !== ',';
    return APPOSITION.has(g.key) || g.text === ',' || isPossessive(g) || (begun && LOWER_WORD.test(g.text)) || inner.some((m) => i >= m.first && i < m.last);
  });
  // "X was received by Uganda's president", "X became angry at the Front's leader": a
  // preposition (other than "of": "one of Hamas's leaders") puts the title in another phrase.
  if (gap.some((g) => GAP_PREPOSITIONS.has(g.key))) return null;
  // "Erdogan, who met the Hamas leader" is not the leader; "X, who is a senior commander" is.
  const relative = gap.findIndex((g) => g.key === 'who' || g.key === 'which');
  if (relative >= 0 && !['is', 'was', 'remains', 'became'].includes(gap[relative + 1]?.key ?? '')) return null;
  // "Naim Qassem succeeded Hassan Nasrallah as head of Hezbollah": the title is the successor's.
  if (gap[0]!.key === 'as' && SUCCESSION.has(tokens[person.first - 1]?.key ?? '')) {
    return mentions.find((m) => m.last === person.first - 1 && isPerson(reg, m)) ?? null;
  }
  // "appointed Imad Alalami as party representative"
  // "Ruto became Kenya's president": the office taken is held.
  return ok && (COMMA_OR_DASH.test(gap[0]!.text) || ['is', 'was', 'as', ...TAKING].includes(gap[0]!.key)) ? person : null;
}

export function findRoles(tokens: readonly Token[], reg: Registry, titles: readonly TitleMention[], mentions: readonly ActorMention[]): RoleFinding[] {
  const out: RoleFinding[] = [];
  const bySentence = new Map<number, ActorMention[]>();
  for (const m of mentions) {
    const list = bySentence.get(m.sentence);
    if (list) list.push(m);
    else bySentence.set(m.sentence, [m]);
  }
  for (const t of titles) {
    const inSentence = bySentence.get(t.sentence) ?? [];
    let of = ofBefore(tokens, t, inSentence);
    let rule = 'title after its actor';
    const after = ofAfter(tokens, t, inSentence);
    if (!of && after) {
      of = after;
      rule = 'title of actor';
    }
    const skipOf = after && of === after ? after.last : t.last;
    let holders = holdersAfter(tokens, reg, t, inSentence, skipOf, of);
    if (holders.length === 0) {
      const before = holderBefore(tokens, reg, t, inSentence);
      if (before) {
        holders = [before];
        rule = 'appositive title';
      }
    }
    // "its injured leader X": "its" names someone we cannot see, so no guess from the sentence.
    const pronounAt = OWNER_PRONOUN.test(tokens[t.first - 1]?.key ?? '') ? t.first - 1 : OWNER_PRONOUN.test(tokens[t.first - 2]?.key ?? '') ? t.first - 2 : -1;
    const pronounOwner = pronounAt >= 0;
    // Known office holders keep the office the lexicon gives them ("Supreme Leader Khamenei").
    const knownRole = holders.some((h) => reg.lexicon.actors.get(h.entity)?.roles.some((r) => r.title.toLowerCase() === t.entry.title.toLowerCase()));
    // "The group has fought the army since April. Its commander, X, …": a sentence that opens
    // with "Its" goes on about the actor the sentence before was about — unless the lexicon
    // lists the holder's offices ("Its leader Hassan Nasrallah"): a guess could only be worse.
    const listed = holders.some((h) => (reg.lexicon.actors.get(h.entity)?.roles.length ?? 0) > 0);
    if (!of && !listed && pronounOwner && tokens[pronounAt]!.cap && ITS_THEIR.test(tokens[pronounAt]!.key) && !inSentence.some((m) => m.first < pronounAt)) {
      of = (bySentence.get(t.sentence - 1) ?? []).find((m) => !m.weak && !['person', 'other'].includes(reg.entities.get(m.entity)?.kind ?? 'other')) ?? null;
      if (of) rule = 'title after "Its", actor of the sentence before';
    }
    if (!of && holders.length > 0 && ORG_TITLE.test(t.entry.title) && !STATE_TITLE.test(t.entry.title) && !knownRole) {
      // "Hamas said the delegation led by political bureau members X and Y": a title that
      // exists only inside a movement belongs to the movement the sentence is about. After
      // "its", only the movement that is speaking ("Hamas said its politburo members…").
      const orgs = inSentence.filter((m) => m.last <= t.first && ORG_KINDS.has(reg.entities.get(m.entity)?.kind ?? ''));
      of = pronounOwner ? orgs.find((m) => SPEECH.has(tokens[m.last]?.key ?? '')) ?? null : orgs.at(-1) ?? null;
      if (of) rule = 'movement title, actor from the sentence';
    }
    // "Japanese Foreign Minister X and Defence Minister Y": the state named for the first
    // office-holder of a list is the second's too.
    if (!of && STATE_TITLE.test(t.entry.title)) {
      const glue = tokens[t.first - 1]?.key;
      const previous = glue === 'and' || glue === ',' ? out.find((r) => r.person.last === t.first - 1 && r.of !== null) : undefined;
      if (previous && reg.entities.get(previous.of!.entity)?.kind === 'state') {
        of = previous.of;
        rule = 'title listed after another of the same state';
      }
    }
    for (const person of holders) {
      if (of && (of.entity === person.entity || isPerson(reg, of))) of = null;
      out.push({ person, of, title: t, rule });
    }
  }
  return out;
}
