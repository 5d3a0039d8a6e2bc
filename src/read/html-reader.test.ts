import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readHtml } from './html-reader.ts';
import type { RawDoc } from './raw-doc.ts';

const PARAGRAPHS = [
  'The foreign minister arrived in Muscat on Tuesday for talks with his Omani counterpart about the stalled negotiations.',
  'Officials said the two sides discussed a prisoner exchange and the reopening of the border crossing near the coast.',
  'A spokesman for the ministry described the meeting as constructive and said further rounds would follow next month.',
];

function page(head: string, body: string): string {
  return `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;
}

function article(extra = ''): string {
  return `<nav><a href="/">Home</a> | <a href="/news">News</a></nav>
    <article><h1>Minister visits Muscat</h1>${extra}${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n')}</article>
    <footer>© 2024 Example Times</footer>`;
}

function read(html: string): RawDoc {
  const result = readHtml(html, 'page.html');
  assert.ok(result.ok, result.ok ? '' : result.failure.reason);
  return result.docs[0]!;
}

test('the main text keeps its paragraphs as blank-line separated blocks', () => {
  const doc = read(page('<title>Minister visits Muscat | Example Times</title>', article()));
  assert.equal(doc.text, ['Minister visits Muscat', ...PARAGRAPHS].join('\n\n'));
});

test('title, date, outlet and URL come from the page metadata', () => {
  const head = `<title>Ignored | Example Times</title>
    <meta property="og:title" content="Minister visits Muscat">
    <meta property="og:site_name" content="Example Times">
    <meta property="article:published_time" content="2024-03-05T09:30:00+04:00">
    <link rel="canonical" href="https://example.org/muscat">`;
  assert.deepEqual(read(page(head, article())).meta, {
    title: 'Minister visits Muscat',
    published: '2024-03-05',
    outlet: 'Example Times',
    url: 'https://example.org/muscat',
  });
});

test('the date falls back to JSON-LD, then <time datetime>, then <meta name="date">', () => {
  const jsonLd = `<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2023-11-02T10:00:00Z","publisher":{"name":"Gulf Wire"}}]}</script>`;
  const fromJsonLd = read(page(`<title>T</title>${jsonLd}`, article('<time datetime="2020-01-01">old</time>')));
  assert.equal(fromJsonLd.meta.published, '2023-11-02');
  assert.equal(fromJsonLd.meta.outlet, 'Gulf Wire');
  assert.equal(read(page('<title>T</title>', article('<time datetime="2021-06-30T08:00">June 30</time>'))).meta.published, '2021-06-30');
  assert.equal(read(page('<meta name="date" content="2019-07-22">', article())).meta.published, '2019-07-22');
  assert.equal(read(page('<title>Minister visits Muscat</title>', article())).meta.title, 'Minister visits Muscat');
});

test('scripts, styles, iframes and event handlers never reach the text', () => {
  const hostile = `<script>var secret = "SCRIPT-TEXT";</script><style>.x{content:"STYLE-TEXT"}</style>
    <iframe srcdoc="IFRAME-TEXT">IFRAME-TEXT</iframe><noscript>NOSCRIPT-TEXT</noscript>
    <img src="x" onerror="alert('ONERROR-TEXT')"><p onclick="HANDLER-TEXT()">Visible words stay in the article body text.</p>`;
  for (const html of [page('<title>T</title>', article(hostile)), page('', `<div>${hostile}</div>`)]) {
    const text = read(html).text;
    assert.match(text, /Visible words stay/);
    assert.doesNotMatch(text, /SCRIPT-TEXT|STYLE-TEXT|IFRAME-TEXT|NOSCRIPT-TEXT|ONERROR|HANDLER|alert/);
  }
});

test('10,000 nested elements are read quickly without overflowing the stack', () => {
  const depth = 10_000;
  const html = page('<title>Deep</title>', `${'<div>'.repeat(depth)}<p>${PARAGRAPHS[0]}</p><script>alert(1)</script>${'</div>'.repeat(depth)}`);
  const started = Date.now();
  const doc = read(html);
  assert.ok(Date.now() - started < 5000, 'took too long');
  assert.match(doc.text, /foreign minister arrived in Muscat/);
  assert.doesNotMatch(doc.text, /alert/);
});

test('<br> breaks lines; navigation is left out when Readability finds no article', () => {
  const doc = read(page('', '<nav>Home | News</nav><div>First line<br>second line</div><div>Next block</div>'));
  assert.equal(doc.text, 'First line\nsecond line\n\nNext block');
});

test('a page without text is refused', () => {
  const result = readHtml(page('<title>Empty</title>', '<script>x()</script>'), 'e.html');
  assert.deepEqual(result, { ok: false, failure: { source: 'e.html', reason: 'no readable text in this HTML page' } });
});

test('bare text and fragments saved as .html are read, not refused or thrown on', () => {
  // Without an <html> element linkedom had no document element (reading the body
  // threw, stopping a whole ingest) or hung an empty body inside the fragment.
  const sentence = 'Qatar hosted the talks between the two delegations in Doha on Sunday.';
  for (const html of [sentence, ` ${sentence}\n`, `<p>${sentence}</p><p>Both sides spoke.</p>`, `<div><p>${sentence}</p></div>`,
    `<head><title>Talks</title></head><p>${sentence}</p>`]) {
    const result = readHtml(html, 'f.html');
    assert.ok(result.ok, JSON.stringify(html));
    assert.ok(result.docs[0]!.text.includes(sentence), result.docs[0]!.text);
  }
  const headed = readHtml('<head><title>Talks</title></head><p>x</p>', 'f.html');
  assert.equal(headed.ok && headed.docs[0]!.meta.title, 'Talks');
  assert.deepEqual(readHtml('', 'e.html'), { ok: false, failure: { source: 'e.html', reason: 'no readable text in this HTML page' } });
});
