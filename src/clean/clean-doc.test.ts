import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cleanDoc } from './index.ts';
import type { Doc } from './doc.ts';
import type { RawDoc } from '../read/raw-doc.ts';

const PAGE = [
  'Home | World | Opinion | Sport',
  'Envoy opens talks in Amman | GULF MONITOR English Edition',
  'Select Page',
  'Tuesday 14 March 2023',
  'Share to Facebook Share to Twitter',
  '',
  'AMMAN (Gulf Monitor) - The regional envoy opened a new round of talks with both delegations on Tuesday, officials said.   ',
  '',
  'The talks, hosted by the Jordanian foreign ministry, are expected to last three days.',
  'Advertisement',
  'Diplomats said the envoy hoped to agree on a timetable for the exchange of prisoners.',
  '',
  '',
  '',
  'Related',
  'Envoy Warns of Deadline',
  'Talks Stall Over Crossings',
  '',
  '© 2023 Gulf Monitor',
  'We use cookies to improve your experience on our site and to show you relevant content.',
].join('\r\n');

const CLEANED = [
  'Envoy opens talks in Amman | GULF MONITOR English Edition\nTuesday 14 March 2023',
  'AMMAN (Gulf Monitor) - The regional envoy opened a new round of talks with both delegations on Tuesday, officials said.',
  'The talks, hosted by the Jordanian foreign ministry, are expected to last three days.\nDiplomats said the envoy hoped to agree on a timetable for the exchange of prisoners.',
].join('\n\n');

function clean(raw: RawDoc): Doc {
  const result = cleanDoc(raw);
  assert.ok(result.ok, result.ok ? '' : result.failure.reason);
  return result.doc;
}

test('a page is cleaned to its article text, with metadata found in the text', () => {
  const doc = clean({ source: 'amman.txt', text: PAGE, meta: {} });
  assert.deepEqual(doc, {
    id: createHash('sha256').update(CLEANED).digest('hex'),
    source: 'amman.txt',
    text: CLEANED,
    title: 'Envoy opens talks in Amman',
    published: '2023-03-14',
    outlet: 'Gulf Monitor',
    url: null,
    language: 'en',
  });
});

test('every kept line is verbatim from the input', () => {
  const doc = clean({ source: 'amman.txt', text: PAGE, meta: {} });
  for (const line of doc.text.split('\n').filter(Boolean)) assert.ok(PAGE.includes(line), line);
});

test('metadata from the container wins over guesses from the text', () => {
  const meta = { title: 'Given title', published: '2023-03-15', outlet: 'Given Outlet', url: 'https://example.org/x' };
  const doc = clean({ source: 'x', text: PAGE, meta });
  assert.deepEqual([doc.title, doc.published, doc.outlet, doc.url], [meta.title, meta.published, meta.outlet, meta.url]);
});

test('wire datelines name the outlet; a long first line is no title', () => {
  const doc = clean({ source: 'w', text: 'BEIRUT (Reuters) - The group said on Sunday that its delegation had returned from talks in Tehran with new pledges of support.', meta: {} });
  assert.equal(doc.outlet, 'Reuters');
  assert.equal(doc.title, null);
  assert.equal(doc.published, null);
});

test('a document that is all boilerplate is refused', () => {
  assert.deepEqual(cleanDoc({ source: 'junk.html', text: 'Share this article\nAdvertisement\n\n© 2020 Example', meta: {} }), {
    ok: false,
    failure: { source: 'junk.html', reason: 'no article text after removing boilerplate' },
  });
});
