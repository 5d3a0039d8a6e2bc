// Input files in every format Entente reads, built from the made-up articles.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { article, type Article } from './articles.ts';

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const record = (a: Article, n: number) =>
  ({ title: a.title, text: a.text, published: a.published, outlet: 'Record Wire', url: `https://example.org/r/${n}` });

/** One file per format; returns how many documents they hold (9). */
export function writeEveryFormat(dir: string): number {
  mkdirSync(dir, { recursive: true });
  const a = (n: number) => article(n);
  writeFileSync(join(dir, 'plain.txt'), `${a(1).title}\n\n${a(1).text}\n`);
  writeFileSync(join(dir, 'page.html'), `<!doctype html><html><head><title>${a(2).title}</title>
<meta property="article:published_time" content="2016-04-21"></head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>${a(2).title}</h1>${a(2).paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article>
<footer>Share this article</footer></body></html>`);
  writeFileSync(join(dir, 'note.md'), `# ${a(3).title}\n\n${a(3).paragraphs.join('\n\n')}\n`);
  writeFileSync(join(dir, 'records.jsonl'), [record(a(4), 4), record(a(5), 5)].map((r) => JSON.stringify(r)).join('\n'));
  writeFileSync(join(dir, 'records.json'), JSON.stringify([record(a(6), 6), record(a(7), 7)], null, 2));
  writeFileSync(join(dir, 'feed.rss'), `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Example Wire</title>
${[8, 9].map((n) => `<item><title>${escapeXml(a(n).title)}</title><link>https://example.org/f/${n}</link>
<pubDate>Mon, 21 Mar 2016 10:00:00 GMT</pubDate>
<description>${escapeXml(a(n).paragraphs.map((p) => `<p>${p}</p>`).join(''))}</description></item>`).join('\n')}
</channel></rss>`);
  return 9;
}

/** `count` plain-text articles, numbered from `first`, in `dir`. */
export function writeManyArticles(dir: string, count: number, first = 100): string[] {
  mkdirSync(dir, { recursive: true });
  return Array.from({ length: count }, (_, i) => {
    const n = first + i;
    const path = join(dir, `article-${String(n).padStart(4, '0')}.txt`);
    writeFileSync(path, `${article(n).title}\n\n${article(n).text}\n`);
    return path;
  });
}

/** Arabic in Windows-1256 bytes ("العربية" and spaces): not UTF-8. */
export function windows1256Bytes(): Buffer {
  const word = [0xc7, 0xe1, 0xda, 0xd1, 0xc8, 0xed, 0xc9, 0x20];
  return Buffer.from(Array.from({ length: 60 }, () => word).flat());
}

/** A PNG signature followed by noise. */
export function binaryBytes(): Buffer {
  const noise = Array.from({ length: 2000 }, (_, i) => (i * 151 + 7) % 256);
  return Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...noise]);
}

export function utf16WithBom(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}
