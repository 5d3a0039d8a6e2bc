// Runs of capitalised words: the candidates for names no lexicon lists
// ("Hossein Jaberi Ansari", "Palestinian Popular Resistance Movement").
import type { Lexicon } from '../../lexicon/load.ts';
import { ARTICLE_PARTICLES } from '../../text/normalize.ts';
import type { Token } from '../../text/tokens.ts';
import type { TokenSet } from './token-marks.ts';
import words from './words.json' with { type: 'json' };

export const NOT_NAMES: ReadonlySet<string> = new Set(words.notNames);

export interface Run {
  first: number;
  last: number;
}

function isParticle(lexicon: Lexicon, t: Token, next?: Token): boolean {
  if (t.kind !== 'word' || t.cap) return false;
  // One look-up rules out most words: it runs on every lower-case word of the text.
  if (!particleWords(lexicon).has(t.key)) return false;
  // "as-Sadr", "al Thani": but "as well as Khaled", "at Bogotá" are English.
  if (ARTICLE_PARTICLES.has(t.key)) return t.key === 'al' || t.key === 'el' || (next?.text === '-' && next.start === t.end);
  return lexicon.nameParticles.has(t.key) && !ENGLISH_WORDS.has(t.key);
}

const COLLECTIVES = new Set(['people', 'peoples', 'workers', 'women', 'martyrs', 'farmers', 'students', 'youth', 'toilers']);
const ENGLISH_WORDS = new Set(['as', 'at', 'an', 'a', 'de', 'la', 'le', 'the', 'of', 'in', 'on', 'to', 'and']);
const particleCache = new WeakMap<Lexicon, ReadonlySet<string>>();

/** Every word isParticle can accept: the Arabic articles and the lexicon's particles that are not English words. */
function particleWords(lexicon: Lexicon): ReadonlySet<string> {
  let words = particleCache.get(lexicon);
  if (!words) {
    words = new Set([...ARTICLE_PARTICLES, ...[...lexicon.nameParticles].filter((p) => !ENGLISH_WORDS.has(p))]);
    particleCache.set(lexicon, words);
  }
  return words;
}

const INITIAL = /^\p{Lu}$/u;

function isHyphen(t: Token | undefined): boolean {
  return t !== undefined && (t.text === '-' || t.text === '‐');
}

/** "Foreign Affairs and National Security Committee" is one name; "Iran and Syria" two. The
 * runs are pushed to `runs`. */
function splitAtAnd(lexicon: Lexicon, tokens: readonly Token[], first: number, last: number, runs: Run[]): void {
  // "Justice and Equality Movement", and head first: "Movement for Justice and Equality".
  if (lexicon.orgSuffixes.has(tokens[last - 1]!.text) || headFirst(lexicon, tokens, first, last) >= 0) {
    runs.push({ first, last });
    return;
  }
  let start = first;
  for (let i = first; i <= last; i++) {
    if (i < last && tokens[i]!.key !== 'and' && tokens[i]!.text !== '&') continue;
    if (i > start) runs.push({ first: start, last: i });
    start = i + 1;
  }
}

/**
 * Where a name puts its organization head word first ("Movement for Democratic Change",
 * "Front for the Liberation of Mozambique"): the index of that head, else -1.
 */
export function headFirst(lexicon: Lexicon, tokens: readonly Token[], first: number, last: number): number {
  for (let i = first; i + 1 < last; i++) {
    const link = tokens[i + 1]!.key;
    if (link === 'of' || link === 'for') return lexicon.orgSuffixes.has(tokens[i]!.text) ? i : -1;
  }
  return -1;
}

/** Maximal runs of capitalised words, particles and inner hyphens, skipping `blocked` tokens. */
export function capitalisedRuns(lexicon: Lexicon, tokens: readonly Token[], first: number, last: number, blocked: TokenSet): Run[] {
  const runs: Run[] = [];
  let i = first;
  while (i < last) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || !(t.cap || isParticle(lexicon, t, tokens[i + 1])) || blocked.has(i)) {
      i++;
      continue;
    }
    let j = i;
    let hasSuffix = false;
    while (j < last && !blocked.has(j)) {
      const u = tokens[j]!;
      const next = tokens[j + 1];
      if (u.kind === 'word' && u.cap) {
        hasSuffix ||= lexicon.orgSuffixes.has(u.text);
        j++;
      } else if (isParticle(lexicon, u, next) && next && (next.cap || isHyphen(next))) {
        j++;
      } else if (u.text === '.' && j > i && INITIAL.test(tokens[j - 1]!.text) && tokens[j - 1]!.end === u.start && next?.cap && next.kind === 'word') {
        j++; // an initial: "S. Jaishankar", "George W. Bush", "M. K. Stalin"
      } else if (isHyphen(u) && j > i && next?.kind === 'word' && next.start === u.end && tokens[j - 1]!.end === u.start) {
        j++;
      } else if ((u.text === "'s" || u.text === "'" || u.text === '’s' || u.text === '’') && j > i && COLLECTIVES.has(tokens[j - 1]!.key) && next?.cap) {
        j++; // "Tigray People's Liberation Front", "Kurdistan Workers' Party"
      } else if ((u.key === 'and' || u.text === '&') && next?.cap && j > i) {
        j++; // kept only if the run ends in an organization head word (below)
      } else if (hasSuffix && (u.key === 'of' || u.key === 'for') && next && (next.cap || next.key === 'the')) {
        // "Ministry of Foreign Affairs", "Organization of Islamic Cooperation"
        j += next.key === 'the' ? 2 : 1;
      } else break;
    }
    let a = i;
    let b = j;
    while (b > a && !tokens[b - 1]!.cap) b--; // no trailing particle, hyphen or "of"
    while (a < b && tokens[a]!.cap && NOT_NAMES.has(tokens[a]!.key) && (a === first || tokens[a]!.key === 'the')) a++;
    while (a < b && !tokens[a]!.cap && !isParticle(lexicon, tokens[a]!, tokens[a + 1])) a++;
    if (b > a) splitAtAnd(lexicon, tokens, a, b, runs);
    i = Math.max(j, i + 1);
  }
  return runs;
}
