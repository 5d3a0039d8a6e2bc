// Word tables for the date finder. Data, not logic: widen coverage here.
import type { DateRelation } from './types.ts';

export const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/** Abbreviations are only trusted next to a number ("Dec. 21, 2016"): "Jan" is also a first name. */
export const MONTH_ABBREVIATIONS = ['Sept', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** Index = Date#getUTCDay(). */
export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** "two years later", "a week ago". */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
};

/**
 * Words right before a date and what they say about the event's time.
 * "between" opens a range: its date is the start ("between 2011 and 2013" → 2011 since, 2013 until).
 * "by" reads as "at or before" and is reported as `before` ("By 2016 Iran had cut the aid").
 */
export const CUE_RELATIONS: Readonly<Record<string, DateRelation>> = {
  'in': 'at', 'on': 'at', 'at': 'at', 'of': 'at', 'around': 'at', 'circa': 'at', 'as of': 'at',
  'sometime in': 'at', 'earlier in': 'at', 'later in': 'at', 'as early as': 'at', 'as late as': 'at',
  'as recently as': 'at',
  'since': 'since', 'from': 'since', 'between': 'since', 'starting in': 'since', 'starting from': 'since',
  'starting on': 'since', 'beginning in': 'since', 'beginning on': 'since',
  'until': 'until', 'till': 'until', 'through': 'until', 'up to': 'until', 'up until': 'until',
  'before': 'before', 'by': 'before', 'prior to': 'before', 'ahead of': 'before',
  'after': 'after', 'following': 'after',
  'during': 'during', 'throughout': 'during',
};

/**
 * Cues that, before a bare number, might as well introduce a count:
 * "a total of 2000 rockets", "from 2000 supporters". Their year must not be followed by a plural noun.
 */
export const WEAK_CUES: ReadonlySet<string> = new Set(['of', 'by', 'from', 'around', 'on', 'at', 'up to', 'circa']);

/** A year followed by one of these is a date even with no cue: "the 2014 war", "2016 elections". */
export const EVENT_NOUNS = [
  'elections?', 'war', 'wars', 'vote', 'polls?', 'ceasefire', 'truce', 'agreement', 'accords?', 'deal',
  'summit', 'conflict', 'offensive', 'uprising', 'revolution', 'protests?', 'invasion', 'attacks?',
  'budget', 'visit', 'talks', 'coup', 'campaign', 'referendum', 'crisis', 'massacre', 'intifada',
  'revolt', 'raid', 'bombing', 'assassination', 'clashes', 'operation', 'report', 'memorandum',
  'resolution', 'treaty', 'sanctions', 'negotiations', 'split', 'rift', 'reconciliation',
] as const;

/** Plural nouns that are events rather than counted things: "in 2013 elections were held". */
export const EVENT_PLURALS: ReadonlySet<string> = new Set([
  'elections', 'talks', 'protests', 'clashes', 'hostilities', 'negotiations', 'accords', 'games',
  'olympics', 'sanctions', 'riots', 'uprisings', 'attacks', 'polls', 'hearings', 'bombings', 'killings',
  'events', 'summits', 'meetings', 'revolutions', 'wars', 'strikes', 'airstrikes', 'demonstrations',
  'agreements', 'midterms', 'primaries', 'consultations', 'operations', 'raids', 'assassinations',
]);

/** Lower-case words ending in "s" that are not plural nouns. */
export const NOT_PLURAL: ReadonlySet<string> = new Set([
  'was', 'has', 'is', 'this', 'his', 'its', 'as', 'us', 'thus', 'plus', 'whereas', 'always', 'perhaps',
  'besides', 'across', 'news', 'less', 'unless', 'towards', 'afterwards', 'onwards', 'hamas', 'isis',
  'status', 'crisis', 'process', 'congress', 'progress', 'consensus', 'focus', 'basis', 'analysis',
]);

/** Counted things that do not end in "s": "in 2000 people", "of 2000 police". */
export const COUNT_WORDS: ReadonlySet<string> = new Set([
  'people', 'men', 'women', 'children', 'police', 'personnel', 'staff', 'militia', 'youth', 'cattle',
  'percent', 'per', 'km', 'kg', 'mm', 'cm', 'hp', 'kilometre', 'kilometer', 'metre', 'meter', 'mile',
  'ton', 'tonne', 'foot', 'feet', 'head', 'strong', 'times', 'hours', 'gmt', 'am', 'pm',
]);

/** After "the 2015 …" a modifier year needs a noun; these words show it was something else. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'more', 'other', 'or', 'to', 'and', 'in', 'of', 'for', 'at', 'on', 'by', 'from', 'with', 'were', 'are',
  'had', 'have', 'was', 'is', 'than', 'that', 'who', 'which', 'were', 'the', 'a', 'an',
]);

/** "the March 14 alliance", "the April 6 Youth Movement": a date that names a group, not a time. */
export const NAMING_NOUNS = /^\s+(?:[A-Z][\w'’-]*\s+)?(?:alliance|coalition|movement|bloc|camp|forces|group|party|youth|Youth|Movement|Alliance|Coalition|revolution|Revolution|brigades?|Brigades?|Martyrs|martyrs|Camp|Bloc|Party|Front|front|Square|square|Street|street|Stadium|Hospital)\b/;

/** A weekday that names a thing: "the Sunday Times", "Good Friday". */
export const WEEKDAY_NAME_BEFORE = /(?:Good|Black|Bloody|Holy|Palm|Easter|Ash|Super|Cyber|Maundy)\s+$/;
export const WEEKDAY_NAME_AFTER = /^\s+(?:Times|Telegraph|Express|Mirror|Herald|Post|Night\s+Live|Mail)\b/;

/** Future markers: a month after the publication date is only read as next occurrence when the sentence looks ahead. */
export const FUTURE_MARKERS = /\b(?:will|shall|'ll|(?:is|are|was|were)\s+(?:due|set|scheduled|expected|planned|slated)\s+to|upcoming|coming|next)\b/i;
