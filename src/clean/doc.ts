// A cleaned document: the text every offset in Entente points into.

export interface Doc {
  /** SHA-256 of `text`, hex. */
  id: string;
  source: string;
  /** Cleaned text: boilerplate lines and repeated paragraphs removed, otherwise verbatim. */
  text: string;
  title: string | null;
  /** ISO partial date of publication, or null. */
  published: string | null;
  outlet: string | null;
  url: string | null;
  /** ISO 639-1 code ("en"), or "und" when it cannot be told. */
  language: string;
}
