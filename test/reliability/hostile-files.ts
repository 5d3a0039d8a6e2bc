// Hostile inputs, generated on the spot (no stored binaries): each entry writes one
// file or folder under `dir` and says what Entente must do with it. Shared by the
// end-to-end suite; `node --import tsx test/reliability/hostile-files.ts DIR` writes
// them for a look by hand.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { article } from '../helpers/articles.ts';

export const MB = 1024 * 1024;

/** Deterministic bytes (xorshift32): "random" files are the same every run. */
export function noise(length: number, seed = 0x2545f491): Buffer {
  const out = Buffer.alloc(length);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out[i] = x & 0xff;
  }
  return out;
}

/** A minimal but valid ZIP archive holding one text file. */
export function zipBytes(name: string, content: string): Buffer {
  const data = deflateRawSync(Buffer.from(content));
  const file = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8); // deflate
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(Buffer.byteLength(content), 22);
  local.writeUInt16LE(file.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(Buffer.byteLength(content), 24);
  central.writeUInt16LE(file.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + file.length, 12);
  end.writeUInt32LE(30 + file.length + data.length, 16);
  return Buffer.concat([local, file, data, central, file, end]);
}

/** A PNG signature, an IHDR chunk and noise: what an image looks like to a reader. */
export function pngBytes(): Buffer {
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), Buffer.from('IHDR'), noise(4000, 7)]);
}

/** English text with accented Latin letters written in ISO-8859-1 (one byte each). */
export function latin1Bytes(): Buffer {
  const text = `${article(300).text}\n\nThe café in Zürich hosted the délégation; señor Muñoz said it was "très productif".`;
  return Buffer.from(text, 'latin1');
}

/** Arabic words in Windows-1256 ("العربية" and a space, repeated), inside an English frame. */
export function windows1256Bytes(): Buffer {
  const word = [0xc7, 0xe1, 0xda, 0xd1, 0xc8, 0xed, 0xc9, 0x20];
  return Buffer.concat([Buffer.from('Report from Gaza\n\n'), Buffer.from(Array.from({ length: 200 }, () => word).flat())]);
}

/** Valid UTF-8 prose with broken sequences in the middle (a truncated multi-byte character, a stray continuation byte). */
export function invalidUtf8Bytes(): Buffer {
  const good = Buffer.from(`${article(301).text} Ismaïl Haniyeh — «Hamas».`);
  return Buffer.concat([good.subarray(0, 400), Buffer.from([0xe2, 0x82]), good.subarray(400, 800), Buffer.from([0x80, 0xbf]), good.subarray(800)]);
}

export function utf16(text: string, order: 'le' | 'be', bom: boolean): Buffer {
  const le = Buffer.from(text, 'utf16le');
  const body = order === 'le' ? le : Buffer.from(le).swap16();
  const mark = order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff];
  return bom ? Buffer.concat([Buffer.from(mark), body]) : body;
}

/** An article page buried under `depth` nested elements, with every kind of active content. */
export function hostileHtml(depth: number): string {
  const a = article(310);
  const open = Array.from({ length: depth }, (_, i) => `<div class="d${i % 7}" onmouseover="steal(${i})">`).join('');
  const close = '</div>'.repeat(depth);
  return `<!doctype html><html><head><title>${a.title}</title>
<script>document.cookie = "SCRIPT_TEXT_MUST_NOT_APPEAR";</script>
<style>body::after { content: "STYLE_TEXT_MUST_NOT_APPEAR"; }</style>
<meta property="article:published_time" content="2016-04-21"></head>
<body onload="alert('ONLOAD_MUST_NOT_APPEAR')">
<iframe src="https://evil.example/" srcdoc="<p>IFRAME_TEXT_MUST_NOT_APPEAR</p>">IFRAME_FALLBACK_MUST_NOT_APPEAR</iframe>
<noscript>NOSCRIPT_MUST_NOT_APPEAR</noscript>
${open}<article><h1>${a.title}</h1>
${a.paragraphs.map((p, i) => `<p onclick="HANDLER_MUST_NOT_APPEAR_${i}()">${p}<img src=x onerror="ONERROR_MUST_NOT_APPEAR"></p>`).join('\n')}
<script>var x = "INLINE_SCRIPT_MUST_NOT_APPEAR";</script>
<svg><script>SVG_SCRIPT_MUST_NOT_APPEAR</script><text>SVG_TEXT_MUST_NOT_APPEAR</text></svg>
<object data="x.swf">OBJECT_MUST_NOT_APPEAR</object>
<a href="javascript:alert('JS_URL_MUST_NOT_APPEAR')">the ministry said</a>
</article>${close}
</body></html>`;
}

