// The state of a tie, said of the tie itself rather than by a verb with a subject:
//   "relations between Hamas and Iran are now repaired"   → SUPPORT (ties restored)
//   "The Hamas-Iran relationship was established in 1990" → SUPPORT
//   "Hamas' ties with Iran were cut in 2012"              → SANCTION
// PLOVER codes restored or improved ties as SUPPORT and broken ones as SANCTION.
import type { EventType } from '../../contract.ts';
import type { Token } from '../../text/tokens.ts';
import { isPossessive } from '../../text/tokens.ts';
import type { ActorMention } from '../mentions/types.ts';
import type { Arguments } from './arguments.ts';
import type { TriggerMatch } from './find-triggers.ts';
import { makeTrigger, type Trigger } from './lexicon.ts';
import cues from '../modality/cues.json' with { type: 'json' };

const TIES = new Set(['relations', 'ties', 'relationship', 'relation', 'contacts', 'links']);
const STATES: Record<string, { type: EventType; mode: string }> = {};
for (const w of ['repaired', 'restored', 'improved', 'normalized', 'normalised', 'resumed', 'warmed', 'mended', 'thawed', 'renewed', 'strengthened', 'bolstered', 'established', 'rebuilt', 'reestablished', 're-established', 'revived', 'reconciled']) {
  STATES[w] = { type: 'SUPPORT', mode: 'diplomatic' };
}
for (const w of ['cut', 'severed', 'broken', 'suspended', 'frozen', 'ruptured', 'ended']) STATES[w] = { type: 'SANCTION', mode: 'expel' };

function trigger(type: EventType, mode: string): Trigger {
  return makeTrigger({ type, mode }, 'noun');
}

export interface TieFinding {
  trig: TriggerMatch;
  args: Arguments;
}

/** The two sides of the tie noun at `i`: "between A and B", "A-B ties", "A's ties with B". */
function sides(tokens: readonly Token[], mentions: readonly ActorMention[], first: number, i: number): [ActorMention, ActorMention] | null {
  const at = (first: number) => mentions.find((m) => m.first === first && !m.weak);
  const endingAt = (last: number) => mentions.find((m) => m.last === last);
  if (tokens[i + 1]?.key === 'between') {
    const a = at(i + 2) ?? at(i + 3);
    const b = a && (at(a.last + 1) ?? at(a.last + 2));
    if (a && b && tokens[a.last]?.key === 'and') return [a, b];
  }
  // "the Hamas-Iran relationship", "Hamas-Iran ties"
  const b = endingAt(i);
  if (b && tokens[b.first - 1]?.text === '-') {
    const a = endingAt(b.first - 1);
    if (a) return [a, b];
  }
  // "Hamas' ties with Iran"
  if (tokens[i + 1]?.key === 'with' && isPossessive(tokens[i - 1])) {
    const a = endingAt(i - 1);
    const other = at(i + 2) ?? at(i + 3);
    if (a && other) return [a, other];
  }
  // "An Iranian official said relations with Hamas had returned to normal": the side that
  // speaks of its own relations.
  if (tokens[i + 1]?.key === 'with') {
    const other = at(i + 2) ?? at(i + 3);
    const said = speakerOfClause(tokens, mentions, first, i);
    if (other && said && said.entity !== other.entity) return [said, other];
  }
  return null;
}

const SAYING = new Set(cues.speech);

/** The actor that said the clause beginning after its saying verb, which stands right before `at`. */
function speakerOfClause(tokens: readonly Token[], mentions: readonly ActorMention[], first: number, at: number): ActorMention | undefined {
  let verb = at - 1;
  if (tokens[verb]?.key === 'that') verb--;
  if (!SAYING.has(tokens[verb]?.key ?? '')) return undefined;
  // "An Iranian official said", "Tehran said": the speaker, or the demonym on the speaking noun.
  return mentions.filter((m) => m.first >= first && m.last <= verb && m.last >= verb - 2).at(-1);
}

export function findTieEvents(tokens: readonly Token[], mentions: readonly ActorMention[], first: number, last: number): TieFinding[] {
  const out: TieFinding[] = [];
  for (let i = first; i < last; i++) {
    if (!TIES.has(tokens[i]!.key)) continue;
    const pair = sides(tokens, mentions, first, i);
    if (!pair) continue;
    // The state word follows the tie: "… are now repaired", "… was established".
    const from = Math.max(i + 1, pair[1].last);
    for (let j = from; j < Math.min(last, from + 5); j++) {
      const state = STATES[tokens[j]!.key];
      if (!state) continue;
      out.push({
        trig: { first: j, last: j + 1, trigger: trigger(state.type, state.mode), participle: true },
        args: { source: pair[0], target: pair[1], third: null, frame: 'between' },
      });
      break;
    }
  }
  return out;
}
