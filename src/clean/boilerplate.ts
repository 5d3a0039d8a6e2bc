// Boilerplate lines: the furniture of web pages copied along with articles. A
// data-driven list of rules, each tested on one trimmed line. Conservative: a rule
// only drops a line that reads as a real sentence when its wording is exact
// (`whole: true`, anchored at both ends); other rules leave sentences alone.
import { isRealSentence, wordCount } from './line-shape.ts';
import { relatedRunLines } from './related-runs.ts';
import { menuLines } from './menu-lines.ts';

export interface BoilerplateRule {
  name: string;
  pattern: RegExp;
  /** The pattern is a whole, exact wording: it may drop a line that reads as a sentence. */
  whole?: boolean;
  /** Only lines of at most this many words (a long line is probably text). */
  maxWords?: number;
}

const SOCIAL = 'share|tweet|facebook|twitter|whatsapp|telegram|linkedin|reddit|pinterest|messenger|e-?mail|print';

export const BOILERPLATE_RULES: BoilerplateRule[] = [
  // "Share to Facebook Share to Twitter", "Share this article", "Email | Print". The
  // social word is looked for behind the end, once the line is known to be buttons only:
  // looked for first, it was searched for through every line of prose.
  {
    name: 'share buttons',
    pattern: new RegExp(`^(?:(?:${SOCIAL}|save|copy link|google\\+?|x|on|to|via|this|the|article|story|page|link|us)\\b[\\s|,·•:/-]*)+$(?<=\\b(?:${SOCIAL})\\b.*)`, 'i'),
    whole: true,
  },
  { name: 'follow appeal', pattern: /^(?:follow|like|find|join) us\b/i, maxWords: 20 },
  { name: 'subscribe appeal', pattern: /^(?:subscribe|sign up|signup|register|get (?:our|the) \w+ newsletter)\b/i, maxWords: 20 },
  {
    name: 'newsletter appeal',
    pattern: /\b(?:our|daily|weekly|free) newsletters?\b|\b(?:sign up|subscribe)\b.*\bnewsletters?\b|\bnewsletters?\b.*\b(?:sign up|subscribe|inbox)\b/i,
    maxWords: 25,
  },
  { name: 'log in appeal', pattern: /^(?:log ?in|sign ?in)\b/i, maxWords: 15 },
  { name: 'reading time', pattern: /^\d+\s*(?:-\s*)?min(?:ute)?s?\.?\s+read$/i, whole: true },
  { name: 'select page', pattern: /^select page$/i, whole: true },
  { name: 'media id', pattern: /^media id:/i, maxWords: 6 },
  { name: 'caption label', pattern: /^(?:photo |image )?caption:/i, maxWords: 12 },
  {
    name: 'advertisement',
    pattern: /^(?:advertisements?|advert|sponsored(?: content)?|ad|story continues below(?: advertisement)?|continue reading(?: below)?|scroll to continue(?: with content)?)$/i,
    whole: true,
  },
  { name: 'read more', pattern: /^(?:read (?:more|also|next|the full (?:story|article))|see also|also read|more:)\b/i, maxWords: 20 },
  { name: 'related label', pattern: /^(?:related|most read|most popular|trending|recommended)(?: (?:articles|stories|news|content|now))?:?$/i, whole: true },
  { name: 'comments closed', pattern: /^comments are closed\.?$/i, whole: true },
  { name: 'login to comment', pattern: /^you must be logged in to post a comment\.?$/i, whole: true },
  { name: 'comment prompt', pattern: /^(?:(?:leave|post|add|write) a (?:comment|reply)|no comments:?|\d+ comments?|comments?(?: \(\d+\))?:?|show comments|view comments)$/i, whole: true },
  { name: 'blog comment note', pattern: /^note: only a member of this blog may post a comment\.?$/i, whole: true },
  { name: 'copyright', pattern: /^(?:©|\(c\)|copyright\b)/i, maxWords: 30 },
  { name: 'all rights reserved', pattern: /^[^.!?]{0,80}\ball rights reserved\.?$/i, whole: true },
  { name: 'cookie notice', pattern: /^(?:this (?:web)?site|we) uses? cookies\b/i, whole: true },
  { name: 'cookie buttons', pattern: /^(?:(?:accept|allow|manage|reject)(?: all)? cookies|cookie (?:policy|settings|preferences))$/i, whole: true },
  { name: 'click here', pattern: /\bclick here\b/i, maxWords: 30 },
  { name: 'bare url', pattern: /^(?:(?:link|url|via|source):\s*)?(?:https?:\/\/|www\.)\S+$/i, whole: true },
  { name: 'site feedback', pattern: /^(?:problems|questions|feedback) (?:with|about|on) (?:this|our) (?:site|website|page)\b/i, maxWords: 15 },
  { name: 'site credits', pattern: /^(?:powered by|(?:web )?design(?:ed)? by|site by|web design\b)/i, maxWords: 12 },
  {
    name: 'site links',
    pattern: /^(?:privacy policy|terms (?:of (?:use|service)|and conditions)|contact us|about us|site ?map|back to top|skip to (?:main )?content|toggle navigation|menu|search|close|loading\.*)$/i,
    whole: true,
  },
  // Photo captions end with a credit in brackets: "Leaders met in Tehran [Getty]".
  {
    name: 'photo caption',
    pattern: /\s[[(](?:[^\])]*\b)?(?:getty(?: images)?|afp|reuters|ap|epa|anadolu|xinhua|shutterstock|file photo|photo|handout|twitter|facebook|social media|sana|wafa|irna|tasnim)\b[^\])]*[\])]$/i,
    maxWords: 40,
  },
];

/** No page furniture is this long; longer lines are not even tested (keeps every rule linear). */
const MAX_RULE_LINE = 2000;

export function matchBoilerplateRule(line: string): BoilerplateRule | null {
  const text = line.trim();
  if (!text || text.length > MAX_RULE_LINE) return null;
  const words = wordCount(text);
  const sentence = isRealSentence(text, words);
  for (const rule of BOILERPLATE_RULES) {
    if (sentence && !rule.whole) continue;
    if (rule.maxWords !== undefined && words > rule.maxWords) continue;
    if (rule.pattern.test(text)) return rule;
  }
  return null;
}

/** Indexes of the lines to drop: single-line rules, related-headline runs, menu lines. */
export function boilerplateLines(lines: string[]): Set<number> {
  const dropped = new Set<number>([...relatedRunLines(lines), ...menuLines(lines)]);
  lines.forEach((line, i) => {
    if (matchBoilerplateRule(line)) dropped.add(i);
  });
  return dropped;
}
