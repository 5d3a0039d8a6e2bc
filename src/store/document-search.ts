// What a document search means, the same on every backend (Store.documents).
//
// The text a user types is data, never query syntax. It is cut into words at spaces,
// and each word into its tokens — runs of letters and digits, as the full-text
// indexes cut the stored title, source and text. A document matches when it holds
// every word: the word's tokens side by side, the last one possibly longer, so that
// "pledge" finds "pledged", "qatar-pledge" finds "…/qatar-pledge.txt" and a search
// typed letter by letter finds something at every letter. Only tokens reach the
// query, so quotes, stars, brackets, "-" and words like AND, OR, NOT or NEAR are
// plain text (or ignored) and no input can be a syntax error.

/** Words past this many are ignored: more than any real search, and it bounds a query's work. */
const MAX_SEARCH_WORDS = 16;

/** Letters (with their combining marks), digits and private-use characters: what the indexes keep. */
const TOKEN = /[\p{L}\p{M}\p{N}\p{Co}]+/gu;

/**
 * The words of a typed search, each as its tokens, or null when nothing was typed
 * (every document matches). A word with no letter or digit is left out; a search of
 * such words alone ("%%", "--") matches nothing rather than everything.
 */
export function searchWords(q: string | undefined): string[][] | null {
  const words = (q ?? '').split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  return words.map((word) => word.match(TOKEN) ?? []).filter((tokens) => tokens.length > 0).slice(0, MAX_SEARCH_WORDS);
}

/** Hex ids (SHA-256) only: a range [prefix, prefix + "g") then holds exactly the ids starting with it. */
export function hexPrefixRange(prefix: string): { from: string; to: string } | null {
  return /^[0-9a-f]*$/.test(prefix) ? { from: prefix, to: `${prefix}g` } : null;
}
