import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findAmounts, type AmountMention } from './index.ts';

function only(text: string): AmountMention {
  const found = findAmounts(text);
  assert.equal(found.length, 1, `${text} → ${JSON.stringify(found.map((a) => a.text))}`);
  return found[0] as AmountMention;
}

function brief(a: AmountMention): [string, number, string, AmountMention['per'], boolean] {
  return [a.text, a.value, a.currency, a.per, a.approximate];
}

test('symbol before the number, with scale words and abbreviations', () => {
  const cases: [string, string, number, string][] = [
    ['Iran gave the group $70 million last year.', '$70 million', 70e6, 'USD'],
    ['Tehran sent $70m to Gaza.', '$70m', 70e6, 'USD'],
    ['Tehran sent $70mn to Gaza.', '$70mn', 70e6, 'USD'],
    ['Qatar pledged US$ 1.5 billion for reconstruction.', 'US$ 1.5 billion', 1.5e9, 'USD'],
    ['Qatar pledged US$1.5bn for reconstruction.', 'US$1.5bn', 1.5e9, 'USD'],
    ['The fighters were paid $7,000 each.', '$7,000', 7000, 'USD'],
    ['Brussels froze €20 million in aid.', '€20 million', 20e6, 'EUR'],
    ['London gave £5m to the agency.', '£5m', 5e6, 'GBP'],
    ['The Fund approved a $1.5-billion loan.', '$1.5-billion', 1.5e9, 'USD'],
    ['A transfer of USD 300,000 was seized.', 'USD 300,000', 300000, 'USD'],
    ['Israel withheld NIS 3 billion in taxes.', 'NIS 3 billion', 3e9, 'ILS'],
    ['A reward of $5k was offered.', '$5k', 5000, 'USD'],
  ];
  for (const [text, span, value, currency] of cases) {
    assert.deepEqual(brief(only(text)), [span, value, currency, null, false], text);
  }
});

test('currency word after the number', () => {
  const cases: [string, string, number, string][] = [
    ['Iran provided 70 million dollars to the group.', '70 million dollars', 70e6, 'USD'],
    ['Brussels released 20 million euros for Gaza.', '20 million euros', 20e6, 'EUR'],
    ['Riyadh pledged 200 million riyals to the Authority.', '200 million riyals', 200e6, 'SAR'],
    ['Doha paid 50 million Qatari riyals in salaries.', '50 million Qatari riyals', 50e6, 'QAR'],
    ['Israel froze 3 billion shekels of tax revenue.', '3 billion shekels', 3e9, 'ILS'],
    ['Cairo spent 5 million Egyptian pounds on the crossing.', '5 million Egyptian pounds', 5e6, 'EGP'],
    ['Iran budgeted 2 trillion rials for the fund.', '2 trillion rials', 2e12, 'IRR'],
    ['Ankara sent 10 million Turkish lira in aid.', '10 million Turkish lira', 10e6, 'TRY'],
    ['The donor gave half a billion dollars.', 'half a billion dollars', 0.5e9, 'USD'],
    ['Nobody has a million dollars to spare.', 'a million dollars', 1e6, 'USD'],
    ['The wire carried 300,000 USD.', '300,000 USD', 300000, 'USD'],
    ['He was paid 1 million tomans.', '1 million tomans', 10e6, 'IRR'], // a toman is ten rials
  ];
  for (const [text, span, value, currency] of cases) {
    assert.deepEqual(brief(only(text)), [span, value, currency, null, false], text);
  }
});

test('period: annual, monthly, one-off', () => {
  assert.deepEqual(brief(only('Iran gives the movement exceeding 45 million dollars annually, sources said.')),
    ['45 million dollars annually', 45e6, 'USD', 'year', true]);
  assert.deepEqual(brief(only('The group receives $70m in annual assistance from Tehran.')),
    ['$70m in annual assistance', 70e6, 'USD', 'year', false]);
  assert.deepEqual(brief(only('Tehran pays $100 million a year to Hezbollah.')),
    ['$100 million a year', 100e6, 'USD', 'year', false]);
  assert.equal(only('The wing had an annual budget of $50 million.').per, 'year');
  assert.equal(only('Each fighter drew a monthly stipend of $300.').per, 'month');
  assert.equal(only('Families get $200 per month from the fund.').per, 'month');
  assert.equal(only('Families get $200 monthly from the fund.').text, '$200 monthly');
  assert.equal(only('Doha made a one-time grant of $30 million.').per, 'once');
  assert.equal(only('Doha made a single payment of $30 million.').per, 'once');
  assert.equal(only('The party pledged $10 million per year until 2020.').per, 'year');
  assert.equal(only('Salaries cost $25m each month.').per, 'month');
  assert.equal(only('Salaries cost $300/month.').per, 'month');
  // "a year ago" is when, not how often.
  const ago = only('The fund held $100 million a year ago.');
  assert.deepEqual([ago.text, ago.per], ['$100 million', null]);
  // A period word far away or in another clause does not count.
  assert.equal(only('Its annual report said Iran gave $70m.').per, null);
  assert.equal(only('At the annual conference, Iran pledged $70m.').per, null);
});

