// Amounts in US dollars per year, so that figures from different articles compare.
//
// Rates: approximate units of each currency per US dollar (2015–2024 averages,
// rounded). Entente runs offline and has no historical rate table, so a 1995 figure
// in pounds is converted at a recent rate: the result says "≈" and keeps the figure
// as written beside it. A currency missing here is shown unconverted.
import type { Amount } from '../contract.ts';

export const UNITS_PER_USD: Readonly<Record<string, number>> = {
  USD: 1, EUR: 0.9, GBP: 0.78, CHF: 0.95, JPY: 125, CNY: 6.8, CAD: 1.32, AUD: 1.4, HKD: 7.8,
  NZD: 1.5, SGD: 1.36, INR: 72, PKR: 180, RUB: 70, TRY: 12, ILS: 3.6, SAR: 3.75, QAR: 3.64,
  AED: 3.67, KWD: 0.3, BHD: 0.376, OMR: 0.385, JOD: 0.709, EGP: 20, IQD: 1300, LBP: 1507,
  SYP: 2500, IRR: 42000, YER: 250, LYD: 2.5, SDG: 300, TND: 3, MAD: 9.8, DZD: 135,
};

export type Basis = 'per year' | 'per month' | 'one-off' | 'period not stated';

export interface Normalized {
  /** US dollars per year, or null when the currency has no rate. */
  usdPerYear: number | null;
  basis: Basis;
}

/**
 * A yearly figure: a monthly one times twelve; a one-off sum or one whose period the
 * text does not give counts as that year's (and says so in `basis`).
 */
export function toUsdPerYear(amount: Amount): Normalized {
  const rate = UNITS_PER_USD[amount.currency.toUpperCase()];
  const basis: Basis = amount.per === 'year' ? 'per year' : amount.per === 'month' ? 'per month'
    : amount.per === 'once' ? 'one-off' : 'period not stated';
  if (rate === undefined) return { usdPerYear: null, basis };
  const yearly = amount.per === 'month' ? amount.value * 12 : amount.value;
  return { usdPerYear: Math.round(yearly / rate), basis };
}

/** "$30m", "$1.5bn", "$750k": short, for tables. */
export function formatUsd(value: number): string {
  const scaled = (n: number, unit: string) => `$${Number(n.toPrecision(3))}${unit}`;
  if (Math.abs(value) >= 1e9) return scaled(value / 1e9, 'bn');
  if (Math.abs(value) >= 1e6) return scaled(value / 1e6, 'm');
  if (Math.abs(value) >= 1e3) return scaled(value / 1e3, 'k');
  return `$${value}`;
}

/** Two figures agree when they are within 10% of each other ("about $30 million" and "$32 million"). */
export function sameFigure(a: number, b: number): boolean {
  return Math.abs(a - b) <= 0.1 * Math.max(Math.abs(a), Math.abs(b));
}
