// Reading inputs: expand arguments into inputs, then read each one into RawDocs.
// readInput never throws for a bad input: it returns a failure with a reason.
import { loadFile, loadStream } from './load-bytes.ts';
import { decodeBytes } from './decode.ts';
import { detectFormat, type Format } from './format.ts';
import type { ReadResult } from './raw-doc.ts';
import { readText } from './text-reader.ts';
import { readHtml } from './html-reader.ts';
import { readMarkdown } from './markdown-reader.ts';
import { readJson, readJsonLines } from './records-reader.ts';
import { readFeed } from './feed-reader.ts';
import { textLooksBinary } from './sniff-binary.ts';

export { expandInputs, type InputRef } from './expand.ts';
export type { RawDoc, RawDocMeta, ReadFailure, ReadResult } from './raw-doc.ts';
export { readText, readHtml, readMarkdown, readJson, readJsonLines, readFeed };

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export interface ReadOptions {
  maxBytes: number;
  /** What "-" reads; process.stdin unless given (tests pass their own stream). */
  stdin?: AsyncIterable<Uint8Array | string>;
}

const READERS: Record<Format, (text: string, source: string) => ReadResult> = {
  text: readText,
  html: readHtml,
  markdown: readMarkdown,
  jsonl: readJsonLines,
  json: readJson,
  feed: readFeed,
};

export async function readInput(source: string, options: ReadOptions = { maxBytes: DEFAULT_MAX_BYTES }): Promise<ReadResult> {
  const fail = (reason: string): ReadResult => ({ ok: false, failure: { source, reason } });
  const loaded = source === '-' ? await loadStream(options.stdin ?? process.stdin, options.maxBytes) : await loadFile(source, options.maxBytes);
  if (!loaded.ok) return fail(loaded.reason);
  if (loaded.bytes.length === 0) return fail('empty file');
  const decoded = decodeBytes(loaded.bytes);
  if (!decoded.ok) return fail(decoded.reason);
  if (!decoded.text.trim()) return fail('empty file (only blank space)');
  return withoutBinaryDocs(READERS[detectFormat(source, decoded.text)](decoded.text, source));
}

const BINARY_TEXT = 'text holds NUL or control characters (binary data, or a damaged file), not an article';

/** A document whose text holds NUL or mostly control characters is not an article, whatever the reader made of it. */
function withoutBinaryDocs(result: ReadResult): ReadResult {
  if (!result.ok || !result.docs.some((doc) => textLooksBinary(doc.text))) return result;
  const binary = result.docs.filter((doc) => textLooksBinary(doc.text));
  const docs = result.docs.filter((doc) => !binary.includes(doc));
  const failures = [...result.failures, ...binary.map((doc) => ({ source: doc.source, reason: BINARY_TEXT }))];
  if (docs.length === 0 && failures.length === 1) return { ok: false, failure: failures[0]! };
  return { ok: true, docs, failures };
}
