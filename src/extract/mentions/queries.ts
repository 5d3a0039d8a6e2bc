// Small searches over a sentence's mentions that several stages ask. They are plain functions
// rather than closures written inside the stages' loops: a closure there that captures a loop
// variable makes every pass of the loop allocate a scope, asked for or not.
import type { Token } from '../../text/tokens.ts';
import type { ActorMention } from './types.ts';

/** Whether every mention names the same actor. */
export function oneActor(mentions: readonly ActorMention[]): boolean {
  for (const m of mentions) if (m.entity !== mentions[0]!.entity) return false;
  return true;
}

/** The first mention that starts at a token in [from, to]. */
export function startingIn(mentions: readonly ActorMention[], from: number, to: number): ActorMention | undefined {
  for (const x of mentions) if (x.first >= from && x.first <= to) return x;
  return undefined;
}

/** "Kenya and the Zorvani Liberation Front (ZLF) …": an acronym in brackets restates the name
 * before it; a list or a pair is read from that name. */
export function restated(tokens: readonly Token[], mentions: readonly ActorMention[], m: ActorMention): ActorMention {
  if (tokens[m.first - 1]?.text !== '(' || tokens[m.last]?.text !== ')') return m;
  for (const x of mentions) if (x.last === m.first - 1 && x.entity === m.entity) return x;
  return m;
}
