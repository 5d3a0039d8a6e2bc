// Lists of actors around a trigger.
import type { TextLayer } from '../../text/layer.ts';
import type { Token } from '../../text/tokens.ts';
import type { Registry } from '../entities/registry.ts';
import type { ActorMention } from '../mentions/types.ts';
import type { Arguments } from './arguments.ts';
import { verbFollows } from './clauses.ts';
import { restated } from '../mentions/queries.ts';
import cues from '../modality/cues.json' with { type: 'json' };

const QUOTES = /^["“”'‘’«»]$/;
// "…to Poland, the Polish Defence Ministry said": verbs of saying, from modality's cues.
const SPEECH: ReadonlySet<string> = new Set(cues.speech);

/** "Israel deported PIJ and Hamas leaders", "Iran and Syria armed Hezbollah": one event per
 * actor listed. Lists of persons are left alone: they usually name one side's members —
 * except those met (`meeting`): "Putin met Erdogan and Raisi" met two sides. */
export function coordinatedPairs(tokens: TextLayer['tokens'], mentions: readonly ActorMention[], args: Arguments, reg: Registry, headline = false, meeting = false): [ActorMention, ActorMention | null][] {
  if (args.frame === 'coordinated' || args.frame === 'between') return [[args.source, args.target]];
  const options = { headline };
  const isGroup = groupTest(reg);
  // "Saudi Arabia and Egypt, which has accused Hamas…": a singular verb after the relative
  // pronoun belongs to the last of the list only.
  // "Qatar hosted Hamas and Israeli negotiators": the visitors are listed after the verb, and
  // so are agents after "by" ("funded by Iran and Syria", "mediated by Qatar and Turkey").
  const forward = args.frame === 'host' || tokens[args.source.first - 1]?.key === 'by' || tokens[args.source.first - 1]?.key === 'from';
  const listed = singularRelative(tokens, args.source) ? [args.source] : actorList(tokens, mentions, args.source, forward ? 1 : -1, isGroup, options);
  // "Saudi Arabia and its ally, the UAE, bombed Yemen": the ally acts too.
  const ally = alliedWith(tokens, mentions, args.source) ?? allyOf(tokens, mentions, args.source);
  const sources = ally ? [...listed, ally] : listed;
  // "Qatar and Egypt mediated between A and B": every mediator, with the first party.
  const member = meeting ? metTest(tokens, isGroup) : isGroup;
  const targets = args.target && args.frame !== 'mediator' ? actorList(tokens, mentions, args.target, 1, member, options) : [args.target];
  // The common case, one actor on each side, without building the cross product.
  if (sources.length === 1 && targets.length === 1) return [[sources[0]!, targets[0]!]];
  return sources.flatMap((s) => targets.map((t): [ActorMention, ActorMention | null] => [s, t]));
}

const SINGULAR = new Set(['has', 'is', 'was', 'does']);
const PARTNER_NOUNS = new Set(['ally', 'allies', 'partner', 'partners']);
const MODIFIER = /^[a-z-]+$/;

/** "A and its partner B supplied…", read from B: A, whose partner B is. */
function allyOf(tokens: TextLayer['tokens'], mentions: readonly ActorMention[], b: ActorMention): ActorMention | null {
  const a = mentions.filter((m) => m.last < b.first && !m.weak).at(-1);
  return a && alliedWith(tokens, mentions, a) === b ? a : null;
}

/** "A and its ally, B, …": B, named after A's own noun of partnership. */
function alliedWith(tokens: TextLayer['tokens'], mentions: readonly ActorMention[], a: ActorMention): ActorMention | null {
  let i = a.last;
  if (tokens[i]?.key !== 'and' || !['its', 'their'].includes(tokens[i + 1]?.key ?? '')) return null;
  i += 2;
  while (i < a.last + 5 && tokens[i] && !PARTNER_NOUNS.has(tokens[i]!.key) && MODIFIER.test(tokens[i]!.text)) i++;
  if (!PARTNER_NOUNS.has(tokens[i]?.key ?? '')) return null;
  i++;
  if (tokens[i]?.text === ',') i++;
  if (tokens[i]?.key === 'the') i++;
  return mentions.find((m) => m.first === i && !m.weak && m.entity !== a.entity) ?? null;
}

function singularRelative(tokens: TextLayer['tokens'], m: ActorMention): boolean {
  let i = m.last;
  if (tokens[i]?.text === ',') i++;
  return (tokens[i]?.key === 'which' || tokens[i]?.key === 'who') && SINGULAR.has(tokens[i + 1]?.key ?? '');
}

const groupTests = new WeakMap<Registry, (m: ActorMention) => boolean>();

/** Whether a mention names a group rather than a person: one test function per document. */
function groupTest(reg: Registry): (m: ActorMention) => boolean {
  let test = groupTests.get(reg);
  if (!test) groupTests.set(reg, (test = (m) => reg.entities.get(m.entity)?.kind !== 'person'));
  return test;
}

/** Words after the last person met that close the list: "met Erdogan and Raisi in Tehran". */
const AFTER_LIST = new Set(['in', 'at', 'on', 'by', 'via', 'over', 'during', 'for', 'with', 'to', 'after', 'before', 'last', 'this', 'earlier', 'separately', 'together', 'jointly', 'and', 'or', 'who', 'which', 'when', 'where']);

/**
 * A group, or a person the list may go on to: not one whose own verb follows ("met
 * Netanyahu and Gallant warned…": Gallant starts a clause of his own).
 */
function metTest(tokens: readonly Token[], isGroup: (m: ActorMention) => boolean): (m: ActorMention) => boolean {
  return (m) => {
    if (isGroup(m)) return true;
    const after = tokens[m.last];
    return after === undefined || after.kind !== 'word' || after.cap || AFTER_LIST.has(after.key);
  };
}

export interface ListOptions {
  /** A list of persons, whose names may follow a lower-case title. */
  titled?: boolean;
  /** In a headline, where a comma stands for "and". */
  headline?: boolean;
}

/**
 * The actors listed with `anchor`: before it (direction -1) or after it (1), all of
 * them passing `member`. A list is joined by "and"/"or" at its end: "Hamas, PIJ and
 * Hezbollah". Going backwards from the anchor the first joint must be that "and"; a
 * bare comma is a clause boundary ("over the Houthis, Iran withdrew…"). Going
 * forwards, commas count once an "and" closes the list. No list: the anchor alone.
 */
export function actorList(tokens: readonly Token[], mentions: readonly ActorMention[], anchor: ActorMention, direction: 1 | -1, member: (m: ActorMention) => boolean, options: ListOptions = {}): ActorMention[] {
  const { titled = false, headline = false } = options;
  const out = [anchor];
  if (!member(anchor)) return out;
  let current = direction === -1 ? restated(tokens, mentions, anchor) : anchor;
  let closed = false;
  for (;;) {
    const next = direction === 1 ? mentions.find((m) => m.first >= current.last) : mentions.filter((m) => m.last <= current.first).at(-1);
    // Weak names list on only among demonyms: "Chinese, Indian and Turkish firms".
    if (!next || (next.weak && !(next.form === 'demonym' && current.form === 'demonym')) || !member(next)) break;
    // "…to Poland, the Polish Defence Ministry said": the speaker is not in the list; nor,
    // forwards, a name with a verb of its own ("backed by Iran, and Israel opposes it").
    if (SPEECH.has(tokens[next.last]?.key ?? '')) break;
    if (direction === 1 && next.form !== 'demonym' && verbFollows(tokens, next)) break;
    const [from, to] = direction === 1 ? [current.last, next.first] : [next.last, current.first];
    let words = tokens.slice(from, to);
    // Persons listed with what they are: "Deif, Sinwar and hardliner Mahmoud Zahar".
    if (titled) while (words.length > 1 && words.at(-1)!.kind === 'word' && !words.at(-1)!.cap && !['and', 'or'].includes(words.at(-1)!.key)) words = words.slice(0, -1);
    // Quotes around a name are not part of the joint: "Hamas and ‘Hezbollah’".
    const glue = words.map((t) => t.key).filter((k) => k !== 'the' && !QUOTES.test(k)).join(' ');
    if (!['and', ',', ', and', 'or', 'as well as'].includes(glue)) break;
    // Headlines list with commas alone: "Iran, Hamas Discuss Ties".
    const joint = glue !== ',' || headline;
    if (direction === -1 && out.length === 1 && !joint) break;
    closed ||= joint;
    out.push(next);
    current = next;
  }
  return closed ? out : [anchor];
}
