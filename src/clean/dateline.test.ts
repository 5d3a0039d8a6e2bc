import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDateline } from './dateline.ts';

test('the dateline forms news pages use', () => {
  const cases: [string, string][] = [
    ['Wednesday 28 December 2016', '2016-12-28'],
    ['September 1, 2017', '2017-09-01'],
    ['19 February, 2016', '2016-02-19'],
    ['Published Date - 11:05 PM, Fri - 10 March 23', '2023-03-10'],
    ['Riyadh, 11 March 2023 (TDI): Ministers from both countries met to discuss the reopening of embassies.', '2023-03-11'],
    ['BEIRUT, 14 March 2012 (Levant Wire) — The group said its delegation had returned from the talks.', '2012-03-14'],
    ['2019-07-22', '2019-07-22'],
    ['Published: 22/07/2019', '2019-07-22'],
    ['Updated 05/03/2019 10:00', '2019-03-05'],
    ['Posted 07/22/2019', '2019-07-22'],
    ['Dec. 28, 2016', '2016-12-28'],
    ['Sept. 3rd, 2015', '2015-09-03'],
    ['28 Dec 2016', '2016-12-28'],
    ['By Jane Doe, 28 Dec 2016', '2016-12-28'],
  ];
  for (const [line, expected] of cases) assert.equal(parseDateline(`Envoy visits Gaza\n${line}\nBody text follows here.`), expected, line);
});

test('dates inside body sentences are event dates, not datelines', () => {
  assert.equal(parseDateline('Envoy visits Gaza\nOn 21 December 2016, Iran pledged new funding to the group, the statement said.'), null);
  assert.equal(parseDateline('The militia said that since 3 May 2014 its fighters had withdrawn from the area around the city.'), null);
  assert.equal(parseDateline('Officials said 5 March 23 people were hurt'), null);
});

test('implausible dates and dates far down the page are ignored', () => {
  assert.equal(parseDateline('Treaty text\n4 July 1776'), null);
  assert.equal(parseDateline('31 February 2016'), null);
  assert.equal(parseDateline(`${'A line of article text.\n'.repeat(15)}28 Dec 2016`), null);
  assert.equal(parseDateline('Headline\n\n\n\n28 Dec 2016'), '2016-12-28');
});

test('a one-line text full of dates is searched in time proportional to its length', () => {
  // 600 KB on one line, a body date every 60 characters: each used to cost a scan of
  // the whole line (about 20 s here); only the opening of a line can hold a dateline.
  const line = 'Officials said talks resumed in the capital on 5 March 2016. '.repeat(10_000);
  const started = performance.now();
  assert.equal(parseDateline(line), null);
  assert.equal(parseDateline(`${line}\n28 Dec 2016`), '2016-12-28');
  assert.ok(performance.now() - started < 2000, `took ${Math.round(performance.now() - started)} ms`);
});

test('a date deep inside a long line is body text, even after "published"', () => {
  const opening = 'The report was published by the ministry after weeks of talks between the two delegations, which met first in the capital and then again in a resort town on the coast, officials from both sides told reporters,';
  assert.ok(opening.length > 200);
  assert.equal(parseDateline(`${opening} in a note dated 5 March 2016 that ran to forty pages and more.`), null);
  assert.equal(parseDateline('Published: 5 March 2016'), '2016-03-05');
});

test('a dateline on a line that cleaning drops still dates the document', async () => {
  const { cleanDoc } = await import('./index.ts');
  const text = 'Iran to resume funding, report says\n\nWednesday 1 June 2016 · Gulf Brief · by A. Writer\n\nIran will resume funding the movement at about $70 million a year, a report said on Monday.';
  const result = cleanDoc({ source: 'x.md', text, meta: {} });
  assert.ok(result.ok);
  assert.equal(result.doc.published, '2016-06-01');
});
