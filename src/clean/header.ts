// Title and outlet from the text itself, for inputs whose container gave none
// (plain text files). Simple, visible rules; anything unclear stays null.
import { parseDateline } from './dateline.ts';
import { wordCount } from './line-shape.ts';

/** Split "Headline | Outlet" into its parts (only a spaced pipe separates). */
function splitOutlet(line: string): { head: string; outlet: string | null } {
  const parts = line.split(/\s+\|\s+/);
  if (parts.length < 2) return { head: line, outlet: null };
  return { head: parts.slice(0, -1).join(' | '), outlet: outletName(parts.at(-1)!) };
}

/** Words an outlet's name is often followed by: "ASHARQ AL-AWSAT English Archive 2005 -2017". */
const EDITION_WORDS = /(?:\s+(?:english|arabic|french|archive|edition|online|website|news site))+$/i;

function titleCase(name: string): string {
  return name.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** A usable outlet name from a title segment, or null when it does not look like one. */
function outletName(segment: string): string | null {
  const name = segment.split(/\d/, 1)[0]!.replace(/[\s\-–—,:]+$/, '').replace(EDITION_WORDS, '').trim();
  const words = wordCount(name);
  if (words < 1 || words > 5 || !/^\p{Lu}/u.test(name)) return null;
  return name === name.toUpperCase() ? titleCase(name) : name;
}

/** The first line when it reads as a headline; a line that is only a date is passed over. */
export function guessTitle(lines: string[]): string | null {
  for (const line of lines.slice(0, 2)) {
    if (parseDateline(line) && wordCount(line) <= 8) continue;
    if (wordCount(line) >= 20 || /[.:;,]$/.test(line)) return null;
    return splitOutlet(line).head;
  }
  return null;
}

const WIRE_NAMES: Record<string, string> = { AP: 'Associated Press', AA: 'Anadolu Agency' };

/** "BEIRUT (Reuters) -", "Riyadh, 11 March 2023 (TDI):": the agency in brackets after the place. */
const WIRE_DATELINE = /^(?:[\p{Lu}][\p{Lu} .'’-]+|[\p{Lu}][\p{L} .'’-]+,[^()]*\d{4}[^()]*)\s*\(([\p{Lu}][^()]{1,30})\)\s*[-–—:]/u;
/**
 * Characters of a line a wire dateline can take. Only this much is matched: on a
 * line with no bracket, `[^()]*\d{4}[^()]*` backtracks over the whole line for
 * each four-digit number in it (8 s for a 1 MB paragraph).
 */
const WIRE_DATELINE_CHARS = 200;

export function guessOutlet(lines: string[]): string | null {
  for (const line of lines.slice(0, 5)) {
    const { outlet } = splitOutlet(line);
    if (outlet) return outlet;
  }
  for (const line of lines.slice(0, 15)) {
    const agency = WIRE_DATELINE.exec(line.slice(0, WIRE_DATELINE_CHARS))?.[1]?.trim();
    if (agency && wordCount(agency) <= 4) return WIRE_NAMES[agency] ?? agency;
  }
  // A repost credits its source at the end: "Source: Middle East Eye."
  for (const line of lines.slice(-10)) {
    const source = /^Source:\s*(\p{Lu}[\p{L}\p{N} .&'’-]{1,50}?)\.?$/u.exec(line)?.[1];
    if (source && wordCount(source) <= 5) return source;
  }
  return null;
}
