import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates, type DateMention } from './index.ts';

/** The mention whose text is exactly `span`; fails the test when there is none. */
function at(text: string, published: string | null, span: string): DateMention {
  const found = findDates(text, published);
  const m = found.find((d) => d.text === span);
  assert.ok(m, `no mention "${span}" in ${JSON.stringify(found.map((d) => d.text))}`);
  return m;
}

function values(text: string, published: string | null = null): (string | null)[] {
  return findDates(text, published).map((d) => d.value);
}

test('explicit day dates in their usual shapes', () => {
  const t = 'Iran pledged aid on 21 December 2016. The deal was signed December 21, 2016, confirmed Dec. 21, 2016 and filed 21 Dec 2016.';
  assert.deepEqual(values(t), ['2016-12-21', '2016-12-21', '2016-12-21', '2016-12-21']);
  const m = at(t, null, 'on 21 December 2016');
  assert.equal(m.precision, 'day');
  assert.equal(m.basis, 'explicit');
  assert.equal(m.relation, 'at');
  assert.equal(at('The 21st of December 2016 saw talks.', null, '21st of December 2016').value, '2016-12-21');
  assert.equal(at('Talks opened in Doha on 2016-04-21 after a delay.', null, 'on 2016-04-21').value, '2016-04-21');
  assert.equal(at('The summit ran on December 21-22, 2016 in Doha.', null, 'on December 21-22, 2016').value, '2016-12-21');
});

test('a weekday before a date joins it', () => {
  const found = findDates('The envoy arrived on Monday, December 19, 2016, in Gaza.', '2016-12-22');
  assert.equal(found.length, 1);
  assert.equal(found[0]?.text, 'on Monday, December 19, 2016');
  assert.equal(found[0]?.value, '2016-12-19');
});

test('month and year', () => {
  const m = at('In December 2016 the movement sent a delegation.', null, 'In December 2016');
  assert.equal(m.value, '2016-12');
  assert.equal(m.precision, 'month');
  assert.equal(at('The aid stopped in April of 2015.', null, 'in April of 2015').value, '2015-04');
  assert.equal(at('Sanctions returned in Sept. 2017, officials said.', null, 'in Sept. 2017').value, '2017-09');
});

test('years with a cue or a qualifier', () => {
  const t = 'Relations soured in 2013, improved in mid-2014, faltered in early 2012 and recovered in late 2013.';
  assert.deepEqual(findDates(t, null).map((d) => [d.text, d.value, d.precision]), [
    ['in 2013', '2013', 'year'],
    ['in mid-2014', '2014', 'year'],
    ['in early 2012', '2012', 'year'],
    ['in late 2013', '2013', 'year'],
  ]);
  assert.equal(at('By the end of 2014 the group had split.', null, 'By the end of 2014').relation, 'before');
  assert.equal(at('He visited Tehran in the summer of 2014.', null, 'in the summer of 2014').value, '2014');
  assert.equal(at('The movement was weak in the year 2000.', null, 'in the year 2000').value, '2000');
});

test('decades are periods', () => {
  const m = at('In the 1990s the group relied on Gulf donors.', null, 'In the 1990s');
  assert.equal(m.value, '1990');
  assert.equal(m.precision, 'year');
  assert.equal(m.relation, 'during');
  assert.equal(at('Ties date back to the late 1980s.', null, 'the late 1980s').value, '1980');
  assert.equal(at('Iran has backed the group since the 1990s.', null, 'since the 1990s').relation, 'since');
});

