// The dyad view: two actors' relation state over time as a chart with their events as
// marks, then the events, the flows between them and the claims that disagree.
import { get, seg } from '../api.ts';
import { busy, errorBox, ready } from '../app-context.ts';
import { actorInput } from '../actor-input.ts';
import { dyadChart, shorten } from '../charts/dyad-chart.ts';
import { clear, h } from '../dom.ts';
import { eventEvidence, openEvidence } from '../evidence.ts';
import { amountText, arrow, eventLabel, outletOf, plural } from '../format.ts';
import { STATE_COLOURS } from '../palette.ts';
import { go, type Route } from '../router.ts';
import type { Conflict, DyadResponse, EventItem, FlowLine, NetworkResponse } from '../types.ts';
import { conflictList } from './conflicts.ts';
import { flowTable } from './flows.ts';

export async function renderDyad(main: HTMLElement, route: Route): Promise<void> {
  busy();
  const [a = '', b = ''] = route.args;
  const period = ['year', 'quarter', 'month'].includes(route.query.get('period') ?? '') ? route.query.get('period')! : 'year';
  const rollup = route.query.get('rollup') === '1';
  const inputA = actorInput('dyad-a', 'First actor', a);
  const inputB = actorInput('dyad-b', 'Second actor', b);
  const periodSelect = h('select', { id: 'dyad-period' }, ...['year', 'quarter', 'month'].map((p) => h('option', { value: p, selected: p === period }, p)));
  const rollupBox = h('input', { type: 'checkbox', id: 'dyad-rollup', checked: rollup });
  const form = h('form', { class: 'inline-form', 'aria-label': 'Choose two actors' },
    inputA.field, inputB.field,
    h('div', { class: 'field' }, h('label', { for: 'dyad-period' }, 'Period'), periodSelect),
    h('label', { class: 'check' }, rollupBox, ' Include wings and officials'),
    h('button', { type: 'submit' }, 'Show'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    go('dyad', [inputA.input.value.trim(), inputB.input.value.trim()], { period: period === 'year' && periodSelect.value === 'year' ? null : periodSelect.value, rollup: rollupBox.checked });
  });
  const body = h('div', { class: 'dyad-body' });
  clear(main);
  main.append(h('div', { class: 'view' }, h('div', { class: 'view-head' }, h('h1', {}, 'Dyad'),
    h('p', { class: 'lede' }, 'How a relation warmed, broke and mended: the state per period, every event as a mark. Hover a mark to read it; click it for the evidence.')), form, body));

  if (!a || !b) {
    body.append(await suggestions());
    ready('dyad');
    return;
  }
  body.append(h('p', { class: 'status' }, 'Loading…'));
  let data: DyadResponse;
  try {
    data = await get<DyadResponse>('dyad', { a, b, period, rollup });
  } catch (error) {
    body.replaceChildren(errorBox(error));
    ready('dyad');
    return;
  }
  body.replaceChildren(...dyadBody(data));
  ready('dyad');
}

function dyadBody(data: DyadResponse): HTMLElement[] {
  const title = h('h2', { id: 'dyad-title' }, `${data.a.name} – ${data.b.name}`);
  const counts = h('p', { class: 'muted' }, `${plural(data.counts.events, 'event')} from ${plural(data.counts.reports, 'report')} in ${plural(data.counts.documents, 'document')}`,
    ' · ', h('a', { href: `#/actor/${seg(data.a.id)}` }, data.a.name), ' · ', h('a', { href: `#/actor/${seg(data.b.id)}` }, data.b.name));
  if (data.events.length === 0) return [title, counts, h('p', {}, 'No events between these two actors yet.')];
  const chartBox = h('div', { class: 'chart-box', id: 'dyad-chart' });
  const draw = () => {
    const width = Math.max(320, Math.floor(chartBox.clientWidth || 900));
    chartBox.replaceChildren(dyadChart(data.state, data.events, width, (event, mark) => openEvidence(eventEvidence(event), mark as unknown as HTMLElement)));
  };
  requestAnimationFrame(draw);
  let resizeTimer: number | undefined;
  new ResizeObserver(() => { window.clearTimeout(resizeTimer); resizeTimer = window.setTimeout(draw, 120); }).observe(chartBox);
  const stateLegend = h('p', { class: 'legend' }, ...Object.entries(STATE_COLOURS).map(([state, colour]) =>
    h('span', { class: 'legend-item' }, coloured(h('span', { class: 'swatch' }), colour), ` ${state}`)),
    h('span', { class: 'legend-item' }, '● filled: happened · ○ hollow: said not to'));
  const sections: HTMLElement[] = [title, counts, chartBox, stateLegend,
    h('h3', {}, 'Relation state'), stateTable(data),
    h('h3', {}, `Events (${data.events.length})`), eventTable(data.events)];
  if (data.flows.length > 0) sections.push(h('h3', {}, 'Flows'), flowTable(data.flows as FlowLine[]));
  if (data.conflicts.length > 0) sections.push(h('h3', {}, 'Disagreements'), conflictList(data.conflicts as Conflict[]));
  return sections;
}

