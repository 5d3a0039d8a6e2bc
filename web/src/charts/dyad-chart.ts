// The dyad chart: the relation state per period as a band of labelled colours, the
// period's score as bars above (cooperative) or below (conflictual) zero, and every
// event as a mark on the time axis — above the line when cooperative, below when
// conflictual, larger with more sources. Marks are buttons: hover or focus shows the
// event, click or Enter opens its evidence.
import { s } from '../dom.ts';
import { arrow, eventLabel, yearFraction } from '../format.ts';
import { MUTED, STATE_COLOURS, TEXT, TIE_COLOURS } from '../palette.ts';
import type { EventItem, StatePeriod } from '../types.ts';
import { hideTooltip, showTooltip } from './tooltip.ts';

const HEIGHT = 330;
const PAD = { left: 44, right: 16 };
const BAND = { top: 8, height: 26 };
const BARS = { top: 48, height: 120 };
const MARKS = { top: 196, height: 104 };

export function dyadChart(series: StatePeriod[], events: EventItem[], width: number, onOpen: (event: EventItem, mark: Element) => void): SVGSVGElement {
  const dated = events.filter((e) => e.date !== null);
  const starts = [...series.map((p) => periodStart(p.period)), ...dated.map((e) => yearFraction(e.date!.value))];
  const first = Math.floor(Math.min(...starts));
  const last = Math.floor(Math.max(...starts)) + 1;
  const x = (t: number) => PAD.left + ((t - first) / Math.max(1, last - first)) * (width - PAD.left - PAD.right);
  const svg = s('svg', { class: 'chart dyad-chart', viewBox: `0 0 ${width} ${HEIGHT}`, width: String(width), height: String(HEIGHT), role: 'group', 'aria-label': 'Relation state and events over time' });

  // Years on the axis: every year when few, else every 2nd, 5th or 10th.
  const span = last - first;
  const step = span <= 12 ? 1 : span <= 24 ? 2 : span <= 60 ? 5 : 10;
  const axis = s('g', { class: 'axis' });
  for (let year = Math.ceil(first / step) * step; year <= last; year += step) {
    axis.append(
      s('line', { x1: x(year), x2: x(year), y1: BARS.top, y2: MARKS.top + MARKS.height, stroke: '#d5d9e0', 'stroke-width': '1' }),
      s('text', { x: x(year), y: HEIGHT - 8, 'text-anchor': 'middle', fill: MUTED, 'font-size': '11' }, String(year)),
    );
  }
  svg.append(axis);

  // State band and score bars, one column per period.
  const maxScore = Math.max(1, ...series.map((p) => Math.abs(p.score)));
  const zero = BARS.top + BARS.height / 2;
  const band = s('g', { class: 'state-band' });
  const bars = s('g', { class: 'score-bars' });
  series.forEach((period, i) => {
    const x0 = x(periodStart(period.period));
    const x1 = x(periodEnd(period.period));
    const w = Math.max(2, x1 - x0 - 1);
    const colour = STATE_COLOURS[period.state] ?? MUTED;
    // A state holds until the next period with events: the band runs on to it.
    const next = series[i + 1];
    const held = (next ? x(periodStart(next.period)) : x1) - x0 - 1;
    band.append(s('rect', { x: x0, y: BAND.top, width: Math.max(w, held), height: BAND.height, fill: colour, rx: '2' },
      s('title', {}, `${period.period}: ${period.state}, score ${signed(period.score)}, ${period.events} events`)));
    if (period.changed && held > period.state.length * 7 + 6) {
      band.append(s('text', { x: x0 + 5, y: BAND.top + 17, fill: '#ffffff', 'font-size': '11', 'font-weight': '600' }, period.state));
    }
    const hgt = (Math.abs(period.score) / maxScore) * (BARS.height / 2 - 4);
    bars.append(s('rect', {
      x: x0 + w * 0.15, width: Math.max(1.5, w * 0.7), y: period.score >= 0 ? zero - hgt : zero, height: Math.max(1, hgt),
      fill: period.score >= 0 ? TIE_COLOURS.cooperative : TIE_COLOURS.conflictual, opacity: '0.85',
    }, s('title', {}, `${period.period}: score ${signed(period.score)}`)));
  });
  svg.append(
    band,
    s('text', { x: 4, y: zero - BARS.height / 2 + 12, fill: MUTED, 'font-size': '10' }, 'score'),
    s('line', { x1: PAD.left, x2: width - PAD.right, y1: zero, y2: zero, stroke: MUTED, 'stroke-width': '1' }),
    bars,
  );

  // Event marks, stacked where they crowd: cooperative above the line, conflictual below.
  const mid = MARKS.top + MARKS.height / 2;
  svg.append(
    s('line', { x1: PAD.left, x2: width - PAD.right, y1: mid, y2: mid, stroke: TEXT, 'stroke-width': '1' }),
    s('text', { x: 4, y: MARKS.top + 10, fill: MUTED, 'font-size': '10' }, 'events'),
  );
  const marks = s('g', { class: 'event-marks' });
  const stacks = new Map<string, number>();
  for (const event of dated) {
    const t = yearFraction(event.date!.value);
    const cx = x(t);
    const up = event.weight >= 0;
    const key = `${Math.round(cx / 9)}:${up}`;
    const level = stacks.get(key) ?? 0;
    stacks.set(key, level + 1);
    const cy = up ? mid - 10 - (level % 4) * 12 : mid + 10 + (level % 4) * 12;
    const r = Math.min(8, 4 + event.sources);
    const colour = event.weight > 0 ? TIE_COLOURS.cooperative : event.weight < 0 ? TIE_COLOURS.conflictual : TIE_COLOURS.mixed;
    const label = `${event.date!.value} ${eventLabel(event.type, event.mode)}${event.negated ? ' (not)' : ''}: ${arrow(event)}`;
    const mark = s('g', { class: 'event-mark', tabindex: '0', role: 'button', 'aria-label': `${label} — open its evidence`, 'data-event': event.id },
      s('circle', { cx, cy, r, fill: event.negated ? '#ffffff' : colour, stroke: colour, 'stroke-width': '2' }));
    const tip = () => showTooltip(mark, [label, `“${shorten(event.reports[0]?.evidence.text ?? '', 160)}”`, `${event.sources} source${event.sources === 1 ? '' : 's'} · ${event.modality}`]);
    mark.addEventListener('mouseenter', tip);
    mark.addEventListener('focus', tip);
    mark.addEventListener('mouseleave', hideTooltip);
    mark.addEventListener('blur', hideTooltip);
    mark.addEventListener('click', () => { hideTooltip(); onOpen(event, mark); });
    mark.addEventListener('keydown', (e) => {
      if ((e as KeyboardEvent).key === 'Enter' || (e as KeyboardEvent).key === ' ') {
        e.preventDefault();
        hideTooltip();
        onOpen(event, mark);
      }
    });
    marks.append(mark);
  }
  svg.append(marks);
  return svg;
}

function periodStart(period: string): number {
  const [year, part] = period.split('-');
  const y = Number(year);
  if (part === undefined) return y;
  if (part.startsWith('Q')) return y + (Number(part.slice(1)) - 1) / 4;
  return y + (Number(part) - 1) / 12;
}

function periodEnd(period: string): number {
  const [, part] = period.split('-');
  const start = periodStart(period);
  if (part === undefined) return start + 1;
  return start + (part.startsWith('Q') ? 1 / 4 : 1 / 12);
}

function signed(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}

export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
