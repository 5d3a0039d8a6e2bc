// The relation stage: titles (LEADS, MEMBER_OF and person roles) and short patterns.
import type { ExtractedRelation, RelationType } from '../../contract.ts';
import { SYMMETRIC_RELATIONS } from '../../contract.ts';
import type { TextLayer } from '../../text/layer.ts';
import { isPossessive } from '../../text/tokens.ts';
import { knownEntity, type Registry } from '../entities/registry.ts';
import type { ActorMention, TitleMention } from '../mentions/types.ts';
import type { DateMention } from '../dates/index.ts';
import { findPatternRelations } from './patterns.ts';
import { findRoles, TAKING, type RoleFinding } from './roles.ts';
import cues from './cues.json' with { type: 'json' };

export interface RelationFindingOut {
  relation: ExtractedRelation;
  rule: string;
  sentence: number;
}

export interface RelationInput {
  text: TextLayer;
  registry: Registry;
  mentions: readonly ActorMention[];
  titles: readonly TitleMention[];
  /** The text's dates, for "president since 2000"; none when not given. */
  dates?: readonly DateMention[];
}

function evidenceOf(text: TextLayer, sentence: number): ExtractedRelation['evidence'] {
  const s = text.sentences[sentence]!;
  return { text: text.text.slice(s.start, s.end), start: s.start, end: s.end };
}

/** "the Supreme Leader Ayatollah Ali Khamenei": the lexicon knows what he leads. */
function knownRoleOf(reg: Registry, personId: string, title: string): string | null {
  const roles = reg.lexicon.actors.get(personId)?.roles ?? [];
  const role = roles.find((x) => x.title.toLowerCase() === title.toLowerCase()) ?? null;
  if (role?.of && !reg.entities.has(role.of)) knownEntity(reg, role.of);
  return role?.of ?? null;
}

const INDEFINITE = new Set(['a', 'an', 'another', 'one', 'senior', 'top', 'prominent', 'veteran', 'founding']);
const TITLE_MODIFIERS = new Set(['former', 'then', 'current', 'acting', 'military', 'political', 'deputy', 'late', 'longtime', 'exiled']);

/** Offices that head a body inside a state ("army chief", "speaker", "governor"): held
 * "of" a state they make their holder one of its officials, not its leader. */
const BODY_HEADS: ReadonlySet<string> = new Set(cues.bodyHeadTitles);
const LOWER = /^[a-z]/;

/** "head of Kenya's intelligence service", "head of the country's spy agency": the title
 * heads an unnamed body the state owns (a named one would have been taken as the actor). */
function headsUnnamedBody(tokens: TextLayer['tokens'], r: RoleFinding): boolean {
  return r.of !== null && r.of.first > r.title.first && isPossessive(tokens[r.of.last]) && LOWER.test(tokens[r.of.last + 1]?.text ?? '');
}

const BODY_NOUNS: ReadonlySet<string> = new Set(cues.bodyNouns);
const NAME_WORDS_MAX = 3;

/** "chairman of the African Union Commission", "president of the Zorvani Supreme Court": a
 * body noun in or right after the actor's mention that the actor's own name lacks names a
 * body of it that no lexicon lists; the holder heads that body, not the actor. The body's
 * name, or null. */
function namedBodyAfter(tokens: TextLayer['tokens'], reg: Registry, r: RoleFinding): string | null {
  if (r.of === null || r.of.first < r.title.first) return null;
  const name = (reg.entities.get(r.of.entity)?.name ?? '').toLowerCase().split(/[\s-]+/);
  for (let i = r.of.first + 1; i < r.of.last + NAME_WORDS_MAX && tokens[i]?.cap; i++) {
    const k = tokens[i]!.key;
    if (BODY_NOUNS.has(k) && !name.includes(k)) return tokens.slice(r.of.first, i + 1).map((t) => t.text).join(' ');
  }
  return null;
}

const BODY_ENDS = new Set(['in', 'of', 'at', 'for', 'and', 'to', 'with', 'from', 'since', 'until', 'who', 'which']);

/** The body's words, so the role says what is headed: "Head of intelligence service" (not
 * "…service in" for "head of Kenya's intelligence service in Nairobi"). */
function bodyWords(tokens: TextLayer['tokens'], r: RoleFinding): string {
  const out: string[] = [];
  for (let i = r.of!.last + 1; i < r.of!.last + 4 && LOWER.test(tokens[i]?.text ?? '') && !BODY_ENDS.has(tokens[i]!.key); i++) out.push(tokens[i]!.text);
  return out.join(' ');
}

const DEFINITE = new Set(['the', 'its', 'their']);
/** Lower-case words that may describe a title between its determiner and it: "its injured leader". */
const DESCRIBING = /^[a-z][a-z-]*$/;
const DESCRIBING_MAX = 2;

/**
 * "the commander", "its injured leader", "the RSF commander", "the Zorvani Front's
 * commander", "commander of X": the one who commands, not one of its commanders.
 */