function stateTable(data: DyadResponse): HTMLElement {
  const byId = new Map(data.events.map((e) => [e.id, e]));
  return h('div', { class: 'table-wrap' }, h('table', { class: 'state-table' },
    h('thead', {}, h('tr', {}, ...['Period', 'Score', 'Events', 'State', 'Changed by'].map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, ...data.state.map((p) => h('tr', {},
      h('td', {}, p.period), h('td', { class: 'num' }, p.score > 0 ? `+${p.score}` : String(p.score)), h('td', { class: 'num' }, String(p.events)),
      h('td', {}, coloured(h('span', { class: 'state-pill' }, p.changed ? p.state : `(${p.state})`), STATE_COLOURS[p.state] ?? '#4a5262')),
      h('td', {}, ...p.causes.map((id) => byId.get(id)).filter((e): e is EventItem => e !== undefined).flatMap((e, i) => [i > 0 ? '; ' : '',
        h('button', { type: 'button', class: 'link-button', onclick: (ev: Event) => openEvidence(eventEvidence(e), ev.currentTarget as HTMLElement) },
          `${eventLabel(e.type, e.mode)} ${arrow(e)}`)])))))));
}

export function eventTable(events: EventItem[]): HTMLElement {
  return h('div', { class: 'table-wrap' }, h('table', { class: 'event-table' },
    h('thead', {}, h('tr', {}, ...['Date', 'Event', 'Actors', 'Amount', 'Sources', 'Evidence'].map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, ...events.map((e) => h('tr', { 'data-event': e.id },
      h('td', { class: 'nowrap' }, e.date?.value ?? 'undated'),
      h('td', {}, eventLabel(e.type, e.mode), e.modality !== 'asserted' ? h('span', { class: 'muted' }, ` (${e.modality})`) : null, e.negated ? h('span', { class: 'badge' }, 'not') : null),
      h('td', {}, arrow(e)),
      h('td', {}, amountText(e.amount)),
      h('td', { class: 'num' }, String(e.sources)),
      h('td', {}, h('button', { type: 'button', class: 'link-button evidence-button', onclick: (ev: Event) => openEvidence(eventEvidence(e), ev.currentTarget as HTMLElement) },
        `“${shorten(e.reports[0]?.evidence.text ?? '', 90)}”`), h('span', { class: 'muted' }, ` ${outletOf(e.reports[0]!.document)}`)))))));
}

async function suggestions(): Promise<HTMLElement> {
  try {
    const network = await get<NetworkResponse>('network');
    const name = new Map(network.nodes.map((n) => [n.id, n.name]));
    const top = network.ties.slice(0, 8);
    return h('div', {}, h('p', {}, 'Pick two actors, or start from the ties with most events:'),
      h('ul', { class: 'chips' }, ...top.map((t) => h('li', {}, h('a', { href: `#/dyad/${seg(t.a)}/${seg(t.b)}`, class: 'chip' }, `${name.get(t.a)} – ${name.get(t.b)} (${t.events})`)))));
  } catch (error) {
    return errorBox(error);
  }
}

/** A background colour set through the CSSOM: the CSP forbids style attributes, not this. */
export function coloured<T extends HTMLElement>(el: T, colour: string): T {
  el.style.backgroundColor = colour;
  return el;
}
