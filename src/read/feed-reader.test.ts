import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFeed } from './feed-reader.ts';

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Levant Wire</title><link>https://example.org</link>
<item>
  <title>Talks resume in Amman</title><link>https://example.org/1</link>
  <pubDate>Tue, 14 Mar 2023 21:30:00 -0500</pubDate>
  <description>Short summary.</description>
  <content:encoded><![CDATA[<p>Delegations met in Amman &amp; agreed to continue.</p><p>A second round is planned.</p><script>evil()</script>]]></content:encoded>
</item>
<item><title>Only a summary</title><description>&lt;p&gt;Envoy &lt;b&gt;arrives&lt;/b&gt; in Cairo.&lt;/p&gt;</description></item>
<item><title>Nothing else</title></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Gulf Monitor</title>
<entry><title type="html">Pact &lt;em&gt;signed&lt;/em&gt;</title>
  <link rel="self" href="https://example.org/self"/><link rel="alternate" href="https://example.org/pact"/>
  <updated>2021-01-05T10:00:00Z</updated><published>2021-01-04T09:00:00Z</published>
  <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Two states signed a pact.</p><p>It covers trade.</p></div></content>
</entry>
<entry><title>Summary only</title><summary>Ministers met briefly.</summary></entry>
</feed>`;

test('RSS items become RawDocs with title, link, date, outlet and HTML turned into text', () => {
  const result = readFeed(RSS, 'wire.rss');
  assert.ok(result.ok);
  assert.deepEqual(result.docs[0], {
    source: 'wire.rss#1',
    text: 'Delegations met in Amman & agreed to continue.\n\nA second round is planned.',
    meta: { title: 'Talks resume in Amman', url: 'https://example.org/1', published: '2023-03-14', outlet: 'Levant Wire' },
  });
  assert.equal(result.docs[1]!.text, 'Envoy arrives in Cairo.');
  assert.deepEqual(result.failures, [{ source: 'wire.rss#3', reason: 'item 3 has no text (no description or content)' }]);
});

test('Atom entries: alternate link, published date, XHTML content, summaries', () => {
  const result = readFeed(ATOM, 'gulf.atom');
  assert.ok(result.ok);
  assert.deepEqual(result.docs[0]!.meta, { title: 'Pact signed', url: 'https://example.org/pact', published: '2021-01-04', outlet: 'Gulf Monitor' });
  assert.equal(result.docs[0]!.text, 'Two states signed a pact.\n\nIt covers trade.');
  assert.equal(result.docs[1]!.text, 'Ministers met briefly.');
});

test('billion laughs and XXE feeds are refused at once, before parsing', () => {
  const laughs = ['<!ENTITY lol "lol">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`)];
  const billion = `<?xml version="1.0"?><!DOCTYPE rss [${laughs.join('')}]><rss><channel><item><description>&lol9;</description></item></channel></rss>`;
  const xxe = `<?xml version="1.0"?><!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><rss><channel><item><description>&xxe;</description></item></channel></rss>`;
  const lowercase = `<?xml version="1.0"?><!doctype rss [ <!entity x "y"> ]><rss/>`;
  for (const xml of [billion, xxe, lowercase]) {
    const started = Date.now();
    assert.deepEqual(readFeed(xml, 'bad.xml'), { ok: false, failure: { source: 'bad.xml', reason: 'feed declares XML entities; refused for safety' } });
    assert.ok(Date.now() - started < 100);
  }
});

test('a DOCTYPE without entities is fine; XML that is not a feed is refused', () => {
  const plainDoctype = RSS.replace('<rss', '<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://example.org/rss.dtd">\n<rss');
  assert.equal(readFeed(plainDoctype, 'a.rss').ok, true);
  assert.deepEqual(readFeed('<?xml version="1.0"?><urlset><url/></urlset>', 's.xml'), {
    ok: false,
    failure: { source: 's.xml', reason: 'XML file is not an RSS or Atom feed' },
  });
});