function definiteTitle(tokens: TextLayer['tokens'], r: RoleFinding): boolean {
  if (r.of !== null && r.of.first > r.title.first) return true;
  let i = r.of !== null && r.of.last === r.title.first ? r.of.first - 1 : r.title.first - 1;
  for (let described = 0; described < DESCRIBING_MAX && i >= 0 && !DEFINITE.has(tokens[i]!.key) && !INDEFINITE.has(tokens[i]!.key) && DESCRIBING.test(tokens[i]!.text); described++) i--;
  return DEFINITE.has(tokens[i]?.key ?? '') || isPossessive(tokens[i]);
}

/** A heading title read as membership when the text says "a commander", "leaders", or a bare
 * "Hamas leader X" that the lexicon does not know as the head of Hamas. */
function relationOfTitle(input: RelationInput, r: RoleFinding, of: string): RelationType {
  if (r.title.entry.relation !== 'LEADS') return r.title.entry.relation;
  const tokens = input.text.tokens;
  if (input.registry.entities.get(of)?.kind === 'state' && (BODY_HEADS.has(r.title.entry.title) || headsUnnamedBody(tokens, r))) return 'MEMBER_OF';
  if (namedBodyAfter(tokens, input.registry, r) !== null) return 'MEMBER_OF';
  const last = tokens[r.title.last - 1]!.key;
  if (last.endsWith('s') && !r.title.entry.forms.includes(last)) return 'MEMBER_OF';
  // Only the words right before the title count: "a former commander", "another senior leader".
  for (let i = r.title.first - 1; i >= Math.max(0, r.title.first - 4); i--) {
    const k = tokens[i]!.key;
    if (INDEFINITE.has(k)) return 'MEMBER_OF';
    if (!TITLE_MODIFIERS.has(k)) break;
  }
  const ambiguous = ['leader', 'commander', 'official'].includes(r.title.entry.title.toLowerCase());
  if (ambiguous && !definiteTitle(tokens, r)) {
    const known = input.registry.lexicon.actors.get(r.person.entity)?.roles ?? [];
    if (!known.some((x) => x.of === of && /leader|chief|head|president|secretary|commander/i.test(x.title))) return 'MEMBER_OF';
  }
  return 'LEADS';
}

/** "Rwanda's president since 2000", "president of Kenya since May 2022": the date the office
 * was taken, when "since" follows the title (or the actor named after it) at once; after
 * "became", the date of that ("became Kenya's president in 2022"). */
function heldSince(input: RelationInput, r: RoleFinding): string | null {
  if (r.title.former || !input.dates) return null;
  const tokens = input.text.tokens;
  const end = r.of !== null && r.of.first > r.title.first ? r.of.end : tokens[r.title.last - 1]!.end;
  const taken = r.person.last < r.title.first && tokens.slice(r.person.last, r.title.first).some((t) => TAKING.includes(t.key));
  const d = input.dates.find((x) => (x.relation === 'since' || (taken && x.relation === 'at')) && x.basis === 'explicit' && x.start >= end && x.start - end <= 2 && input.text.text.slice(end, x.start).trim() === '');
  return d?.value ?? null;
}

export function findRelations(input: RelationInput): RelationFindingOut[] {
  const out: RelationFindingOut[] = [];
  const seen = new Set<string>();
  const add = (type: RelationType, source: string, target: string, role: string | null, sentence: number, confidence: number, rule: string, since: string | null = null) => {
    if (source === target) return;
    const [a, b] = SYMMETRIC_RELATIONS.has(type) && source > target ? [target, source] : [source, target];
    const key = `${type}|${a}|${b}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ relation: { type, source, target, role, since, evidence: evidenceOf(input.text, sentence), confidence }, rule, sentence });
  };

  for (const r of findRoles(input.text.tokens, input.registry, input.titles, input.mentions)) {
    const person = input.registry.entities.get(r.person.entity)!;
    const named = namedBodyAfter(input.text.tokens, input.registry, r);
    const body = named !== null ? ` of ${named}` : headsUnnamedBody(input.text.tokens, r) ? ` of ${bodyWords(input.text.tokens, r)}` : '';
    const title = `${r.title.former ? 'former ' : ''}${r.title.entry.title}${body}`;
    // "Gaza leader Yahya Sinwar": a place says where the role is held, not in what.
    const place = r.of && input.registry.entities.get(r.of.entity)?.kind === 'other';
    const of = (place ? null : r.of?.entity) ?? knownRoleOf(input.registry, person.id, r.title.entry.title);
    const since = heldSince(input, r);
    if (!person.roles.some((x) => x.title === title && x.of === of)) person.roles.push({ title, of, from: since, to: null });
    if (of) {
      const type = relationOfTitle(input, r, of);
      add(type, r.person.entity, of, title, r.title.sentence, 0.8, `title "${title}" (${r.rule}${r.of ? '' : ', actor from the lexicon role'})`, since);
    }
  }
  const bySentence = new Map<number, ActorMention[]>();
  for (const m of input.mentions) {
    const list = bySentence.get(m.sentence);
    if (list) list.push(m);
    else bySentence.set(m.sentence, [m]);
  }
  for (const [sentence, mentions] of bySentence) {
    for (const f of findPatternRelations(input.text.tokens, input.registry, mentions)) {
      add(f.type, f.source.entity, f.target.entity, null, sentence, 0.75, f.rule);
    }
  }
  return out;
}
