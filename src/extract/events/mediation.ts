// The parties a mediator stands between when the sentence names them away from the verb:
// "Talks between Chad and Sudan were mediated by Qatar", "Chad and Sudan signed a deal
// brokered by Qatar", "The ceasefire, brokered by Algeria, ended fighting between Mali and X".
import type { Token } from '../../text/tokens.ts';
import type { ActorMention } from '../mentions/types.ts';

/**
 * Two different actors joined by "and" ("A and B", "A and the B"), neither the mediator, in
 * the sentence: those after "between" first, else the first such pair.
 */
export function mediatedParties(tokens: readonly Token[], mentions: readonly ActorMention[], mediator: ActorMention): [ActorMention, ActorMention] | null {
  let first: [ActorMention, ActorMention] | null = null;
  for (let k = 0; k + 1 < mentions.length; k++) {
    const a = mentions[k]!;
    const b = mentions[k + 1]!;
    if (a.weak || b.weak || a.entity === mediator.entity || b.entity === mediator.entity || a.entity === b.entity || !joinedByAnd(tokens, a, b)) continue;
    if (tokens[a.first - 1]?.key === 'between' || tokens[a.first - 2]?.key === 'between') return [a, b];
    first ??= [a, b];
  }
  return first;
}

function joinedByAnd(tokens: readonly Token[], a: ActorMention, b: ActorMention): boolean {
  return tokens[a.last]?.key === 'and' && (b.first === a.last + 1 || (b.first === a.last + 2 && tokens[a.last + 1]!.key === 'the'));
}
