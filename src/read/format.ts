// Which reader a file goes to: by its extension when it has a known one, else by
// sniffing the start of the content (standard input has no extension).
import { extname } from 'node:path';

export type Format = 'text' | 'html' | 'markdown' | 'jsonl' | 'json' | 'feed';

const BY_EXTENSION: Record<string, Format> = {
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.json': 'json',
  '.xml': 'feed',
  '.rss': 'feed',
  '.atom': 'feed',
};

/** The opening of the content, past a BOM, blank space and XML/HTML comments. */
function opening(text: string): string {
  return text
    .slice(0, 4096)
    .replace(/^\uFEFF/, '')
    .replace(/^(?:\s|<!--[\s\S]*?-->)+/, '')
    .toLowerCase();
}

export function sniffFormat(text: string): Format {
  const start = opening(text);
  if (start.startsWith('<!doctype html') || start.startsWith('<html')) return 'html';
  if (start.startsWith('<rss') || start.startsWith('<feed') || start.startsWith('<rdf:rdf')) return 'feed';
  // An XML declaration can precede either; look for the root element.
  if (start.startsWith('<?xml')) return /<(?:rss|feed|rdf:rdf)\b/.test(start) ? 'feed' : /<html\b/.test(start) ? 'html' : 'text';
  return 'text';
}

export function detectFormat(source: string, text: string): Format {
  const known = source === '-' ? undefined : BY_EXTENSION[extname(source).toLowerCase()];
  return known ?? sniffFormat(text);
}
