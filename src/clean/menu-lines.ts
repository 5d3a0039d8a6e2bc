// Navigation lines at the top or bottom of a page: "Home | News | Opinion",
// "HOT TOPICS ▶ Iran     Gaza     Syria", "Middle-east Arab News Opinion | Outlet".
// Only looked for in the first and last lines, where menus live.
import { endsLikeSentence, wordCount } from './line-shape.ts';

/** How many non-blank lines at each end of the page count as header or footer. */
const EDGE_LINES = 12;

const SEPARATORS = /\s*(?:[|•·»›▶►▸‣◦]|\s{3,}|\t+)\s*/;

/** Words that name sections of news sites; a header line made only of them is a menu. */
const SECTION_WORDS = new Set(
  `home news world opinion opinions politics business economy markets sport sports culture arts
  video videos podcast podcasts photos gallery live latest features feature analysis investigations
  science tech technology health lifestyle travel weather more menu search archive archives english
  arabic middle-east middle east arab gulf africa asia europe americas us uk international region
  regional local national editorial editorials columns columnists blogs interviews reports media
  multimedia about contact subscribe login register newsletters topics hot & and the`.split(/\s+/),
);

function isSeparatedMenu(line: string): boolean {
  const segments = line.split(SEPARATORS).filter((s) => s.trim());
  return segments.length >= 3 && segments.every((s) => wordCount(s) <= 4);
}

/** All words (before a final "| Outlet" segment) are section names. */
function isSectionList(line: string): boolean {
  const segments = line.split(/\s+\|\s+/);
  const words = (segments.length > 1 ? segments.slice(0, -1) : segments)
    .join(' ')
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}&]+|[^\p{L}&]+$/gu, ''))
    .filter(Boolean);
  return words.length >= 2 && words.every((w) => SECTION_WORDS.has(w));
}

export function isMenuLine(line: string): boolean {
  const text = line.trim();
  if (!text || endsLikeSentence(text)) return false;
  return isSeparatedMenu(text) || isSectionList(text);
}

export function menuLines(lines: string[]): Set<number> {
  const nonBlank = lines.map((line, i) => (line.trim() ? i : -1)).filter((i) => i >= 0);
  const edges = new Set([...nonBlank.slice(0, EDGE_LINES), ...nonBlank.slice(-EDGE_LINES)]);
  return new Set([...edges].filter((i) => isMenuLine(lines[i]!)));
}
