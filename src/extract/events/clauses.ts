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

const RELATIVES = new Set(['which', 'who', 'whose', 'whom', 'where']);
const ASIDE_ENDS = new Set([',', ';', ':', '—', '–']);

/** Whether character offset `d` lies in an aside that a relative pronoun opens after a comma
 * and offset `at` does not: "Chad expelled the envoy of Sudan, who had arrived in 2015, on
 * 4 May 2022" — the aside tells of another time than the main clause. */
export function inAsideApart(tokens: TextLayer['tokens'], s: Sentence, at: number, d: number): boolean {
  for (let i = s.first; i < s.last - 1; i++) {
    if (tokens[i]!.text !== ',' || !RELATIVES.has(tokens[i + 1]!.key)) continue;
    let end = i + 2;
    while (end < s.last && !ASIDE_ENDS.has(tokens[end]!.text)) end++;
    const from = tokens[i]!.start;
    const to = tokens[end - 1]!.end;
    if (d >= from && d < to) return at < from || at >= to;
    i = end - 1;
  }
  return false;
}
