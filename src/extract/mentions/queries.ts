// Small searches over a sentence's mentions that several stages ask. They are plain functions
// rather than closures written inside the stages' loops: a closure there that captures a loop
// variable makes every pass of the loop allocate a scope, asked for or not.
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
