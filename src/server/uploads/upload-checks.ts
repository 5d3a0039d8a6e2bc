// What an upload must be before it is written to disk: a plain file name with an
// extension Entente reads, a declared type that fits it, and bytes that do not start
// like an archive, an image or an executable. The readers check the rest (encoding,
// binary content, article shape) and report it per file.
import { extname, sep } from 'node:path';
import { HttpError } from '../http.ts';

export const UPLOAD_EXTENSIONS = ['.txt', '.text', '.html', '.htm', '.md', '.markdown', '.json', '.jsonl', '.ndjson', '.xml', '.rss', '.atom'] as const;

/** Declared types a browser or client may send for those files. */
const TYPES = new Set([
  '', 'application/octet-stream', 'text/plain', 'text/html', 'text/markdown', 'text/x-markdown', 'text/xml',
  'application/json', 'application/x-ndjson', 'application/jsonl', 'application/xml', 'application/rss+xml',
  'application/atom+xml', 'application/xhtml+xml',
]);

/** Signatures of files that are certainly not articles. */
const MAGIC: [string, number[]][] = [
  ['a PDF', [0x25, 0x50, 0x44, 0x46]],
  ['a ZIP archive (or an Office document)', [0x50, 0x4b, 0x03, 0x04]],
  ['a gzip archive', [0x1f, 0x8b]],
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['an executable', [0x7f, 0x45, 0x4c, 0x46]],
  ['an executable', [0x4d, 0x5a]],
];

const NAME_MAX = 200;
const BAD_NAME = /[\u0000-\u001f\u007f/\\:*?"<>|]/;

/** The file name as it will be stored and shown; throws 400 when it is not a plain name. */
export function checkUploadName(name: string | undefined): string {
  if (name === undefined || name.trim() === '') {
    throw new HttpError(400, 'bad_parameter', 'give the file name: POST /api/uploads?name=article.txt', { parameter: 'name' });
  }
  const trimmed = name.trim();
  if (trimmed.length > NAME_MAX || BAD_NAME.test(trimmed) || trimmed.startsWith('.') || trimmed.includes('..')) {
    throw new HttpError(400, 'bad_parameter', `"${trimmed.slice(0, 80)}" is not a plain file name — no folders, control characters or leading dot`, { parameter: 'name' });
  }
  const extension = extname(trimmed).toLowerCase();
  if (!(UPLOAD_EXTENSIONS as readonly string[]).includes(extension)) {
    throw new HttpError(415, 'unsupported_type', `"${trimmed}" is not a file Entente reads — send ${UPLOAD_EXTENSIONS.join(', ')}`);
  }
  return trimmed;
}

/**
 * What the user uploaded, for a source read from the private folder it was saved in:
 * "<folder>/report.jsonl#3" is "report.jsonl#3" — the name checkUploadName let through,
 * never the temporary path. Stored as the document's source and shown in messages.
 */
export function uploadedSource(folder: string, source: string): string {
  return source.startsWith(folder + sep) ? source.slice(folder.length + 1) : source;
}

export function checkUploadType(contentType: string | undefined): void {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (!TYPES.has(type)) {
    throw new HttpError(415, 'unsupported_type', `Content-Type "${type.slice(0, 80)}" is not an article format — send text, HTML, Markdown, JSON or a feed`);
  }
}

export function checkUploadBytes(name: string, bytes: Buffer): void {
  if (bytes.length === 0) throw new HttpError(400, 'empty', `"${name}" is empty`);
  for (const [what, signature] of MAGIC) {
    if (signature.every((byte, i) => bytes[i] === byte)) {
      throw new HttpError(415, 'unsupported_type', `"${name}" is ${what}, not an article — save it as text or HTML first`);
    }
  }
}
