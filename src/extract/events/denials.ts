// A denial of an accusation answers the one who made it (PLOVER REJECT):
//   "Kenya accused Uganda of arming rebels. Uganda denied the accusation." → REJECT Uganda → Kenya
//   "Kenya accused Uganda of arming rebels, a charge Kampala denies."     → REJECT Uganda → Kenya
// The accuser is the source of an accusation against the denier in the same or the previous
// sentence; where none is found, the denial answers no one the text names, and gives nothing.
import type { Token } from '../../text/tokens.ts';
import type { ActorMention } from '../mentions/types.ts';
import type { TieFinding } from './ties.ts';
import { objectList, makeTrigger } from './lexicon.ts';

const DENIALS = new Set(objectList('denials'));
const CHARGES = new Set(objectList('chargeNouns'));
// Between the verb and the charge: "denied the latest accusations", "rejected all such charges".
const BEFORE_CHARGE = new Set(['the', 'these', 'those', 'such', 'all', 'any', 'latest', 'new', 'fresh', 'renewed', 'repeated']);
// Between the denier and its verb: "Kampala has flatly denied".
const BEFORE_DENIAL = new Set(['has', 'have', 'had', 'also', 'flatly', 'strongly', 'firmly', 'always', 'repeatedly', 'vehemently', 'categorically', 'again', 'swiftly']);
const REACH = 3;
const DENIAL: TieFinding['trig']['trigger'] = makeTrigger({ type: 'REJECT', mode: null }, 'verb');

/** An accusation found earlier: who accused whom, and in which sentence. */
export interface Accusation {
  source: string;
  target: string;
  sentence: number;
}

/** The mention ending right before `at`, past at most REACH words of BEFORE_DENIAL. */
function denierBefore(tokens: readonly Token[], mentions: readonly ActorMention[], at: number): ActorMention | undefined {
  let end = at;
  while (end > at - REACH && BEFORE_DENIAL.has(tokens[end - 1]?.key ?? '')) end--;
  return mentions.find((m) => m.last === end && !m.weak);
}

/** The charge the denial verb at `verb` takes: "denied the accusation"; -1 if none. A charge
 * with an owner ("rejected Kenya's accusations") names its accuser itself, and is left to the verb. */
function chargeAfter(tokens: readonly Token[], verb: number, last: number): number {
  for (let i = verb + 1; i < Math.min(last, verb + 1 + REACH); i++) {
    if (CHARGES.has(tokens[i]!.key)) return i;
    if (!BEFORE_CHARGE.has(tokens[i]!.key)) return -1;
  }
  return -1;
}

export function findDenials(tokens: readonly Token[], mentions: readonly ActorMention[], first: number, last: number, sentence: number,
  accusations: readonly Accusation[], previous: readonly ActorMention[]): TieFinding[] {
  const out: TieFinding[] = [];
  for (let i = first; i < last; i++) {
    if (!DENIALS.has(tokens[i]!.key)) continue;
    // "Uganda denied the accusation", or "…, a charge Kampala denies" / "an allegation that Kabul rejects".
    const denier = denierBefore(tokens, mentions, i);
    if (!denier) continue;
    const relative = CHARGES.has(tokens[denier.first - 1]?.key ?? '') || (tokens[denier.first - 1]?.key === 'that' && CHARGES.has(tokens[denier.first - 2]?.key ?? ''));
    if (!relative && chargeAfter(tokens, i, last) < 0) continue;
    const accusation = accusations.findLast((a) => a.target === denier.entity && a.source !== denier.entity && (a.sentence === sentence || a.sentence === sentence - 1));
    if (!accusation) continue;
    const accuser = [...mentions, ...previous].find((m) => m.entity === accusation.source);
    if (!accuser) continue;
    out.push({ trig: { first: i, last: i + 1, trigger: DENIAL, participle: false }, args: { source: denier, target: accuser, third: null, frame: 'active' } });
  }
  return out;
}