test('open periods and ranges: since, until, before, after, between', () => {
  const since = at('Iran has funded the movement since 2009.', null, 'since 2009');
  assert.deepEqual([since.value, since.relation], ['2009', 'since']);
  assert.equal(at('The office stayed open until 2012.', null, 'until 2012').relation, 'until');
  assert.equal(at('Before 2011 the two were close.', null, 'Before 2011').relation, 'before');
  assert.equal(at('Funding resumed after 2012, he said.', null, 'after 2012').relation, 'after');
  assert.equal(at('Contacts continued during 2015.', null, 'during 2015').relation, 'during');

  // "between 2011 and 2013": the first year opens the period, the second closes it.
  const between = findDates('Relations froze between 2011 and 2013, a diplomat said.', null);
  assert.deepEqual(between.map((d) => [d.text, d.value, d.relation]), [
    ['between 2011', '2011', 'since'],
    ['2013', '2013', 'until'],
  ]);
  const fromTo = findDates('From 2011 to 2013 the leadership lived in Doha.', null);
  assert.deepEqual(fromTo.map((d) => [d.value, d.relation]), [['2011', 'since'], ['2013', 'until']]);
  const dash = findDates('The 2011-2013 rift and the 2014–15 talks.', null);
  assert.deepEqual(dash.map((d) => [d.value, d.relation]), [['2011', 'since'], ['2013', 'until'], ['2014', 'since'], ['2015', 'until']]);
  // A list shares its cue: "after 2012 and 2013".
  const list = findDates('The aid was cut after 2012 and 2013, when the wars ended.', null);
  assert.deepEqual(list.map((d) => [d.value, d.relation]), [['2012', 'after'], ['2013', 'after']]);
  const months = findDates('The talks ran from March to May 2016.', null);
  assert.deepEqual(months.map((d) => [d.text, d.relation]), [['from March', 'since'], ['May 2016', 'until']]);
});

test('a year used as a modifier is a date', () => {
  assert.equal(at('The 2015 visit angered Riyadh.', null, '2015').value, '2015');
  assert.equal(at("Israel's 2014 Gaza war killed thousands.", null, '2014').value, '2014');
  assert.equal(at('Ahead of the 2016 elections, the party split.', null, 'Ahead of the 2016').relation, 'before');
  assert.equal(at("The group's 2016 budget was cut.", null, '2016').value, '2016');
  assert.equal(at("2016's budget was larger.", null, '2016').value, '2016');
  assert.equal(at('Following the 2014 war, Iran resumed aid.', null, 'Following the 2014').relation, 'after');
});

test('month without a year takes the year of an anchor', () => {
  // Publication date: February 2016. April lies after it, and the sentence narrates the past.
  const past = at('In April, Iran pledged new funds to the group.', '2016-02-18', 'In April');
  assert.deepEqual([past.value, past.precision, past.basis], ['2015-04', 'month', 'relative']);
  // Looking ahead keeps the publication year.
  assert.equal(at('The talks will be held in April.', '2016-02-18', 'in April').value, '2016-04');
  // Before the publication month: same year.
  assert.equal(at('In January, the envoy met Haniyeh.', '2016-02-18', 'In January').value, '2016-01');
  // A year set earlier in the same sentence wins.
  assert.equal(at('In 2012 Hamas left Damascus, and in April it opened an office in Doha.', '2016-02-18', 'in April').value, '2012-04');
  // Narration runs forward: a month before the anchor's month is in the next year.
  assert.equal(at('Israel attacked on 27 December 2008 and declared a ceasefire on 18 January.', '2009-02-02', 'on 18 January').value, '2009-01-18');
  // A year in an earlier sentence is background; the next sentence is back in the present.
  assert.equal(at('Relations soured in 2012. In May, Haniyeh was elected politburo chief.', '2017-08-07', 'In May').value, '2017-05');
  assert.equal(at('Ties improved in 2017. Arouri visited Tehran in October of that year.', '2019-07-22', 'in October of that year').value, '2017-10');
  assert.equal(at('Ties broke in 2012; in April the following year talks resumed.', '2019-07-22', 'in April the following year').value, '2013-04');
  // ... and a year that names an event or opens a period does not set the scene.
  assert.equal(at('Egypt has mediated since the 2007 split, and a round collapsed in October.', '2016-12-22', 'in October').value, '2016-10');
  assert.equal(at('Qatar has hosted the bureau since 2012 and brokered a truce in November.', '2016-12-22', 'in November').value, '2016-11');
  // ... and not across a paragraph break.
  assert.equal(at('Hamas was founded in 1987.\nIn April, Iran renewed its support.', '2016-08-10', 'In April').value, '2016-04');
  assert.equal(at('Officials met on 21 December to discuss the truce.', '2016-12-22', 'on 21 December').value, '2016-12-21');
  assert.equal(at('Officials met on 21 December to discuss the truce.', '2016-02-18', 'on 21 December').value, '2015-12-21');
  assert.equal(at('GAZA, Dec 21 (Reuters) - Hamas said on Wednesday.', '2016-12-22', 'Dec 21').value, '2016-12-21');
  assert.equal(at('The deal collapsed in April last year.', '2016-02-18', 'in April last year').value, '2015-04');
  assert.equal(at('The deal collapsed last April.', '2016-02-18', 'last April').value, '2015-04');
  assert.equal(at('Elections are due next April.', '2016-02-18', 'next April').value, '2016-04');
  assert.equal(at('Fighting flared in mid-April.', '2016-06-01', 'in mid-April').value, '2016-04');
  assert.equal(at('In April, Iran pledged new funds.', null, 'In April').value, null);
});

