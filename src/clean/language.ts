// The language of a whole cleaned document (never per sentence: on short strings
// trigram guessing is unreliable, e.g. a short English line guessed as Scots).
import { franc } from 'franc-min';

/** The languages Entente expects to meet, ISO 639-3 (franc) → ISO 639-1. */
const LANGUAGES: Record<string, string> = {
  eng: 'en', arb: 'ar', fra: 'fr', spa: 'es', deu: 'de', por: 'pt', ita: 'it', nld: 'nl',
  rus: 'ru', ukr: 'uk', pol: 'pl', tur: 'tr', pes: 'fa', urd: 'ur', hin: 'hi', ind: 'id',
  swe: 'sv', ron: 'ro', cmn: 'zh', jpn: 'ja', kor: 'ko', ell: 'el',
};
const ONLY = Object.keys(LANGUAGES);

/** Below this many characters franc is not asked. */
const MIN_CHARS = 100;

const ENGLISH_WORDS = new Set(['the', 'of', 'and', 'to', 'in', 'a', 'is', 'was', 'for', 'on', 'with', 'said', 'that', 'by', 'has', 'have', 'its', 'it', 'from', 'are', 'will', 'at', 'an']);

/** Short texts: English when mostly ASCII letters with a common English word among them. */
function shortTextLanguage(text: string): string {
  const letters = text.match(/\p{L}/gu) ?? [];
  const ascii = letters.filter((ch) => ch < '\u0080').length;
  const words = text.toLowerCase().match(/[a-z]+/g) ?? [];
  if (letters.length > 0 && ascii / letters.length >= 0.9 && words.some((w) => ENGLISH_WORDS.has(w))) return 'en';
  return 'und';
}

/** Hebrew has no trigram model in franc-min; its script alone tells it. */
function hebrew(text: string): boolean {
  if (!HEBREW_LETTER.test(text)) return false;
  const letters = text.match(/\p{L}/gu) ?? [];
  const hebrewLetters = text.match(/\p{Script=Hebrew}/gu) ?? [];
  return letters.length > 0 && hebrewLetters.length / letters.length > 0.5;
}

const HEBREW_LETTER = /\p{Script=Hebrew}/u;

/** Words that make up about a sixth of English prose and almost none of any other language's. */
const ENGLISH_MARKERS = new Set(['the', 'of', 'and', 'to', 'that', 'with', 'for', 'said', 'was', 'is', 'has', 'from', 'by', 'which', 'were', 'have']);
const LONGEST_MARKER = Math.max(...[...ENGLISH_MARKERS].map((word) => word.length));
const ASCII_WORD = /^[A-Za-z]+$/;

/**
 * Plain English prose, told in one pass over its words: nearly all letters ASCII and at
 * least one word in ten a marker. Trigram scoring (franc) costs about a millisecond per
 * article, more than a tenth of ingest; it is kept for everything else. A brief of a few
 * lines is mostly names, which trigrams misread ("Hamas negotiators held talks in Cairo"
 * scored as Indonesian): there, two markers and one word in twelve are enough.
 */
function plainEnglish(sample: string): boolean {
  const words = sample.match(/\p{L}+/gu) ?? [];
  let markers = 0;
  let foreign = 0;
  for (const word of words) {
    if (word.length <= LONGEST_MARKER && ENGLISH_MARKERS.has(word.toLowerCase())) markers++;
    if (!ASCII_WORD.test(word)) foreign++;
  }
  const share = words.length >= 40 ? 0.1 : 1 / 12;
  return markers >= 2 && markers >= words.length * share && foreign <= words.length * 0.05;
}

/**
 * A few thousand characters tell the language as well as the whole text, at a fraction
 * of the cost (franc itself reads no more than its first 2,048).
 */
const SAMPLE_CHARS = 3000;

export function detectLanguage(text: string): string {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  if (hebrew(sample)) return 'he';
  if (sample.trim().length < MIN_CHARS) return shortTextLanguage(sample);
  if (plainEnglish(sample)) return 'en';
  return LANGUAGES[franc(sample, { only: ONLY })] ?? 'und';
}
