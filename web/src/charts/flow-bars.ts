// Flows by year as stacked bars: each year's money and arms flows in USD per year,
// one colour per patron → client pair; pledges hatched; a disputed figure outlined
// with a "?" above it and its lower figure marked as a tick. Cuts and flows with no
// stated amount are counted under the axis.
import { s } from '../dom.ts';
import { usd } from '../format.ts';
import { MUTED, SERIES, TEXT } from '../palette.ts';
import type { FlowYear } from '../types.ts';
import { hideTooltip, showTooltip } from './tooltip.ts';

const HEIGHT = 300;
const PAD = { left: 56, right: 12, top: 22, bottom: 44 };

export function flowBars(years: FlowYear[], width: number, onOpen: (year: string, pair: string) => void): { svg: SVGSVGElement; pairs: [string, string][] } {
  const pairColour = new Map<string, string>();
  for (const year of years) for (const f of year.flows) {
    const key = `${f.patron.name} → ${f.client.name}`;
    if (f.usdPerYear !== null && !f.kind.startsWith('cut') && !pairColour.has(key)) pairColour.set(key, SERIES[pairColour.size % SERIES.length]!);
  }
  const totals = years.map((y) => y.flows.filter((f) => f.usdPerYear !== null && !f.kind.includes('denied') && !f.kind.startsWith('cut')).reduce((sum, f) => sum + f.usdPerYear!, 0));
  const max = Math.max(1, ...totals);
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const band = (width - PAD.left - PAD.right) / Math.max(1, years.length);
  const barW = Math.min(48, band * 0.7);
  const y = (v: number) => PAD.top + plotH - (v / max) * plotH;
  const svg = s('svg', { class: 'chart flow-chart', viewBox: `0 0 ${width} ${HEIGHT}`, width: String(width), height: String(HEIGHT), role: 'group', 'aria-label': 'Money and arms flows per year in US dollars' },
    s('defs', {}, ...[...pairColour.values()].map((colour, i) =>
      s('pattern', { id: `hatch-${i}`, width: '6', height: '6', patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
        s('rect', { width: '6', height: '6', fill: '#ffffff' }), s('rect', { width: '3', height: '6', fill: colour })))));
  for (const tick of niceTicks(max)) {
    svg.append(
      s('line', { x1: PAD.left, x2: width - PAD.right, y1: y(tick), y2: y(tick), stroke: '#d5d9e0' }),
      s('text', { x: PAD.left - 6, y: y(tick) + 4, 'text-anchor': 'end', fill: MUTED, 'font-size': '11' }, usd(tick)),
    );
  }
  const colourIndex = new Map([...pairColour.keys()].map((k, i) => [k, i]));
  years.forEach((year, i) => {
    const cx = PAD.left + band * i + band / 2;
    let base = 0;
    for (const f of year.flows) {
      const key = `${f.patron.name} → ${f.client.name}`;
      if (f.usdPerYear === null || f.kind.includes('denied') || f.kind.startsWith('cut')) continue;
      const top = y(base + f.usdPerYear);
      const bottom = y(base);
      const index = colourIndex.get(key) ?? 0;
      const pledge = f.kind === 'pledge';
      const label = `${year.year} ${key}: ${usd(f.usdPerYear)} a year${pledge ? ' (pledged)' : ''}${f.disputed ? `, disputed (low ${usd(f.lowUsdPerYear)})` : ''}`;
      const bar = s('rect', {
        x: cx - barW / 2, y: top, width: barW, height: Math.max(1, bottom - top),
        fill: pledge ? `url(#hatch-${index})` : pairColour.get(key)!, stroke: f.disputed ? TEXT : 'none', 'stroke-width': f.disputed ? '2' : '0',
        'stroke-dasharray': f.disputed ? '4 2' : null, tabindex: '0', role: 'button', 'aria-label': `${label} — open the reports`, class: 'flow-bar',
      });
      const tip = () => showTooltip(bar, [label, `${f.sources} source${f.sources === 1 ? '' : 's'}`]);
      bar.addEventListener('mouseenter', tip);
      bar.addEventListener('focus', tip);
      bar.addEventListener('mouseleave', hideTooltip);
      bar.addEventListener('blur', hideTooltip);
      bar.addEventListener('click', () => onOpen(year.year, key));
      bar.addEventListener('keydown', (e) => { if ((e as KeyboardEvent).key === 'Enter') onOpen(year.year, key); });
      svg.append(bar);
      if (f.disputed && f.lowUsdPerYear !== null) {
        svg.append(
          s('line', { x1: cx - barW / 2 - 3, x2: cx + barW / 2 + 3, y1: y(base + f.lowUsdPerYear), y2: y(base + f.lowUsdPerYear), stroke: TEXT, 'stroke-width': '2' }),
          s('text', { x: cx + barW / 2 + 4, y: top + 12, fill: TEXT, 'font-size': '12', 'font-weight': '700' }, '?'),
        );
      }
      base += f.usdPerYear;
    }
    const others = year.flows.filter((f) => f.usdPerYear === null || f.kind.startsWith('cut') || f.kind.includes('denied'));
    const cuts = others.filter((f) => f.kind === 'cut').length;
    svg.append(s('text', { x: cx, y: HEIGHT - PAD.bottom + 16, 'text-anchor': 'middle', fill: TEXT, 'font-size': '11' }, year.year));
    if (others.length > 0) {
      svg.append(s('text', { x: cx, y: HEIGHT - PAD.bottom + 32, 'text-anchor': 'middle', fill: MUTED, 'font-size': '10' },
        cuts > 0 ? `▼${cuts} cut${cuts > 1 ? 's' : ''}` : `+${others.length}`,
        s('title', {}, others.map((f) => `${f.patron.name} → ${f.client.name}: ${f.kind}${f.usdPerYear === null ? ', no amount stated' : ''}`).join('\n'))));
    }
  });
  return { svg, pairs: [...pairColour] };
}

function niceTicks(max: number): number[] {
  const raw = max / 4;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((v) => v >= raw) ?? raw;
  const ticks: number[] = [];
  for (let v = 0; v <= max * 1.001; v += step) ticks.push(v);
  return ticks;
}
