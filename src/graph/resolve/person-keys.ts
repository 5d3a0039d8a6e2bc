// Transliteration keys for person names across documents. personKey (the extractor's
// consonant skeleton) already makes "Yehya al-Sinwar" = "Yahya Sinwar"; one more
// variant is needed across documents, where one outlet writes the article apart and
// another glues it on: "Imad al-Alami" / "Imad Alalami", "Imad Al-Soos" / "Imad Alsoos".
import { nameWords, personKey } from '../../extract/mentions/person-keys.ts';

// A glued article before a surname of three letters or more. Only words after the
// first are touched: a given name such as "Ali" or "Alexander" is never an article.
const GLUED_ARTICLE = /^(?:al|el)(?=\p{L}{3,})/iu;

/**
 * The keys under which two person names count as the same person. Names of one
 * word ("Abbas", "Hussein") get none: too many people share them to merge on them.
 */
export function personMatchKeys(name: string): string[] {
  const words = nameWords(name);
  if (words.length < 2) return [];
  const plain = personKey(name);
  const unglued = personKey([words[0]!, ...words.slice(1).map((w) => w.replace(GLUED_ARTICLE, ''))].join(' '));
  return plain === unglued ? [plain] : [plain, unglued];
}
