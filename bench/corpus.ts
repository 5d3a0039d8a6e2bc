// Deterministic synthetic news corpus for benchmarks: `generateArticles(n, seed)`
// always returns the same articles for the same arguments. Each article has a
// headline, a dateline in one of the shapes real outlets use, a lead and a body of
// mixed event, quote, background and analysis paragraphs of about 700 words.
import { Rng } from './prng.ts';
import { Cast, MONTHS } from './corpus-cast.ts';
import { EVENT_TOPICS, type Template } from './corpus-events.ts';
import { CONTEXT_TOPICS } from './corpus-context.ts';
import { GIVEN, SURNAMES } from './corpus-actors.ts';

export interface Article {
  source: string;
  text: string;
}

/** Share of articles about Iran and Hamas, so that a dyad query finds events. */
const IRAN_HAMAS_SHARE = 0.15;

export function generateArticles(n: number, seed: number): Article[] {
  const articles: Article[] = [];
  for (let i = 0; i < n; i++) articles.push(generateArticle(i, seed));
  return articles;
}

export function generateArticle(index: number, seed: number): Article {
  // One generator per article: article i does not depend on how many came before.
  const r = new Rng((seed ^ Math.imul(index + 1, 0x9e3779b9)) >>> 0);
  const c = new Cast(r, r.chance(IRAN_HAMAS_SHARE));
  const used = new Set<Template>();
  const sentence = (topic: Template[]): string | null => {
    const fresh = topic.filter((t) => !used.has(t));
    if (fresh.length === 0) return null;
    const template = r.pick(fresh);
    used.add(template);
    return tidy(template(c));
  };

  const headline = makeHeadline(c);
  const targetWords = r.int(640, 780);
  const eventTopics = Object.values(EVENT_TOPICS);
  const leadTopic = r.pick(eventTopics);
  const lead = [sentence(leadTopic), sentence(r.pick(eventTopics))].filter((s): s is string => s !== null);
  const paragraphs: string[] = [];
  const header = makeHeader(c, lead, paragraphs);
  let words = countWords(headline) + paragraphs.reduce((sum, p) => sum + countWords(p), 0);

  for (let guard = 0; words < targetWords && guard < 60; guard++) {
    const paragraph = makeParagraph(c, r, eventTopics, sentence);
    if (paragraph.length === 0) continue;
    const text = paragraph.join(' ');
    paragraphs.push(text);
    words += countWords(text);
  }
  if (r.chance(0.5)) paragraphs.push(`Reporting by ${r.pick(GIVEN)} ${r.pick(SURNAMES)}; editing by ${r.pick(GIVEN)} ${r.pick(SURNAMES)}`);

  const text = [headline, ...header, ...paragraphs].join('\n\n') + '\n';
  const slug = headline.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 48);
  return { source: `synthetic/${String(index).padStart(5, '0')}-${slug}.txt`, text };
}

type SentenceFn = (topic: Template[]) => string | null;

/** One body paragraph: mostly events, sometimes a quote, background or analysis. */
function makeParagraph(c: Cast, r: Rng, eventTopics: Template[][], sentence: SentenceFn): string[] {
  const out: string[] = [];
  const add = (topic: Template[]) => {
    const s = sentence(topic);
    if (s !== null) out.push(s);
  };
  const roll = r.float();
  if (roll < 0.45) {
    const topic = r.pick(eventTopics);
    const length = r.int(2, 4);
    for (let i = 0; i < length; i++) add(r.chance(0.7) ? topic : r.pick(eventTopics));
  } else if (roll < 0.62) {
    add(CONTEXT_TOPICS.QUOTES);
    if (r.chance(0.6)) add(r.pick(eventTopics));
  } else if (roll < 0.82) {
    for (let i = r.int(2, 3); i > 0; i--) add(r.chance(0.75) ? CONTEXT_TOPICS.BACKGROUND : r.pick(eventTopics));
  } else {
    for (let i = r.int(1, 3); i > 0; i--) add(CONTEXT_TOPICS.ANALYSIS);
  }
  return out;
}

/**
 * Puts the publication date where outlets put it: before the lead ("TEHRAN,
 * 3 May 2016 (Levant Wire) — …"), or on a line of its own. Pushes the lead
 * paragraph into `paragraphs` and returns the header lines.
 */
function makeHeader(c: Cast, lead: string[], paragraphs: string[]): string[] {
  const r = c.r;
  const d = c.published;
  const day = d.getUTCDate();
  const month = MONTHS[d.getUTCMonth()]!;
  const year = d.getUTCFullYear();
  const weekday = d.toLocaleDateString('en-GB', { weekday: 'long', timeZone: 'UTC' });
  const leadText = lead.join(' ');
  switch (r.int(0, 4)) {
    case 0:
      paragraphs.push(`${c.rival.capital.toUpperCase()}, ${day} ${month} ${year} (${c.outlet().replace(/^the /, '')}) — ${leadText}`);
      return [];
    case 1:
      paragraphs.push(leadText);
      return [`Published: ${pad(day)}/${pad(d.getUTCMonth() + 1)}/${year}`];
    case 2:
      paragraphs.push(leadText);
      return [`By ${r.pick(GIVEN)} ${r.pick(SURNAMES)}, ${day} ${month.slice(0, 3)} ${year}`];
    case 3:
      paragraphs.push(leadText);
      return [`${weekday} ${day} ${month} ${year}`];
    default:
      paragraphs.push(`${c.patron.capital} — ${leadText}`);
      return [`${month} ${day}, ${year}`];
  }
}

function makeHeadline(c: Cast): string {
  const r = c.r;
  const org = c.orgName().replace(/^the /, '');
  const patron = c.stateName(c.patron).replace(/^the /, '');
  const rival = c.stateName(c.rival).replace(/^the /, '');
  const options = [
    `${patron} pledges new funds to ${org} as talks stall`,
    `${org} fighters attack army post near ${c.town()}`,
    `${c.mediator.name}-brokered talks between ${rival} and ${org} collapse`,
    `${c.stateName(c.power).replace(/^the /, '')} sanctions ${c.patron.demonym} officials over ${org} funding`,
    `${org} delegation in ${c.patron.capital} as ${patron} courts the group`,
    `${rival} expels ${c.patron.demonym} envoy over support for ${org}`,
    `Ceasefire between ${rival} and ${org} holds for a third day`,
  ];
  const headline = r.pick(options);
  return r.chance(0.4) ? titleCase(headline) : headline;
}

const SMALL = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'as', 'over', 'near']);

function titleCase(text: string): string {
  return text.split(' ').map((w, i) => (i > 0 && SMALL.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1))).join(' ');
}

/** Mends what empty slots leave behind ("said  ." or "minister,.") and capitalises. */
function tidy(sentence: string): string {
  const s = sentence
    .replace(/\s+/g, ' ')
    .replace(/ ([,.;])/g, '$1')
    .replace(/,([.;,])/g, '$1')
    .trim();
  return s.replace(/^(["“]?)(\p{Ll})/u, (_, quote: string, letter: string) => quote + letter.toUpperCase());
}

function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