test('deictic expressions resolve against the publication date', () => {
  const pub = '2016-02-18'; // a Thursday
  const cases: [string, string, string, string][] = [
    ['Officials said on Wednesday that talks would resume.', 'on Wednesday', '2016-02-17', 'day'],
    ['Hamas said on Thursday it had received the funds.', 'on Thursday', '2016-02-18', 'day'],
    ['The militants withdrew on Saturday.', 'on Saturday', '2016-02-13', 'day'],
    ['The envoy left last Thursday.', 'last Thursday', '2016-02-11', 'day'],
    ['Iran said yesterday it would keep its promise.', 'yesterday', '2016-02-17', 'day'],
    ['The movement said today it rejects the plan.', 'today', '2016-02-18', 'day'],
    ['A delegation visited Tehran last week.', 'last week', '2016-02', 'month'],
    ['The leaders met two weeks ago in Beirut.', 'two weeks ago', '2016-02', 'month'],
    ['The leaders met last month in Beirut.', 'last month', '2016-01', 'month'],
    ['Talks resume next month in Cairo.', 'next month', '2016-03', 'month'],
    ['Ties improved this month, aides said.', 'this month', '2016-02', 'month'],
    ['Iran cut the aid last year.', 'last year', '2015', 'year'],
    ['Relations warmed earlier this year.', 'earlier this year', '2016', 'year'],
    ['The group was banned three years ago.', 'three years ago', '2013', 'year'],
  ];
  for (const [text, span, value, precision] of cases) {
    const m = at(text, pub, span);
    assert.deepEqual([m.value, m.precision, m.basis], [value, precision, 'relative'], text);
  }
  assert.equal(at('Officials said on Monday that the talks would resume.', '2019-07-24', 'on Monday').value, '2019-07-22');
  assert.equal(at('The talks ended last week.', '2016-03-03', 'last week').value, '2016-02');
  assert.equal(at('He spoke on Monday.', '2016-02', 'on Monday').value, '2016-02'); // no day to count from
});

test('narrative expressions lean on the date before them', () => {
  const t = 'In 2012 Hamas left Damascus. The following year, Iran cut its aid. Two years later it resumed.';
  assert.deepEqual(findDates(t, '2019-01-01').map((d) => [d.text, d.value]), [
    ['In 2012', '2012'],
    ['The following year', '2013'],
    ['Two years later', '2015'],
  ]);
  const days = 'On 21 December 2016 the envoys met. The next day, talks resumed. Later that month, a deal was signed.';
  assert.deepEqual(values(days), ['2016-12-21', '2016-12-22', '2016-12']);
  assert.equal(at('In 2014 the office closed; a year earlier it had moved.', null, 'a year earlier').value, '2013');
  assert.equal(at('In 2014 the office closed. The previous year it had moved.', null, 'The previous year').value, '2013');
  // With nothing earlier in the text, the publication date is the anchor; with neither, null.
  assert.equal(at('The following year the group split.', '2016-05-01', 'The following year').value, '2017');
  assert.equal(at('The following year the group split.', null, 'The following year').value, null);
  // Durations are not dates.
  assert.deepEqual(values('Aid will grow over the next year and over the last year.', '2016-05-01'), []);
});

test('vague or naming expressions are not dates', () => {
  assert.deepEqual(findDates('Ties have recently improved, and in recent weeks aides met.', '2016-02-18'), []);
  assert.deepEqual(findDates('The March 14 alliance and the April 6 Youth Movement protested.', '2016-02-18'), []);
  assert.deepEqual(findDates('The Sunday Times reported it on Good Friday.', '2016-02-18'), []);
  assert.deepEqual(findDates('Theresa May met the envoy. May God protect them.', '2016-02-18'), []);
  assert.deepEqual(findDates('Jan Egeland and Mar Elias attended.', '2016-02-18'), []);
  assert.deepEqual(findDates('Palestine Today and USA Today carried the statement.', '2016-02-18'), []);
  assert.equal(at('Today, the envoy met Haniyeh.', '2016-02-18', 'Today').value, '2016-02-18');
});

