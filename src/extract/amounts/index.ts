// Money amounts in article text: "$70 million", "€20m", "200 million riyals", "USD 300,000", each
// with its currency (ISO 4217), value in units of that currency, period ("annually" → year) and
// whether it is approximate. Plain counts ("500 operatives") and years carry no currency and are
// never amounts; vague sums ("tens of millions of dollars") have no number and are skipped.
import { isApproximate, periodAround } from './context.ts';
import { PREFIX, prefixAlone, SUFFIX } from './find.ts';
import { parse } from './parse.ts';
import type { AmountMention } from './types.ts';

export type { AmountMention } from './types.ts';

// "in 2013 dollars" is a price level, not a sum of 2013 dollars.
const PRICE_LEVEL_BEFORE = /(?<![\w])(?:in|of)\s+$/i;
// "2,000 pounds of explosives" is a weight.
const WEIGHT_AFTER = /^\s+of\b/i;
const POUNDS = /^pounds?$/i;

interface Hit {
  start: number;
  end: number;
  groups: Record<string, string | undefined>;
}

/** The matches of the global regex `re`, left to right, as matchAll gives them; with `startsAt`,
 * only those it accepts, the search going on from the next position after one it refuses (as a
 * lookbehind failing there would). */
function hits(text: string, re: RegExp, startsAt?: (text: string, start: number) => boolean): Hit[] {
  const out: Hit[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const start = m.index;
    if (startsAt && !startsAt(text, start)) {
      re.lastIndex = start + 1;
      continue;
    }
    out.push({ start, end: start + m[0].length, groups: m.groups ?? {} });
  }
  return out;
}

/** Amount mentions in `text`, sorted by start. */
export function findAmounts(text: string): AmountMention[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  try {
    const all = [...hits(text, PREFIX, prefixAlone), ...hits(text, SUFFIX)].sort((a, b) => a.start - b.start || b.end - a.end);
    const out: AmountMention[] = [];
    let lastEnd = 0;
    for (const h of all) {
      if (h.start < lastEnd) continue; // "$70 million dollars": the prefix reading already took it
      const p = parse(h.groups);
      if (!p) continue;
      if (POUNDS.test(h.groups.unit ?? '') && WEIGHT_AFTER.test(text.slice(h.end, h.end + 4))) continue;
      if (p.bare && p.value >= 1900 && p.value <= 2100 && Number.isInteger(p.value) &&
          PRICE_LEVEL_BEFORE.test(text.slice(Math.max(0, h.start - 6), h.start))) continue;
      const period = periodAround(text, h.start, h.end);
      const end = h.end + period.extend;
      out.push({
        start: h.start,
        end,
        text: text.slice(h.start, end),
        value: p.value,
        currency: p.currency,
        per: period.per,
        approximate: p.range || isApproximate(text, h.start, h.end),
      });
      lastEnd = end;
    }
    return out;
  } catch {
    // An amount the finder cannot read must not cost the article its other facts; the tests run
    // random input through every path, so a bug shows there as a missing amount.
    return [];
  }
}
