// Lists of actors around a trigger.
import type { TextLayer } from '../../text/layer.ts';
import type { Token } from '../../text/tokens.ts';
import type { Registry } from '../entities/registry.ts';
import type { ActorMention } from '../mentions/types.ts';
import type { Arguments } from './arguments.ts';

const QUOTES = /^["“”'‘’«»]$/;
const SPEECH = new Set(['said', 'says', 'told', 'announced', 'stated', 'reported', 'added', 'claimed']);

/** "Israel deported PIJ and Hamas leaders", "Iran and Syria armed Hezbollah": one event per
 * actor listed. Lists of persons are left alone: they usually name one side's members. */
export function coordinatedPairs(tokens: TextLayer['tokens'], mentions: readonly ActorMention[], args: Arguments, reg: Registry, headline = false): [ActorMention, ActorMention | null][] {
  const isGroup = (m: ActorMention) => reg.entities.get(m.entity)?.kind !== 'person';
  const listed = (anchor: ActorMention, direction: 1 | -1): ActorMention[] =>
    (args.frame === 'coordinated' || args.frame === 'between' ? [anchor] : actorList(tokens, mentions, anchor, direction, isGroup, { headline }));
  const sources = listed(args.source, -1);
  const targets = args.target ? listed(args.target, 1) : [null];
  return sources.flatMap((s) => targets.map((t): [ActorMention, ActorMention | null] => [s, t]));
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
  let current = anchor;
  let closed = false;
  for (;;) {
    const next = direction === 1 ? mentions.find((m) => m.first >= current.last) : mentions.filter((m) => m.last <= current.first).at(-1);
    if (!next || next.weak || !member(next)) break;
    // "…to Poland, the Polish Defence Ministry said": the speaker is not in the list.
    if (SPEECH.has(tokens[next.last]?.key ?? '')) break;
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
