// The flows view: money and arms by year (stacked bars, USD per year), every flow
// line with its figures and who claims each, disputed figures marked.
import { get } from '../api.ts';
import { busy, errorBox, ready } from '../app-context.ts';
import { actorInput } from '../actor-input.ts';
import { flowBars } from '../charts/flow-bars.ts';
import { clear, h } from '../dom.ts';
import { openEvidence } from '../evidence.ts';
import { amountText, plural, usd } from '../format.ts';
import { go, type Route } from '../router.ts';
import type { FlowLine, FlowYear, Paged, Report } from '../types.ts';
import { coloured } from './dyad.ts';

interface FlowsResponse extends Paged<FlowLine> {
  years: FlowYear[];
}

export async function renderFlows(main: HTMLElement, route: Route): Promise<void> {
  busy();
  const patron = route.query.get('patron') ?? '';
  const client = route.query.get('client') ?? '';
  const rollup = route.query.get('rollup') === '1';
  const patronInput = actorInput('flow-patron', 'Patron (optional)', patron);
  const clientInput = actorInput('flow-client', 'Client (optional)', client);
  patronInput.input.required = false;
  clientInput.input.required = false;
  const rollupBox = h('input', { type: 'checkbox', id: 'flow-rollup', checked: rollup });
  const form = h('form', { class: 'inline-form', 'aria-label': 'Filter flows' }, patronInput.field, clientInput.field,
    h('label', { class: 'check' }, rollupBox, ' Count wings and agencies as their movement or state'), h('button', { type: 'submit' }, 'Show'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    go('flows', [], { patron: patronInput.input.value.trim() || null, client: clientInput.input.value.trim() || null, rollup: rollupBox.checked });
  });
  const body = h('div', {}, h('p', { class: 'status' }, 'Loading…'));
  clear(main);
  main.append(h('div', { class: 'view' }, h('div', { class: 'view-head' }, h('h1', {}, 'Flows'),
    h('p', { class: 'lede' }, 'Money and arms by year, in US dollars per year. A dashed outline and “?” mark a year where reports give different figures; a tick shows the lower one. Hatched bars are pledges.')), form, body));
  let data: FlowsResponse;
  try {
    data = await get<FlowsResponse>('flows', { patron: patron || null, client: client || null, rollup, limit: 1000 });
  } catch (error) {
    body.replaceChildren(errorBox(error));
    ready('flows');
    return;
  }
  if (data.items.length === 0) {
    body.replaceChildren(h('p', {}, 'No money or arms flows match.'));
    ready('flows');
    return;
  }
  const chartBox = h('div', { class: 'chart-box', id: 'flow-chart' });
  const pairLegend = h('p', { class: 'legend' });
  const open = (year: string, pair: string) => {
    const lines = data.items.filter((l) => l.year === year && `${l.patron.name} → ${l.client.name}` === pair);
    openEvidence(flowEvidence(lines, `${pair}, ${year}`));
  };
  const draw = () => {
    const width = Math.max(320, Math.floor(chartBox.clientWidth || 900));
    const { svg, pairs } = flowBars(data.years, width, open);
    chartBox.replaceChildren(svg);
    pairLegend.replaceChildren(...pairs.map(([pair, colour]) => h('span', { class: 'legend-item' }, coloured(h('span', { class: 'swatch' }), colour), ` ${pair}`)));
  };
  body.replaceChildren(
    h('p', { class: 'muted' }, `${plural(data.total, 'flow line')} over ${plural(data.years.length, 'year')}`),
    chartBox, pairLegend, h('h2', {}, 'Every flow'), flowTable(data.items));
  requestAnimationFrame(draw);
  ready('flows');
}

function flowEvidence(lines: FlowLine[], title: string) {
  const reports: Report[] = lines.flatMap((line) => (line.figures.length > 0 ? line.figures.flatMap((f) => f.reports) : line.reports));
  const facts: [string, string][] = lines.flatMap((line) => line.figures.map((f): [string, string] =>
    [`${line.kind}`, `${f.usdPerYear === null ? amountText(f.amount) : `${usd(f.usdPerYear)} a year`} — ${f.claimedBy.join('; ')}`]));
  return { title, subtitle: lines.some((l) => l.disputed) ? 'Reports disagree on the figure' : undefined, facts, reports };
}

export function flowTable(lines: FlowLine[]): HTMLElement {
  return h('div', { class: 'table-wrap' }, h('table', { class: 'flow-table' },
    h('thead', {}, h('tr', {}, ...['Year', 'Patron → client', 'Flow', 'Figure (USD)', 'Claimed by', 'Sources', ''].map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, ...lines.flatMap((line) => {
      const figures = line.figures.length > 0 ? line.figures : [null];
      return figures.map((f, i) => h('tr', { class: line.disputed ? 'disputed' : '' },
        h('td', {}, i === 0 ? (line.year ?? 'undated') : ''),
        h('td', {}, i === 0 ? `${line.patron.name} → ${line.client.name}` : ''),
        h('td', {}, i === 0 ? `${line.kind}${line.modes.length ? ` (${line.modes.join(', ')})` : ''}` : ''),
        h('td', {}, f === null ? 'amount not stated' : `${i > 0 ? 'vs ' : ''}${f.usdPerYear === null ? amountText(f.amount) : `${usd(f.usdPerYear)}/yr`}`,
          line.disputed && i === 0 ? h('span', { class: 'badge badge-warn' }, 'disputed') : null),
        h('td', {}, f === null ? '' : f.claimedBy.join('; ')),
        h('td', { class: 'num' }, i === 0 ? String(line.sources) : ''),
        h('td', {}, h('button', { type: 'button', class: 'link-button', onclick: (ev: Event) =>
          openEvidence(flowEvidence([f === null ? line : { ...line, figures: [f] }], `${line.patron.name} → ${line.client.name}, ${line.year ?? 'undated'}`), ev.currentTarget as HTMLElement) }, 'evidence'))));
    }))));
}
