// What is seized, struck or sanctioned stands for its owner: "Iran seized three tankers
// belonging to a Greek company" coerces Greece, "sanctioned vessels owned by Iranian firms" Iran.
import type { Token } from '../../text/tokens.ts';
import type { ActorMention } from '../mentions/types.ts';
import data from './triggers.json' with { type: 'json' };

const CUES = data.ownership.map((c) => c.split(' '));
// The thing owned is a short noun phrase: "three tankers", "a cargo ship", "aircraft".
const OBJECT_REACH = 6;
const BREAKS = new Set([',', ';', ':', '.', 'and', 'but', 'which', 'who', 'that', 'after', 'before', 'because', 'while']);
const BEFORE_OWNER = new Set(['a', 'an', 'the', 'its', 'their', 'two', 'three', 'several']);

/** The owner named in the object phrase after token `from`, weak or not; null if none. */
export function ownerOf(tokens: readonly Token[], mentions: readonly ActorMention[], from: number, last: number): ActorMention | null {
  for (let i = from; i < Math.min(last, from + OBJECT_REACH); i++) {
    if (BREAKS.has(tokens[i]!.key)) return null;
    const length = cueAt(tokens, i);
    if (length === 0) continue;
    let at = i + length;
    while (BEFORE_OWNER.has(tokens[at]?.key ?? '')) at++;
    return mentions.find((m) => m.first === at) ?? null;
  }
  return null;
}

/** How many words of an ownership cue stand at `i`; 0 if none. */
function cueAt(tokens: readonly Token[], i: number): number {
  for (const keys of CUES) {
    let n = 0;
    while (n < keys.length && tokens[i + n]?.key === keys[n]) n++;
    if (n === keys.length) return n;
  }
  return 0;
}