export function hostileMarkdown(): string {
  const a = article(320);
  return `---
title: ${a.title}
date: 2016-04-21
---

# ${a.title}

${a.paragraphs[0]}

<script>alert("MD_SCRIPT_MUST_NOT_APPEAR")</script>
<style>p { color: red } /* MD_STYLE_MUST_NOT_APPEAR */</style>
<iframe src="https://evil.example">MD_IFRAME_MUST_NOT_APPEAR</iframe>
<div onclick="MD_HANDLER_MUST_NOT_APPEAR()">${a.paragraphs[1]}</div>
<!-- MD_COMMENT_MUST_NOT_APPEAR -->

${a.paragraphs[2]} <img src=x onerror="MD_ONERROR_MUST_NOT_APPEAR"> [a link](javascript:alert(1))

<details><summary>More</summary>

${a.paragraphs[3]}

</details>
`;
}

/** JSON Lines: good records among broken, huge and non-object lines. */
export function hostileJsonl(): { text: string; good: number[]; bad: number[] } {
  const good = (n: number) => JSON.stringify({ title: article(n).title, text: article(n).text, published: '2016-05-01' });
  const lines = [
    good(330), // 1
    '{"text": "cut off in the mid', // 2 broken
    '[1, 2, 3]', // 3 an array
    '"just a string"', // 4
    'null', // 5
    '42', // 6
    `{"title": "${'x'.repeat(2 * MB)}", "text": 17}`, // 7 huge, text not a string
    `{"text": ${JSON.stringify(`${article(331).text} `.repeat(400))}}`, // 8 huge but a real (long) article
    '{"text": "   "}', // 9 empty text
    `{"text": "${'\\u0000'.repeat(10)}"}`, // 10 only NUL characters
    good(332), // 11
    '{', // 12
    `${'['.repeat(100_000)}${']'.repeat(100_000)}`, // 13 deeply nested
    '\u0000\u0001\u0002', // 14 control bytes
  ];
  return { text: lines.join('\n'), good: [1, 8, 11], bad: [2, 3, 4, 5, 6, 7, 9, 10, 12, 13, 14] };
}

const RSS_ITEM = (n: number) =>
  `<item><title>${article(n).title}</title><description>${article(n).text.replace(/&/g, '&amp;')}</description></item>`;

export function xxeFeed(secretPath: string): string {
  return `<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file://${secretPath}">]>
<rss version="2.0"><channel><title>Wire</title>
<item><title>Leak</title><description>&xxe;</description></item>
${RSS_ITEM(340)}
</channel></rss>`;
}

export function billionLaughsFeed(): string {
  const levels = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join('\n');
  return `<?xml version="1.0"?>
<!DOCTYPE rss [
<!ENTITY lol0 "lol">
${levels}
]>
<rss version="2.0"><channel><title>Wire</title>
<item><title>Laughs</title><description>&lol9;</description></item>
</channel></rss>`;
}

/** External DTD and parameter entities without an internal subset: nothing may be fetched. */
export function externalDtdFeed(): string {
  return `<?xml version="1.0"?>
<!DOCTYPE rss SYSTEM "http://127.0.0.1:9/evil.dtd">
<rss version="2.0"><channel><title>Wire</title>
${RSS_ITEM(341)}
</channel></rss>`;
}

/** Writes `count` distinct good articles as plain text files; returns their paths. */
export function writeGoodArticles(dir: string, count: number, first: number): string[] {
  mkdirSync(dir, { recursive: true });
  return Array.from({ length: count }, (_, i) => {
    const path = join(dir, `good-${first + i}.txt`);
    writeFileSync(path, `${article(first + i).title}\n\n${article(first + i).text}\n`);
    return path;
  });
}

/** A folder with symbolic-link loops (to itself, to an ancestor, a two-link cycle) and one good file. */
export function writeLinkLoops(dir: string): void {
  mkdirSync(join(dir, 'inner', 'deeper'), { recursive: true });
  writeFileSync(join(dir, 'inner', 'deeper', 'story.txt'), `${article(350).title}\n\n${article(350).text}\n`);
  symlinkSync('.', join(dir, 'self'));
  symlinkSync('../..', join(dir, 'inner', 'deeper', 'up'));
  symlinkSync('ping', join(dir, 'pong'));
  symlinkSync('pong', join(dir, 'ping'));
}

if (process.argv[1]?.endsWith('hostile-files.ts') && process.argv[2]) {
  const out = process.argv[2];
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'page.html'), hostileHtml(10_000));
  writeFileSync(join(out, 'note.md'), hostileMarkdown());
  writeFileSync(join(out, 'records.jsonl'), hostileJsonl().text);
  console.log(`written to ${out}`);
}
