// A third party to an event: the mediator of a deal or of talks.
// "…agreed to restore relations in a deal brokered by China", "with Qatari mediation",
// "under Egypt's auspices".
import type { Token } from '../../text/tokens.ts';
import { isPossessive } from '../../text/tokens.ts';
import type { ActorMention } from '../mentions/types.ts';
import { startingIn } from '../mentions/queries.ts';

const BY_VERBS = new Set(['brokered', 'mediated', 'facilitated', 'sponsored', 'hosted', 'arranged', 'negotiated']);
const MEDIATION_NOUNS = new Set(['mediation', 'auspices', 'sponsorship', 'brokering', 'facilitation']);

export function findThirdParty(tokens: readonly Token[], mentions: readonly ActorMention[], first: number, last: number): ActorMention | null {
  for (let i = first; i < last; i++) {
    const k = tokens[i]!.key;
    if (BY_VERBS.has(k) && tokens[i + 1]?.key === 'by') {
      const m = startingIn(mentions, i + 2, i + 3);
      if (m) return m;
    }
    if (MEDIATION_NOUNS.has(k)) {
      // "Qatari mediation", "Egypt's mediation"
      const m = qualifying(tokens, mentions, i);
      if (m) return m;
      if (tokens[i + 1]?.key === 'of') {
        const after = startingIn(mentions, i + 2, i + 3);
        if (after) return after;
      }
    }
  }
  return null;
}

/** The mention right before the noun at `i`, or before a possessive there ("Egypt's mediation").
 * A function of its own rather than a closure in the loop above (see mentions/queries.ts). */
function qualifying(tokens: readonly Token[], mentions: readonly ActorMention[], i: number): ActorMention | undefined {
  for (const x of mentions) if (x.last === i || (x.last === i - 1 && isPossessive(tokens[i - 1]))) return x;
  return undefined;
}
