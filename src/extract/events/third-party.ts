// A third party to an event: the mediator of a deal or of talks.
// "…agreed to restore relations in a deal brokered by China", "with Qatari mediation",
// "under Egypt's auspices".
import type { Token } from '../../text/tokens.ts';
import { isPossessive } from '../../text/tokens.ts';
import type { ActorMention } from '../mentions/types.ts';

const BY_VERBS = new Set(['brokered', 'mediated', 'facilitated', 'sponsored', 'hosted', 'arranged', 'negotiated']);
const MEDIATION_NOUNS = new Set(['mediation', 'auspices', 'sponsorship', 'brokering', 'facilitation']);

export function findThirdParty(tokens: readonly Token[], mentions: readonly ActorMention[], first: number, last: number): ActorMention | null {
  for (let i = first; i < last; i++) {
    const k = tokens[i]!.key;
    if (BY_VERBS.has(k) && tokens[i + 1]?.key === 'by') {
      const m = mentions.find((x) => x.first >= i + 2 && x.first <= i + 3);
      if (m) return m;
    }
    if (MEDIATION_NOUNS.has(k)) {
      // "Qatari mediation", "Egypt's mediation"
      const m = mentions.find((x) => x.last === i || (x.last === i - 1 && isPossessive(tokens[i - 1])));
      if (m) return m;
      if (tokens[i + 1]?.key === 'of') {
        const after = mentions.find((x) => x.first >= i + 2 && x.first <= i + 3);
        if (after) return after;
      }
    }
  }
  return null;
}
