// The publication date from the header area of an article: "Wednesday 28 December
// 2016", "September 1, 2017", "BEIRUT, 14 March 2012 (Levant Wire) —",
// "Published: 22/07/2019". A date inside a body sentence ("On 21 December 2016,
// Iran pledged…") is an event date, not a dateline, and is not taken.

const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?(?![a-z])';
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const monthNumber = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

interface Candidate {
  index: number;
  end: number;
  year: number;
  month: number;
  day: number;
  twoDigitYear: boolean;
}

type Builder = (m: RegExpExecArray) => Omit<Candidate, 'index' | 'end'>;

/**
 * Two-digit years: 00–69 are 20xx, 70–99 are 19xx (the POSIX strptime rule).
 * Numeric dates are day-first ("22/07/2019", "05/03/2019" is 5 March) unless the
 * second number cannot be a month ("07/22/2019" is 22 July).
 */
const PATTERNS: [RegExp, Builder][] = [
  [
    new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4}|\\d{2})(?![\\d:])`, 'gi'),
    (m) => ({ day: +m[1]!, month: monthNumber(m[2]!), year: +m[3]!, twoDigitYear: m[3]!.length === 2 }),
  ],
  [
    new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`, 'gi'),
    (m) => ({ day: +m[2]!, month: monthNumber(m[1]!), year: +m[3]!, twoDigitYear: false }),
  ],
  [/\b(\d{4})[-/](\d{2})[-/](\d{2})(?!\d)/g, (m) => ({ year: +m[1]!, month: +m[2]!, day: +m[3]!, twoDigitYear: false })],
  [
    /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?!\d)/g,
    (m) => {
      const [a, b] = [+m[1]!, +m[2]!];
      const monthFirst = a <= 12 && b > 12;
      return { day: monthFirst ? b : a, month: monthFirst ? a : b, year: +m[3]!, twoDigitYear: false };
    },
  ],
];

function valid({ year, month, day }: Candidate): boolean {
  if (year < 1900 || year > 2100 || month < 1 || month > 12) return false;
  return day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A date after one of these opens a body sentence ("On 21 December 2016, Iran…"). */
const PREPOSITIONS = new Set(['on', 'in', 'since', 'until', 'before', 'after', 'from', 'during', 'as', 'at', 'last', 'between', 'of', 'for', 'to', 'and']);

/**
 * A dateline opens its line, follows "Published" or "Updated", stands in a short
 * line ("By Jane Doe, 28 Dec 2016"), or follows a place name ("Riyadh, 11 March
 * 2023 (TDI): …") — but never follows a preposition.
 */
function looksLikeDateline(line: string, c: Candidate, lineWords: () => number): boolean {
  // A two-digit year must end its phrase: "10 March 23" but not "5 March 23 people".
  if (c.twoDigitYear && !/^\s*(?:$|[,.;)|(\-–—])/.test(line.slice(c.end))) return false;
  const prefix = line.slice(0, c.index).replace(/[\s,:;\-–—]+$/, '').trim();
  if (!prefix) return true;
  if (/\b(?:published|updated|posted|dated?|modified)\b/i.test(prefix)) return true;
  const words = prefix.split(/\s+/);
  if (PREPOSITIONS.has(words[0]!.toLowerCase()) || PREPOSITIONS.has(words.at(-1)!.toLowerCase())) return false;
  if (lineWords() <= 12) return true;
  return words.length <= 3 && words.every((w) => /^\p{Lu}/u.test(w));
}

function candidates(line: string): Candidate[] {
  const found: Candidate[] = [];
  for (const [pattern, build] of PATTERNS) {
    for (const m of line.matchAll(pattern)) {
      const index = m.index ?? 0;
      found.push({ index, end: index + m[0].length, ...build(m as RegExpExecArray) });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** How far down the page a dateline is looked for, in non-blank lines. */
const HEADER_LINES = 15;

/**
 * How far into its line a dateline may start, in characters. A date further in is
 * body text; without this bound a one-line "article" of 5 MB full of dates cost a
 * scan of the whole line for each date (minutes).
 */
const DATELINE_REACH = 200;
/** Enough of the line after DATELINE_REACH to hold the longest date written out. */
const DATE_TAIL = 64;

export function parseDateline(text: string): string | null {
  const lines = text.split('\n').filter((line) => line.trim()).slice(0, HEADER_LINES);
  for (const line of lines) {
    let words: number | undefined;
    const lineWords = () => (words ??= line.trim().split(/\s+/).length);
    for (const c of candidates(line.slice(0, DATELINE_REACH + DATE_TAIL))) {
      if (c.index > DATELINE_REACH) break;
      if (c.twoDigitYear) c.year += c.year < 70 ? 2000 : 1900;
      if (valid(c) && looksLikeDateline(line, c, lineWords)) return `${c.year}-${pad(c.month)}-${pad(c.day)}`;
    }
  }
  return null;
}
