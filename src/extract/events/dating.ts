// When an event happened: a date in its own sentence (not one qualifying a noun), else
// one carried from the sentence before it in the same paragraph when it goes on with the same
// episode, else (saying so) the publication date.
import type { DatePrecision, EventDate } from '../../contract.ts';
import type { Sentence, TextLayer } from '../../text/layer.ts';
import type { DateMention } from '../dates/index.ts';
import { clauseBreakBetween, inAsideApart, subordinateSpan } from './clauses.ts';
import words from '../mentions/words.json' with { type: 'json' };
import data from './dating.json' with { type: 'json' };

const OPENERS: readonly (readonly string[])[] = data.continuationOpeners.map((p) => p.split(' '));
const BACKGROUND = new Set(data.background);
const APART = new Set(data.apartSubordinators);
// "The leaders' presence…", "The junta later…": an actor named by what it is points back.
const ACTOR_NOUNS = new Set([...words.actorHeads, ...words.groupAnaphors, ...words.stateAnaphors].map((w) => w.split(' ')[0]!));

function opensBack(tokens: TextLayer['tokens'], s: Sentence): boolean {
  if (tokens[s.first]?.key === 'the' && ACTOR_NOUNS.has(tokens[s.first + 1]?.key ?? '')) return true;
  return OPENERS.some((p) => p.every((w, k) => tokens[s.first + k]?.key === w));
}

export interface DatingInput {
  text: TextLayer;
  published: string | null;
}

function precisionOf(value: string): DatePrecision {
  return value.length >= 10 ? 'day' : value.length >= 7 ? 'month' : 'year';
}

export function nearest<T extends { start: number; end: number }>(items: readonly T[], s: Sentence, at: number): T | null {
  let best: T | null = null;
  for (const item of items) {
    if (item.start < s.start || item.end > s.end) continue;
    if (!best || Math.abs(item.start - at) < Math.abs(best.start - at)) best = item;
  }
  return best;
}

// "a 2015 declaration", "the 2006 war", "the 1982 Falklands war": a date used as an
// adjective names another event. (A bare year before a name and a lower-case word; not
// "in the 1990s Hamas received…".)
const DETERMINER_BEFORE = /\b(a|an|the|its|their|his|her|this|that)\s+$/i;
const NOUN_AFTER = /^\s+(?!of\b)[a-z]/;
const NAMED_NOUN_AFTER = /^\s+\p{Lu}[\p{L}'’-]*\s+[a-z]+\b(?<!\b(?:said|says|has|had|was|is|will|would))/u;
const BARE_YEAR = /^\d{4}$/;

/** Not when the noun is the trigger itself: "the 2015 visit". */
function attributive(text: string, d: DateMention, triggerStart: number): boolean {
  if (!DETERMINER_BEFORE.test(text.slice(Math.max(0, d.start - 7), d.start))) return false;
  const after = text.slice(d.end, d.end + 40);
  const noun = NOUN_AFTER.test(after) || (BARE_YEAR.test(text.slice(d.start, d.end)) && NAMED_NOUN_AFTER.test(after));
  return noun && (triggerStart < d.end || text.slice(d.end, triggerStart).trim() !== '');
}

// "NEW DELHI, 14 May 2025 (Reuters) — India expelled…": the dateline's date is when the
// article was filed, not when what it reports happened ("on Tuesday" in the same sentence).
const DATELINE_BEFORE = /^[\p{Lu}][\p{Lu} .'’-]*,\s*$/u;
const DATELINE_AFTER = /^\s*(\([^)]{1,40}\)\s*)?[—–-]/;

function inDateline(text: string, s: Sentence, d: DateMention): boolean {
  return d.start - s.start <= 40 && DATELINE_BEFORE.test(text.slice(s.start, d.start)) && DATELINE_AFTER.test(text.slice(d.end, d.end + 48));
}

/**
 * Whether a sentence with no date of its own goes on with the episode the sentence before it
 * told, and so happened when that one did: it opens with a word that points back ("The two
 * sides agreed…", "They then…", "The junta…"), or its actors were both named there ("Chad expelled Niger's
 * ambassador on Friday. Niger responded by…") — and no word before the trigger sets the act
 * apart in time ("Uganda has long accused Kenya…", "had earlier asked").
 * `namedBefore`: whether the event's actors were named in the sentence before.
 */
export function continuesEpisode(tokens: TextLayer['tokens'], s: Sentence, triggerFirst: number, namedBefore: () => boolean): boolean {
  for (let i = s.first; i < triggerFirst; i++) if (BACKGROUND.has(tokens[i]!.key)) return false;
  return opensBack(tokens, s) || namedBefore();
}

/** `continues`: whether the sentence goes on with the previous one's episode (see
 * continuesEpisode), asked only when no date of its own was found. */
export function eventDate(input: DatingInput, bySentence: ReadonlyMap<number, readonly DateMention[]>, sentenceIndex: number, at: number, ownDate = false, continues: () => boolean = () => true): EventDate | null {
  const sentences = input.text.sentences;
  const s = sentences[sentenceIndex]!;
  const dated = bySentence.get(sentenceIndex) ?? [];
  const all = dated.length > 0 && inDateline(input.text.text, s, dated[0]!) ? dated.slice(1) : dated;
  // A date of the event's own clause, if there is one; then none qualifying another noun.
  // With the dateline's date set aside, a lone date of another clause is not the event's
  // either ("…, an alliance that seized the town last year").
  const datelined = all.length < dated.length;
  const inClause = all.length > 1 || datelined ? all.filter((d) => !clauseBreakBetween(input.text.tokens, s, at, d.start)) : all;
  // "Mali, whose junta seized power in 2021, expelled…": an aside's date is its own.
  const outsideAside = (inClause.length > 0 || datelined ? inClause : all).filter((d) => !inAsideApart(input.text.tokens, s, at, d.start));
  // "Chad recalled its envoy in May 2023 after Sudan expelled Chadian diplomats": an act told
  // in a clause of another time takes no date from outside it, nor one carried from before.
  const sub = outsideAside.length > 0 ? subordinateSpan(input.text.tokens, s, at, APART) : null;
  const candidates = sub ? outsideAside.filter((d) => d.start >= sub[0] && d.end <= sub[1]) : outsideAside;
  if (candidates.length < outsideAside.length) ownDate = true;
  const own = nearest(candidates.some((d) => attributive(input.text.text, d, at)) ? candidates.filter((d) => !attributive(input.text.text, d, at)) : candidates, s, at);
  if (own?.value) return { value: own.value, precision: own.precision, basis: own.basis };
  // "In 2012 the leadership left Damascus. Funding was cut shortly afterwards."
  // A sentence with a date of its own we could not resolve ("on Friday", no publication date)
  // does not borrow the previous sentence's.
  const prev = sentences[sentenceIndex - 1];
  // "Tanzania expelled two Burundian diplomats in March. Burundi criticised Rwanda…": another
  // episode, whose date is not said.
  if (prev && !ownDate && !input.text.text.slice(prev.end, s.start).includes('\n\n') && continues()) {
    const carried = bySentence.get(sentenceIndex - 1)?.filter((d) => d.end <= prev.end && !inDateline(input.text.text, prev, d)).at(-1);
    if (carried?.value) return { value: carried.value, precision: carried.precision, basis: 'relative' };
  }
  return input.published ? { value: input.published, precision: precisionOf(input.published), basis: 'publication' } : null;
}

