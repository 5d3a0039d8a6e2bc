// What every format reader returns: the article text as found, before cleaning.

export interface RawDocMeta {
  title?: string | null;
  /** ISO partial date, when the container says so (feed item, JSON record, HTML meta). */
  published?: string | null;
  outlet?: string | null;
  url?: string | null;
}

export interface RawDoc {
  /** The path or URL as given; for records inside a file, `path#N` (1-based). */
  source: string;
  /** Plain text: paragraphs separated by blank lines, lines by "\n". */
  text: string;
  meta: RawDocMeta;
}

/** One input that could not be read, with a reason a user can act on. */
export interface ReadFailure {
  source: string;
  reason: string;
}

export type ReadResult =
  | { ok: true; docs: RawDoc[]; failures: ReadFailure[] }
  | { ok: false; failure: ReadFailure };
