// Where one clause of a sentence ends and the next begins: "Tehran began funding the
// movement in the 1990s, and by 2006 Iranian officials were pledging money" holds two
// events, each with its own date and amount.
import type { Sentence, TextLayer } from '../../text/layer.ts';
import type { Token } from '../../text/tokens.ts';
import type { ActorMention } from '../mentions/types.ts';

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

/** Words that open a subordinate clause. */
export const SUBORDINATORS: ReadonlySet<string> = new Set(['after', 'before', 'when', 'whenever', 'while', 'since', 'until', 'because', 'although', 'though', 'if', 'unless', 'whereas', 'once']);
export const RELATIVES: ReadonlySet<string> = new Set(['which', 'who', 'whose', 'whom', 'where']);
/** Words that open a prepositional phrase. */
export const PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'to', 'with', 'from', 'for', 'against', 'on', 'of', 'by', 'into', 'between', 'over', 'about', 'like', 'including', 'toward', 'towards', 'among', 'than', 'across', 'near', 'under', 'inside', 'outside', 'via', 'through', 'within', 'off', 'upon', 'behind', 'beyond', 'after', 'before', 'since', 'during', 'as', 'alongside', 'beside', 'amid', 'despite', 'unlike']);
const ASIDE_ENDS = new Set([',', ';', ':', '—', '–']);
// The words that may open a date phrase set off by commas: ", in 2012," is no aside.
const DATE_LEADS = new Set(['in', 'on', 'at', 'since', 'by', 'during', 'from', 'until', 'last', 'this', 'early', 'late', 'mid', 'around', 'about', 'back', 'earlier', 'later', 'the']);

/**
 * Whether character offset `d` lies in an aside that offset `at` is not in, so that it tells
 * of another time than the clause of `at`: an aside a relative pronoun opens after a comma
 * ("Chad expelled the envoy of Sudan, who had arrived in 2015, on 4 May 2022"), or any
 * aside closed before `at` ("India and Pakistan, arch-rivals since 1947, exchanged fire") —
 * but not a date set off alone ("Iran, in 2012, cut funding").
 */
export function inAsideApart(tokens: TextLayer['tokens'], s: Sentence, at: number, d: number): boolean {
  for (let i = s.first + 1; i < s.last - 1; i++) {
    if (tokens[i]!.text !== ',') continue;
    let end = i + 1;
    while (end < s.last && !ASIDE_ENDS.has(tokens[end]!.text)) end++;
    const from = tokens[i]!.start;
    const to = tokens[end - 1]!.end;
    if (d >= from && d < to) {
      if (RELATIVES.has(tokens[i + 1]!.key)) return at < from || at >= to;
      const closedBefore = tokens[end]?.text === ',' && tokens[end]!.start < at;
      return closedBefore && !onlyDateLeads(tokens, i + 1, d);
    }
    i = end - 1;
  }
  return false;
}

/** Whether the words from token `first` up to offset `d` only lead into a date. */
function onlyDateLeads(tokens: TextLayer['tokens'], first: number, d: number): boolean {
  for (let i = first; tokens[i] && tokens[i]!.start < d; i++) if (!DATE_LEADS.has(tokens[i]!.key)) return false;
  return true;
}

// Lower-case words after a name that are not its verb: prepositions, joints, determiners,
// time words and nouns the name qualifies ("Hamas officials").
const NOT_VERBS_AFTER_NAME = new Set(['and', 'or', 'but', 'nor', 'the', 'a', 'an', 'its', 'their', 'his', 'her', 'that', 'which', 'who', 'whom', 'whose',
  'than', 'as', 'both', 'either', 'neither', 'not', 'also', 'then', 'including', 'in', 'at', 'to', 'with', 'from', 'for', 'against', 'on', 'of', 'by',
  'into', 'between', 'over', 'about', 'like', 'toward', 'towards', 'among', 'across', 'near', 'under', 'inside', 'outside', 'via', 'through', 'within',
  'off', 'upon', 'behind', 'beyond', 'after', 'before', 'since', 'during', 'last', 'this', 'earlier', 'later', 'officials', 'leaders', 'forces', 'troops']);
const LOWER_WORD = /^[a-z]+$/;

/** "after Hamas sided with…", "backed by Iran, and Israel opposes it": the name is followed
 * by a lower-case word that can only be its own verb — a clause of its own begins. */
export function verbFollows(tokens: readonly Token[], m: ActorMention): boolean {
  const after = tokens[m.last];
  return after !== undefined && LOWER_WORD.test(after.text) && !NOT_VERBS_AFTER_NAME.has(after.key);
}

const SPAN_ENDS = new Set([',', ';', ':', '—', '–']);

/** The character span of the clause that one of `openers` opens and offset `at` lies in
 * ("…in May 2023 after Sudan expelled Chadian diplomats"), up to the next comma or the
 * sentence's end; null when `at` lies in no such clause. */
export function subordinateSpan(tokens: TextLayer['tokens'], s: Sentence, at: number, openers: ReadonlySet<string>): [number, number] | null {
  let opener = -1;
  let i = s.first;
  for (; i < s.last && tokens[i]!.start < at; i++) {
    if (openers.has(tokens[i]!.key)) opener = i;
    else if (SPAN_ENDS.has(tokens[i]!.text)) opener = -1;
  }
  if (opener < 0) return null;
  while (i < s.last && !SPAN_ENDS.has(tokens[i]!.text)) i++;
  return [tokens[opener]!.start, tokens[i - 1]!.end];
}

const TITLE_OPENING = /^(\p{Lu}[\p{L}.'’-]*|of|the|and|-)$/u;

/** "Foreign Minister Sergey Lavrov said the talks had failed and accused Washington…": the
 * named actor the sentence opens with (after title words only) whose own verb follows it —
 * the subject a verb coordinated with the first one shares. */
export function openingSubject(tokens: readonly Token[], mentions: readonly ActorMention[], s: Sentence): ActorMention | null {
  const m = mentions.find((x) => !x.weak && x.first >= s.first);
  if (!m || !verbFollows(tokens, m)) return null;
  for (let i = s.first; i < m.first; i++) if (!TITLE_OPENING.test(tokens[i]!.text)) return null;
  return m;
}
