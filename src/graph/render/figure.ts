// A ledger figure in words: "$30m per year", "≈$4.2m per year (15 million shekels a year)".
import type { Figure } from '../ledger.ts';
import { formatUsd } from '../usd.ts';

export function describeFigure(figure: Figure): string {
  const written = figure.amount.text || `${figure.amount.value} ${figure.amount.currency}`;
  if (figure.usdPerYear === null) return `${written} (no USD rate for ${figure.amount.currency})`;
  const usd = `${figure.amount.currency === 'USD' ? '' : '≈'}${formatUsd(figure.usdPerYear)}`;
  const per = figure.basis === 'per year' || figure.basis === 'per month' ? '/yr'
    : figure.basis === 'one-off' ? ' one-off' : ' (period not stated)';
  return `${usd}${per}`;
}
