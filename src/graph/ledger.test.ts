// The funding ledger: yearly USD figures, and disagreeing figures side by side.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { consolidate } from './consolidate.ts';
import { buildLedger } from './ledger.ts';
import { amountConflicts } from './conflicts.ts';
import { describeFigure } from './render/figure.ts';
import { report } from './test-reports.ts';
import { formatUsd, toUsdPerYear } from './usd.ts';

const money = (value: number, per: 'year' | 'month' | 'once' | null, currency = 'USD', text = '') => ({ value, currency, per, text });
const names: Record<string, string> = { iran: 'Iran', hamas: 'Hamas', 'us-officials': 'US officials', 'israel': 'Israel' };
const nameOf = (id: string) => names[id] ?? id;

describe('funding ledger', () => {
  it('puts amounts in US dollars per year', () => {
    assert.deepEqual(toUsdPerYear(money(2_500_000, 'month')), { usdPerYear: 30_000_000, basis: 'per month' });
    assert.deepEqual(toUsdPerYear(money(90, 'year', 'EUR')), { usdPerYear: 100, basis: 'per year' });
    assert.deepEqual(toUsdPerYear(money(250e6, null)), { usdPerYear: 250e6, basis: 'period not stated' });
    assert.deepEqual(toUsdPerYear(money(5, 'once', 'XYZ')), { usdPerYear: null, basis: 'one-off' });
    assert.equal(formatUsd(1_500_000_000), '$1.5bn');
    assert.equal(formatUsd(70_000_000), '$70m');
  });

  const events = consolidate([
    report({ text: 'Iran gives Hamas $30 million a year, US officials said.', type: 'AID', mode: 'economic', source: 'iran', target: 'hamas',
      date: '2014', amount: money(30e6, 'year', 'USD', '$30 million a year'), attribution: 'us-officials', outlet: 'Levant Wire' }),
    report({ text: 'Iran pays Hamas about $2.5 million a month, the paper said.', type: 'AID', mode: 'economic', source: 'iran', target: 'hamas',
      date: '2014-06', amount: money(2.5e6, 'month', 'USD', '$2.5 million a month'), outlet: 'Gulf Dispatch' }),
    report({ text: 'Israel says Iran gave Hamas $100 million in 2014.', type: 'AID', mode: 'economic', source: 'iran', target: 'hamas',
      date: '2014', amount: money(100e6, null, 'USD', '$100 million'), attribution: 'israel', outlet: 'Cedar Post' }),
    report({ text: 'Iran pledged $50 million to Hamas in 2014.', type: 'AID', mode: 'economic', source: 'iran', target: 'hamas',
      date: '2014-09', modality: 'pledged', amount: money(50e6, null, 'USD', '$50 million') }),
    report({ text: 'Iran cut its funding to Hamas in 2015.', type: 'SANCTION', mode: 'withdraw', source: 'iran', target: 'hamas', date: '2015' }),
    report({ text: 'Iran never stopped arming Hamas, an official said.', type: 'SANCTION', mode: 'withdraw', source: 'iran', target: 'hamas', date: '2015', negated: true }),
  ]);
  const ledger = buildLedger(events, nameOf);

  it('lists flows by year, patron and client, keeping aid, pledges and cuts apart', () => {
    assert.deepEqual(ledger.map((l) => [l.year, l.patron, l.client, l.kind, l.figures.length, l.disputed]), [
      ['2014', 'iran', 'hamas', 'aid', 2, true],
      ['2014', 'iran', 'hamas', 'pledge', 1, false],
      ['2015', 'iran', 'hamas', 'cut', 0, false],
      ['2015', 'iran', 'hamas', 'cut denied', 0, false],
    ]);
  });

  it('merges figures that agree and shows those that do not side by side, with who claims each', () => {
    const [aid] = ledger;
    assert.deepEqual(aid!.figures.map((f) => [f.usdPerYear, f.basis, f.claimedBy]), [
      [100e6, 'period not stated', ['Israel (Cedar Post)']],
      [30e6, 'per year', ['US officials (Levant Wire)', 'Gulf Dispatch']],
    ]);
    assert.equal(aid!.sources, 3);
    const [conflict] = amountConflicts(ledger, describeFigure);
    assert.equal(conflict?.kind, 'amount');
    assert.deepEqual(conflict?.sides.map((s) => [s.claim, s.reports.length]), [['$100m (period not stated)', 1], ['$30m/yr', 2]]);
  });
});
