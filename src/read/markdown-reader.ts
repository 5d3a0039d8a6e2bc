// Markdown → plain text with its paragraphs: headings, list items and table rows
// become lines of their own, soft-wrapped paragraph lines are joined, syntax goes.
// The first "# heading" (or a front-matter title) is the title.
import type { RawDocMeta, ReadResult } from './raw-doc.ts';
import { normalizeNewlines } from './text-reader.ts';
import { stripHtmlBlocks, stripInline } from './markdown-inline.ts';
import { toIsoDate } from './iso-date.ts';

const ATX = /^ {0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/;
const SETEXT = /^ {0,3}(=+|-+)\s*$/;
const RULE = /^ {0,3}([-*_])(?:\s*\1){2,}\s*$/;
const FENCE = /^ {0,3}(```|~~~)/;
const REFERENCE = /^ {0,3}\[[^\]]+\]:\s*\S+/;
const TABLE_RULE = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/;
const LIST_ITEM = /^\s*(?:[-*+]|\d{1,9}[.)])\s+(.*)$/;

/** "---\ntitle: …\ndate: …\n---" at the very top. */
function frontMatter(lines: string[]): { meta: RawDocMeta; skip: number } {
  if (lines[0]?.trim() !== '---') return { meta: {}, skip: 0 };
  const end = lines.findIndex((line, i) => i > 0 && i < 60 && /^(---|\.\.\.)\s*$/.test(line));
  if (end < 0) return { meta: {}, skip: 0 };
  const fields: Record<string, string> = {};
  for (const line of lines.slice(1, end)) {
    const m = /^([A-Za-z_]+):\s*["']?(.*?)["']?\s*$/.exec(line);
    if (m) fields[m[1]!.toLowerCase()] = m[2]!;
  }
  const meta: RawDocMeta = {};
  if (fields.title) meta.title = fields.title;
  const date = toIsoDate(fields.published ?? fields.date);
  if (date) meta.published = date;
  if (fields.url) meta.url = fields.url;
  if (fields.outlet) meta.outlet = fields.outlet;
  return { meta, skip: end + 1 };
}

export function readMarkdown(markdown: string, source: string): ReadResult {
  const lines = stripHtmlBlocks(normalizeNewlines(markdown.replace(/^\uFEFF/, ''))).split('\n');
  const { meta, skip } = frontMatter(lines);
  const paragraphs: string[] = [];
  let current: string[] = []; // lines of the open paragraph, each already joined
  let joinNext = false; // a soft-wrapped line continues the previous one
  const close = () => {
    const text = current.map(stripInline).filter(Boolean).join('\n');
    if (text) paragraphs.push(text);
    current = [];
    joinNext = false;
  };
  const heading = (raw: string, level: number) => {
    close();
    const text = stripInline(raw);
    if (level === 1 && !meta.title && text) meta.title = text;
    if (text) paragraphs.push(text);
  };
  let fence: string | null = null;
  for (const line of lines.slice(skip)) {
    const fenceMark = FENCE.exec(line)?.[1];
    if (fence) {
      if (fenceMark === fence) (fence = null), close();
      else current.push(line.replace(/[`*_]/g, (ch) => `\\${ch}`)); // code is text, not markup
      continue;
    }
    if (fenceMark) (fence = fenceMark), close();
    else if (!line.trim()) close();
    else if (ATX.test(line)) heading(ATX.exec(line)![2]!, ATX.exec(line)![1]!.length);
    else if (SETEXT.test(line) && current.length === 1 && joinNext) heading(current.pop()!, line.includes('=') ? 1 : 2);
    else if (RULE.test(line)) close();
    else if (REFERENCE.test(line) || TABLE_RULE.test(line)) continue;
    else {
      const text = line.replace(/^\s*(?:>\s?)+/, '');
      const item = LIST_ITEM.exec(text);
      const hardBreak = / {2,}$|\\$/.test(text);
      const content = (item ? item[1]! : text).replace(/\\$/, '').trim();
      const row = content.startsWith('|') ? content.replace(/^\||\|$/g, '').trim() : null;
      if (item || row !== null || !joinNext || current.length === 0) current.push(row ?? content);
      else current[current.length - 1] += ` ${content}`;
      joinNext = !item && row === null && !hardBreak;
    }
  }
  close();
  if (paragraphs.length === 0) return { ok: false, failure: { source, reason: 'no text in this Markdown file' } };
  return { ok: true, docs: [{ source, text: paragraphs.join('\n\n'), meta }], failures: [] };
}