test('numbers that are not dates', () => {
  const traps = [
    '400 leaders and 500 operatives attended the conference.',
    'The meeting started at 11:05 and ended at 2000 GMT.',
    'They marked the 37th anniversary of the revolution.',
    'Call +1 202 555 2014 for details.',
    'Militants fired 2000 rockets and 1999 mortars.',
    'A total of 2000 rockets hit the south.',
    'After 2000 rockets hit the town, the army moved.',
    'The 2000 Hamas fighters crossed the border.',
    'The fund paid $2015 and 2016.5 points, 2014% more.',
    'Under Resolution 2231 and Vision 2030, nothing changed.',
    'The report, on page 2014, is long; see 04/21/2016.',
    'He is 45 years old and lives at 2012 Main Street.',
    'The group has 1,500 members in 2,000 cells.',
    'Aid arrived at 1900 local time.',
  ];
  for (const t of traps) assert.deepEqual(findDates(t, null).map((d) => d.text), [], t);
  // A capitalised cue opening a sentence is trusted even before a plural noun.
  assert.equal(at('In 2013 rebels took the town.', null, 'In 2013').value, '2013');
  assert.equal(at('In 2013 elections were held.', null, 'In 2013').value, '2013');
  // An impossible day keeps the month it names.
  assert.equal(at('Signed on 30 February 2016.', null, 'on 30 February 2016').value, '2016-02');
});

test('odd publication dates do not break resolution', () => {
  assert.equal(at('He spoke yesterday.', 'not a date', 'yesterday').value, null);
  assert.equal(at('He spoke yesterday.', '2016-03-01T09:00:00Z', 'yesterday').value, '2016-02-29');
  assert.equal(at('He spoke last year.', '2016', 'last year').value, '2015');
});

// ---- robustness ----------------------------------------------------------------------------

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  '0', '1', '2', '19', '20', '2016', '1990s', '21', '31', '-', '–', '/', ',', '.', ':', ' ', ' ', ' ', '\n',
  'January', 'May', 'Dec.', 'Sept', 'Monday', 'in ', 'since ', 'between ', 'and ', 'the ', 'last ', 'week',
  'year', 'following ', 'ago', 'mid-', 'early ', '$', '€', 'million', 'bn', 'حماس', 'إيران', '\u200f', '\u200e',
  '\u200d', '\u200c', '\ufeff', '😀', '\ud800', '\udfff', 'é', '’s', "'", '(', ')',
];

function randomText(next: () => number): string {
  const n = Math.floor(next() * 40);
  let s = '';
  for (let i = 0; i < n; i++) s += PIECES[Math.floor(next() * PIECES.length)] ?? '';
  return s;
}

test('property: every mention is a true slice of its input, for 2,000 random strings', () => {
  const next = rng(20160421);
  const pubs = [null, '2016-02-18', '2016-02', '2016', 'garbage'];
  for (let i = 0; i < 2000; i++) {
    const input = randomText(next);
    const found = findDates(input, pubs[i % pubs.length] ?? null);
    let prevStart = -1;
    for (const m of found) {
      assert.ok(m.start >= 0 && m.start < m.end && m.end <= input.length, JSON.stringify({ input, m }));
      assert.equal(m.text, input.slice(m.start, m.end));
      assert.ok(m.start >= prevStart, 'sorted by start');
      assert.ok(m.value === null || /^\d{4}(-\d{2}(-\d{2})?)?$/.test(m.value), m.value ?? '');
      prevStart = m.start;
    }
  }
});

test('a 5 MB single paragraph returns', () => {
  const para =
    'Iran resumed funding on Monday after a rift that began in 2015, officials said; between 2011 and 2013 ' +
    'Hamas lost support, and in April last year some 400 leaders met. The following year, aid of $70 million ' +
    'annually flowed again, in mid-2014 and in the 1990s too. حماس \u200f\u200d ';
  const text = para.repeat(Math.ceil(5_000_000 / para.length));
  const t0 = performance.now();
  const found = findDates(text, '2016-02-18');
  const ms = performance.now() - t0;
  console.log(`findDates: ${(text.length / 1e6).toFixed(1)} MB in ${ms.toFixed(0)} ms (${(text.length / 1e6 / (ms / 1000)).toFixed(1)} MB/s), ${found.length} mentions`);
  assert.ok(Array.isArray(found));
});
