// Matching keys for names. Two strengths:
// - `nameKey`: case, diacritics and apostrophe shapes folded ("Ba’ath" = "ba'ath");
// - `skeleton`: a transliteration key that also drops vowels and doubled letters, so
//   "Ramadan Shallah" = "Ramadan Shalah" and "Yehya" = "Yahya".

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const NON_ASCII = /[^\x00-\x7f]/;

export function foldKey(word: string): string {
  let key = word.toLowerCase();
  if (NON_ASCII.test(key)) {
    key = key.normalize('NFD').replace(COMBINING_MARKS, '').replace(/[’‘`ʼ]/g, "'");
  }
  return key;
}

/** Arabic article forms written before a hyphen: "al-Qassam", "ad-Din", "el-Sisi". */
export const ARTICLE_PARTICLES: ReadonlySet<string> = new Set([
  'al', 'el', 'ad', 'ed', 'ud', 'ar', 'as', 'ash', 'at', 'az', 'an', 'adh', 'ath',
]);

const skeletons = new Map<string, string>();

/** Consonant skeleton of one word: first letter kept, vowels and repeats dropped. Names recur
 * across a corpus, so results are remembered (bounded, so memory stays flat). */
export function skeleton(word: string): string {
  const known = skeletons.get(word);
  if (known !== undefined) return known;
  const result = computeSkeleton(word);
  if (skeletons.size > 50_000) skeletons.clear();
  skeletons.set(word, result);
  return result;
}

function computeSkeleton(word: string): string {
  const key = foldKey(word).replace(/[^a-z]/g, '');
  if (key.length === 0) return '';
  let out = key[0]!;
  for (let i = 1; i < key.length; i++) {
    const c = key[i]!;
    if ('aeiouyw'.includes(c)) continue;
    if (c === 'h' && i === key.length - 1) continue; // Haniyeh = Haniya
    if (out[out.length - 1] === c) continue;
    out += c;
  }
  return out.replace(/^(.)q/, '$1k').replace(/q/g, 'k');
}
