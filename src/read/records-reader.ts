// JSON Lines and JSON files of article records: `text` is required; `url`, `title`,
// `published` and `outlet` are optional. Each record becomes one RawDoc with source
// `path#N`; a bad record becomes a failure of its own and the others are still read.
import type { RawDoc, ReadFailure, ReadResult } from './raw-doc.ts';
import { normalizeNewlines } from './text-reader.ts';
import { toIsoDate } from './iso-date.ts';

const optionalString = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : null);

/** One record to a RawDoc, or the reason it cannot be one ("line 3 has no text field"). */
function toRawDoc(value: unknown, source: string, label: string): RawDoc | string {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return `${label} is not a JSON object`;
  const record = value as Record<string, unknown>;
  if (typeof record.text !== 'string') return `${label} has no text field (a string with the article text)`;
  if (!record.text.trim()) return `${label} has an empty text field`;
  return {
    source,
    text: normalizeNewlines(record.text),
    meta: {
      url: optionalString(record.url),
      title: optionalString(record.title),
      published: toIsoDate(record.published),
      outlet: optionalString(record.outlet),
    },
  };
}

function collect(items: { value: unknown; n: number; error?: string }[], path: string, unit: string): ReadResult {
  const docs: RawDoc[] = [];
  const failures: ReadFailure[] = [];
  for (const { value, n, error } of items) {
    const source = `${path}#${n}`;
    const doc = error ? error : toRawDoc(value, source, `${unit} ${n}`);
    if (typeof doc === 'string') failures.push({ source, reason: doc });
    else docs.push(doc);
  }
  if (docs.length === 0 && failures.length === 0) return { ok: false, failure: { source: path, reason: 'no records in this file' } };
  return { ok: true, docs, failures };
}

/** One JSON value per line; blank lines are skipped, N is the line number. */
export function readJsonLines(text: string, source: string): ReadResult {
  const items = normalizeNewlines(text.replace(/^\uFEFF/, ''))
    .split('\n')
    .map((line, i) => ({ line, n: i + 1 }))
    .filter(({ line }) => line.trim())
    .map(({ line, n }) => {
      try {
        return { value: JSON.parse(line) as unknown, n };
      } catch {
        return { value: null, n, error: `line ${n} is not valid JSON` };
      }
    });
  return collect(items, source, 'line');
}

/** An array of records, or one record; N counts records from 1. */
export function readJson(text: string, source: string): ReadResult {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    // A .json file that is really JSON Lines is read as such.
    const firstLine = text.trimStart().split('\n', 1)[0] ?? '';
    if (text.trim().includes('\n') && firstLine.trim().startsWith('{') && isJson(firstLine)) return readJsonLines(text, source);
    return { ok: false, failure: { source, reason: `not valid JSON (${(error as Error).message})` } };
  }
  const records = Array.isArray(data) ? data : [data];
  return collect(records.map((value, i) => ({ value, n: i + 1 })), source, 'record');
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
