// "Kyiv thanked Poland for its military support", "Chad criticised Sudan for its raids":
// after a verb of judging, "for its …" names a deed of the one judged — its own event,
// not the object of the judging verb.
import type { Token } from '../../text/tokens.ts';
import { PREPOSITIONS } from './clauses.ts';

/** Verbs of thanking: what the one thanked did for it, it did for the thanker. */
export const THANKING: ReadonlySet<string> = new Set(['thank', 'thanks', 'thanked', 'thanking']);

const OWN = new Set(['its', 'their']);
const MODIFIER = /^[a-z][a-z-]*$/;
const MODIFIERS_MAX = 3;

/** Where "its" or "their" stands before the noun at `at`, with at most three lower-case
 * modifiers between ("its rocket attacks"); -1 if none ("its stance on tanks" owns no tanks:
 * a preposition ends the modifiers). */
export function ownPronounBefore(tokens: readonly Token[], at: number): number {
  for (let i = at - 1; i >= Math.max(0, at - 1 - MODIFIERS_MAX); i--) {
    const t = tokens[i]!;
    if (OWN.has(t.key)) return i;
    if (!MODIFIER.test(t.text) || PREPOSITIONS.has(t.key)) return -1;
  }
  return -1;
}

/** Where the "for" of "for its [modifiers]" stands right before the noun at `at`; -1 if none. */
export function forOwnDeed(tokens: readonly Token[], at: number): number {
  const own = ownPronounBefore(tokens, at);
  return own > 0 && tokens[own - 1]!.key === 'for' ? own - 1 : -1;
}
