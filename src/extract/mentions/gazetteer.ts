// Finds lexicon actors in text: names and aliases, capitals and other metonyms
// ("Tehran said", "the Kremlin"), and demonyms ("Iranian officials").
import type { Lexicon } from '../../lexicon/load.ts';
import { isPossessive, tokenize, type Token } from '../../text/tokens.ts';
import { keyStream, type KeyStream } from './match-keys.ts';

export type GazetteerForm = 'name' | 'capital' | 'metonym' | 'demonym';

interface Pattern {
  keys: string[];
  id: string;
  form: GazetteerForm;
  /** Per key: the alias spells this token in capitals ("US", "PIJ"), so the text must too. */
  upper: boolean[];
  /** "Al-Monitor": a one-word name after an article needs the article in the text too. */
  needsArticle: boolean;
}

export interface Gazetteer {
  byFirstKey: Map<string, Pattern[]>;
}

export interface GazetteerMatch {
  id: string;
  form: GazetteerForm;
  /** Token index range [first, last). */
  first: number;
  last: number;
}

const FORM_RANK: Record<GazetteerForm, number> = { name: 0, metonym: 1, capital: 2, demonym: 3 };
const DOTS = /\./g;

function addPattern(g: Gazetteer, surface: string, id: string, form: GazetteerForm): void {
  const tokens = tokenize(surface.replace(/^the\s+/i, ''));
  const stream = keyStream(tokens);
  if (stream.keys.length === 0) return;
  const upper = stream.index.map((i) => {
    const t = tokens[i]!.text.replace(/\./g, '');
    return t.length >= 2 && t.length <= 6 && t === t.toUpperCase() && /\p{Lu}/u.test(t);
  });
  const needsArticle = stream.keys.length === 1 && stream.index[0]! > 0;
  const pattern: Pattern = { keys: stream.keys, id, form, upper, needsArticle };
  const list = g.byFirstKey.get(stream.keys[0]!) ?? [];
  list.push(pattern);
  g.byFirstKey.set(stream.keys[0]!, list);
}

const cache = new WeakMap<Lexicon, Gazetteer>();

export function gazetteerFor(lexicon: Lexicon): Gazetteer {
  const cached = cache.get(lexicon);
  if (cached) return cached;
  const g: Gazetteer = { byFirstKey: new Map() };
  for (const actor of lexicon.actors.values()) {
    for (const surface of [actor.name, ...actor.aliases]) addPattern(g, surface, actor.id, 'name');
  }
  for (const state of lexicon.states.values()) {
    for (const c of state.capitals) addPattern(g, c, state.id, 'capital');
    for (const m of state.metonyms) addPattern(g, m, state.id, 'metonym');
    for (const d of state.demonyms) addPattern(g, d, state.id, 'demonym');
  }
  for (const list of g.byFirstKey.values()) {
    list.sort((a, b) => b.keys.length - a.keys.length || FORM_RANK[a.form] - FORM_RANK[b.form]);
  }
  cache.set(lexicon, g);
  return g;
}

/** "US", "U.S.", "PIJ": the word unchanged by upper-casing, dots aside. */
function writtenInCapitals(text: string): boolean {
  const letters = text.includes('.') ? text.replace(DOTS, '') : text;
  return letters === letters.toUpperCase();
}

function fits(p: Pattern, stream: KeyStream, at: number, tokens: readonly Token[]): boolean {
  if (at + p.keys.length > stream.keys.length) return false;
  for (let k = 0; k < p.keys.length; k++) {
    if (stream.keys[at + k] !== p.keys[k]) return false;
    if (p.upper[k] && !writtenInCapitals(tokens[stream.index[at + k]!]!.text)) return false;
  }
  // Tokens must be adjacent in the text apart from the hyphens/particles skipped.
  for (let k = 1; k < p.keys.length; k++) {
    const gap = tokens[stream.index[at + k]!]!.start - tokens[stream.index[at + k - 1]!]!.end;
    if (gap > 5) return false;
  }
  const head = tokens[stream.index[at]!]!;
  if (p.needsArticle && tokens[stream.index[at]! - 1]?.start !== head.start - 1) return false;
  if (head.cap || p.upper[0] === true) return true;
  // "the Iranian revolutionary guards": a lower-case name is accepted when it is long and
  // introduced like a name.
  const before = tokens[stream.index[at]! - 1];
  return p.keys.length >= 2 && p.keys.some((k) => k.length >= 6) && before !== undefined && (before.key === 'the' || before.cap || isPossessive(before));
}

/**
 * Whether any pattern can fit from the token at `i`, by the end of fits: its head is capitalised,
 * or written in capitals, or a lower-case word introduced like a name. A word starting with a
 * to z is neither of the first two, so unless "the", a capital or a possessive stands before
 * it, it is not looked up at all (most words of a text are such words).
 */
function mayStartName(tokens: readonly Token[], i: number): boolean {
  const c = tokens[i]!.text.charCodeAt(0);
  if (c < 0x61 || c > 0x7a) return true;
  const before = tokens[i - 1];
  return before !== undefined && (before.key === 'the' || before.cap || isPossessive(before));
}

/** Articles that belong to the name they stand before. */
const LEADING_PARTICLES = new Set(['al', 'el', 'ad', 'ed', 'ash', 'as', 'an', 'ar', 'at', 'az']);

/** The first pattern (the longest: lists are sorted) that matches at `at`. */
function firstFitting(candidates: readonly Pattern[] | undefined, stream: KeyStream, at: number, tokens: readonly Token[]): Pattern | undefined {
  if (candidates === undefined) return undefined;
  for (const p of candidates) if (fits(p, stream, at, tokens)) return p;
  return undefined;
}

/** Longest matches, left to right, within the token range. */
export function findGazetteerMatches(g: Gazetteer, tokens: readonly Token[], first: number, last: number): GazetteerMatch[] {
  const stream = keyStream(tokens, first, last);
  const out: GazetteerMatch[] = [];
  for (let at = 0; at < stream.keys.length; ) {
    const hit = mayStartName(tokens, stream.index[at]!) ? firstFitting(g.byFirstKey.get(stream.keys[at]!), stream, at, tokens) : undefined;
    if (!hit) {
      at++;
      continue;
    }
    // The span starts at a skipped particle when there is one ("al-Qassam" → from "al").
    let start = stream.index[at]!;
    // Only a particle joined by a hyphen ("al-Qassam") or a spaced "al"/"el" ("Al Thani");
    // "at Bogotá" keeps its preposition outside.
    while (start > first) {
      const prev = tokens[start - 1]!;
      const joined = prev.end === tokens[start]!.start;
      if (prev.text === '-' && joined && LEADING_PARTICLES.has(tokens[start - 2]?.key ?? '')) start--;
      else if (LEADING_PARTICLES.has(prev.key) && (joined || prev.key === 'al' || prev.key === 'el') && tokens[start]!.start - prev.end <= 1) start--;
      else break;
    }
    out.push({ id: hit.id, form: hit.form, first: start, last: stream.index[at + hit.keys.length - 1]! + 1 });
    at += hit.keys.length;
  }
  return out;
}