test('approximate amounts', () => {
  for (const lead of ['about', 'around', 'an estimated', 'some', 'nearly', 'up to', 'more than', 'over', 'roughly', 'at least']) {
    const a = only(`Iran sent ${lead} $70 million to the group.`);
    assert.deepEqual([a.text, a.approximate], ['$70 million', true], lead);
  }
  assert.equal(only('Iran sent $70 million or more.').approximate, true);
  assert.equal(only('Iran sent $70m-plus.').approximate, true);
  const range = only('Estimates ran to $70-100 million.');
  assert.deepEqual([range.value, range.approximate], [70e6, true]);
  assert.equal(only('Iran sent exactly $70 million.').approximate, false);
});

test('several amounts in one sentence keep their order', () => {
  const found = findAmounts('Saudi Arabia gave $1.5bn in 2012 and €20m in 2013, while Qatar gave 200 million riyals.');
  assert.deepEqual(found.map((a) => a.text), ['$1.5bn', '€20m', '200 million riyals']);
});

test('no amounts from counts, years, dates or vague sums', () => {
  const traps = [
    'In 2013, 500 operatives and 400 leaders met in Beirut.',
    'The group has 2,000 fighters and 1.5 million supporters.',
    'Talks resumed on 21 December 2016 at 11:05.',
    'Iran spent tens of millions of dollars on the group.',
    'The war cost hundreds of millions of dollars and billions of euros.',
    'The bomb carried 2,000 pounds of explosives.',
    'Prices are given in 2013 dollars.',
    'Some 3 million people live in Gaza; 70 million Iranians voted.',
    'The 500 try again; the USA spent money.',
    'Flight 2016 landed at 10am; the ratio was 3:1.',
  ];
  for (const t of traps) assert.deepEqual(findAmounts(t).map((a) => a.text), [], t);
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
  '0', '1', '7', '70', '2016', '1,500', '.5', ',', '.', '-', '–', '/', ' ', ' ', ' ', '\n', '$', 'US$', '€', '£',
  '₪', 'USD', 'NIS', 'million', 'bn', 'm', 'k', 'dollars', 'riyals', 'Saudi ', 'a year', 'annually', 'monthly',
  'about ', 'up to ', 'half a ', 'tens of ', 'of ', 'May', 'in ', 'حماس', 'ريال', '\u200f', '\u200e', '\u200d',
  '\u200c', '\ufeff', '😀', '\ud800', '\udfff', 'é', '(', ')',
];

function randomText(next: () => number): string {
  const n = Math.floor(next() * 40);
  let s = '';
  for (let i = 0; i < n; i++) s += PIECES[Math.floor(next() * PIECES.length)] ?? '';
  return s;
}

test('property: every mention is a true slice of its input, for 2,000 random strings', () => {
  const next = rng(70_000_000);
  for (let i = 0; i < 2000; i++) {
    const input = randomText(next);
    const found = findAmounts(input);
    let prevEnd = 0;
    for (const a of found) {
      assert.ok(a.start >= 0 && a.start < a.end && a.end <= input.length, JSON.stringify({ input, a }));
      assert.equal(a.text, input.slice(a.start, a.end));
      assert.ok(a.start >= prevEnd, 'sorted, not overlapping');
      assert.ok(Number.isFinite(a.value) && a.value > 0);
      assert.match(a.currency, /^[A-Z]{3}$/);
      prevEnd = a.end;
    }
  }
});

test('a 5 MB single paragraph returns', () => {
  const para =
    'Iran gave the group about $70 million annually since 2009, while Saudi Arabia pledged 200 million riyals ' +
    'and 400 leaders met; tens of millions of dollars and €20m in 2013 flowed. حماس \u200f\u200d ';
  const text = para.repeat(Math.ceil(5_000_000 / para.length));
  const t0 = performance.now();
  const found = findAmounts(text);
  const ms = performance.now() - t0;
  console.log(`findAmounts: ${(text.length / 1e6).toFixed(1)} MB in ${ms.toFixed(0)} ms (${(text.length / 1e6 / (ms / 1000)).toFixed(1)} MB/s), ${found.length} mentions`);
  assert.ok(Array.isArray(found));
});
