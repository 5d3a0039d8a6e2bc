// Where one clause of a sentence ends and the next begins: "Tehran began funding the
// movement in the 1990s, and by 2006 Iranian officials were pledging money" holds two
// events, each with its own date and amount.
import type { Sentence, TextLayer } from '../../text/layer.ts';

const CLAUSE_JOINS = new Set(['and', 'but', 'while', 'whereas', 'although']);

/** Whether ", and", ", but" or a semicolon stands between character offsets `a` and `b`. */
export function clauseBreakBetween(tokens: TextLayer['tokens'], s: Sentence, a: number, b: number): boolean {
  const [from, to] = a < b ? [a, b] : [b, a];
  for (let i = s.first; i < s.last; i++) {
    const t = tokens[i]!;
    if (t.start < from) continue;
    if (t.start >= to) break;
    if (t.text === ';' || (t.text === ',' && CLAUSE_JOINS.has(tokens[i + 1]?.key ?? ''))) return true;
  }
  return false;
}
