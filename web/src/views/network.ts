// The network: actors as nodes (colour and shape by kind; wings and agencies drawn
// inside the actor they belong to), ties as edges (green for cooperative, red and
// dashed for conflictual, thicker with more sources). Laid out once by Cytoscape's
// fCoSE; the time slider then replays the years on the same layout by showing each
// year's ties with that year's figures.
import cytoscape, { type Core, type ElementDefinition, type NodeSingular, type EdgeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { apiUrl, get } from '../api.ts';
import { app, busy, errorBox, ready } from '../app-context.ts';
import { clear, h, s } from '../dom.ts';
import { plural } from '../format.ts';
import { KIND_COLOURS, KIND_LABELS, KIND_SHAPES, TEXT, TIE_COLOURS, kindColour, tieColour } from '../palette.ts';
import { go, replaceQuery, type Route } from '../router.ts';
import type { Kind, NetworkResponse, NetworkTie, YearFigures } from '../types.ts';

cytoscape.use(fcose);

interface Filters {
  types: string[];
  kinds: Kind[];
  minSources: number;
  rollup: boolean;
  limit: number;
  year: string | null;
}

const LIMITS = [30, 60, 100, 200, 500, 1000];
/** The server's default (src/server/routes/network.ts): left out of the address. */
const DEFAULT_LIMIT = 60;
const PLAY_MS = 1100;
const MAJOR_LABELS = 30;
const LAYOUT = {
  name: 'fcose', randomize: true, animate: false, padding: 20, idealEdgeLength: 55, nodeRepulsion: 3500, gravity: 0.9, gravityRange: 2.2,
  nestingFactor: 0.5, packComponents: true, tilingPaddingVertical: 12, tilingPaddingHorizontal: 12,
};

let cy: Core | null = null;
let playing: number | undefined;
/** The default network, asked for while the page is still loading the summary. */
let early: { url: string; response: Promise<NetworkResponse> } | null = null;

export function prefetchNetwork(): void {
  early = { url: apiUrl('network'), response: get<NetworkResponse>('network') };
  early.response.catch(() => {});
}

function loadNetwork(query: Parameters<typeof apiUrl>[1]): Promise<NetworkResponse> {
  const taken = early;
  early = null;
  if (taken && taken.url === apiUrl('network', query)) return taken.response;
  return get<NetworkResponse>('network', query);
}

export function leaveNetwork(): void {
  window.clearInterval(playing);
  playing = undefined;
  cy?.destroy();
  cy = null;
}

function filtersFrom(route: Route): Filters {
  const q = route.query;
  const list = (name: string) => (q.get(name) ?? '').split(',').filter(Boolean);
  const limit = Number(q.get('limit'));
  return {
    types: list('types').map((t) => t.toUpperCase()).filter((t) => app.summary.vocabulary.eventTypes.includes(t)),
    kinds: list('kinds').filter((k): k is Kind => (app.summary.vocabulary.entityKinds as string[]).includes(k)),
    minSources: Math.max(1, Number(q.get('minSources')) || 1),
    rollup: q.get('rollup') === '1',
    limit: LIMITS.includes(limit) ? limit : DEFAULT_LIMIT,
    year: q.get('year'),
  };
}

export async function renderNetwork(main: HTMLElement, route: Route): Promise<void> {
  leaveNetwork();
  busy();
  const filters = filtersFrom(route);
  const graph = h('div', { id: 'cy', class: 'graph', role: 'img', 'aria-label': 'Network of actors and their ties' });
  const status = h('p', { class: 'status', id: 'network-status', 'aria-live': 'polite' }, 'Loading the network…');
  const info = h('div', { class: 'info-card', id: 'selection', hidden: true });
  const slider = h('input', { type: 'range', id: 'year-slider', min: '0', max: '0', value: '0', step: '1', 'aria-describedby': 'year-label' });
  const yearLabel = h('output', { id: 'year-label', for: 'year-slider' }, 'All years');
  const play = h('button', { type: 'button', class: 'secondary', id: 'play', 'aria-pressed': 'false' }, '▶ Play');
  const focusInput = h('input', { type: 'search', id: 'focus-actor', list: 'network-actors', placeholder: 'Focus an actor…', 'aria-label': 'Focus an actor in the network' });
  const names = h('datalist', { id: 'network-actors' });
  const tieTable = h('details', { class: 'tie-table' }, h('summary', {}, 'Ties as a table'));

  clear(main);
  main.append(
    h('div', { class: 'view network-view' },
      h('div', { class: 'view-head' },
        h('h1', {}, 'Network'),
        h('p', { class: 'lede' }, 'Who deals with whom. Node shape and colour show the kind of actor; wings and agencies sit inside their parent. Green ties are cooperative, red dashed ones conflictual; thicker means more sources.')),
      h('div', { class: 'network-layout' },
        filterPanel(filters),
        h('section', { class: 'graph-area', 'aria-label': 'Graph' },
          h('div', { class: 'graph-tools' }, focusInput, names, status),
          graph,
          h('div', { class: 'timeline' }, play, h('label', { for: 'year-slider', class: 'slider-label' }, 'Year'), slider, yearLabel),
          info,
          legend(),
          tieTable)),
    ),
  );

  let data: NetworkResponse;
  try {
    data = await loadNetwork({
      types: filters.types, kinds: filters.kinds, minSources: filters.minSources > 1 ? filters.minSources : null,
      rollup: filters.rollup, limit: filters.limit === DEFAULT_LIMIT ? null : filters.limit,
    });
  } catch (error) {
    status.replaceWith(errorBox(error));
    ready('network');
    return;
  }
  const fetched = performance.now();
  if (!main.contains(graph)) return;
  if (data.nodes.length === 0) {
    status.textContent = 'No ties match these filters — loosen them, or add articles on the Ingest page.';
    ready('network');
    return;
  }

  const ties = new Map(data.ties.map((t) => [tieId(t), t]));
  const maxDegree = Math.max(1, ...data.nodes.map((n) => n.degree));
  // The most connected actors are always labelled; the others when zoomed in.
  const majorDegree = [...data.nodes].filter((n) => !n.context).map((n) => n.degree).sort((x, y) => y - x)[MAJOR_LABELS - 1] ?? 0;
  const positions = firstPositions(data.nodes);
  const elements: ElementDefinition[] = [
    ...data.nodes.map((n) => ({
      group: 'nodes' as const,
      position: positions.get(n.id)!,
      data: {
        id: n.id, label: n.name, kind: n.kind ?? 'other', colour: kindColour(n.kind), shape: KIND_SHAPES[n.kind ?? 'other'],
        size: Math.round(16 + 34 * Math.sqrt(n.degree / maxDegree)), degree: n.degree, major: n.degree >= Math.max(2, majorDegree),
        ...(n.parent ? { parent: n.parent } : {}),
      },
    })),
    ...data.ties.map((t) => ({ group: 'edges' as const, data: { id: tieId(t), source: t.a, target: t.b, ...edgeLook(t.score, t.sources) } })),
  ];
  names.replaceChildren(...data.nodes.map((n) => h('option', { value: n.name })));

  const started = performance.now();
  cy = cytoscape({
    container: graph,
    elements,
    style: networkStyle(),
    // First the actors on a spiral by number of ties, hubs in the middle (computed above,
    // no layout to run), so that the first view is up at once; fCoSE's force-directed
    // layout follows and moves them into place (below).
    layout: { name: 'preset', padding: 20 },
    minZoom: 0.1,
    maxZoom: 4,
    boxSelectionEnabled: false,
  });
  graph.dataset.layout = 'spiral';
  document.body.dataset.timing = JSON.stringify({ fetched: Math.round(fetched), drawn: Math.round(performance.now() - started) });

  const years = data.years;
  slider.max = String(years.length);
  const showYear = (index: number) => {
    const year = index === 0 ? null : (years[index - 1] ?? null);
    slider.value = String(index);
    yearLabel.textContent = year ?? 'All years';
    slider.setAttribute('aria-valuetext', year ?? 'All years');
    const shown = applyYear(ties, year, filters.minSources);
    status.textContent = `${year ?? 'All years'}: ${plural(shown.actors, 'actor')}, ${plural(shown.ties, 'tie')} shown`
      + (data.totals.actors > data.shown.actors ? ` (the ${data.shown.actors} most connected of ${data.totals.actors})` : '');
    replaceQuery({ ...queryOf(filters), year });
    graph.dataset.year = year ?? 'all';
    graph.dataset.ties = String(shown.ties);
  };
  slider.addEventListener('input', () => showYear(Number(slider.value)));
  play.addEventListener('click', () => {
    if (playing !== undefined) return stopPlaying(play);
    play.textContent = '❚❚ Pause';
    play.setAttribute('aria-pressed', 'true');
    if (Number(slider.value) >= years.length) showYear(0);
    playing = window.setInterval(() => {
      const next = Number(slider.value) + 1;
      if (next > years.length) return stopPlaying(play);
      showYear(next);
    }, PLAY_MS);
  });
  const initial = filters.year ? years.indexOf(filters.year) + 1 : 0;
  if (initial > 0) showYear(initial);
  else showAll(status, data);

  cy.on('tap', 'node', (event) => selectNode(event.target as NodeSingular, info));
  cy.on('tap', 'edge', (event) => selectEdge(event.target as EdgeSingular, ties, info, years[Number(slider.value) - 1] ?? null));
  cy.on('dbltap', 'node', (event) => go('actor', [(event.target as NodeSingular).id()]));
  cy.on('tap', (event) => {
    if (event.target === cy) {
      info.hidden = true;
      cy?.elements().removeClass('faded');
    }
  });
  focusInput.addEventListener('change', () => {
    const node = data.nodes.find((n) => n.name.toLowerCase() === focusInput.value.trim().toLowerCase());
    if (node) focusNode(node.id, info);
  });
  const focus = route.query.get('focus');
  if (focus && cy.getElementById(focus).nonempty()) focusNode(focus, info);

  tieTable.addEventListener('toggle', () => fillTieTable(tieTable, data), { once: true });
  // Cytoscape draws in an animation frame: the view is up once the frame after it runs.
  const drawn = cy;
  requestAnimationFrame(() => requestAnimationFrame(() => {
    if (cy !== drawn || !cy) return;
    ready('network');
    // Then the force-directed layout, animated into place once computed. A new view or
    // filter destroys this graph first; then there is nothing left to lay out.
    window.setTimeout(() => {
      if (cy !== drawn || !cy) return;
      const layout = cy.layout({ ...LAYOUT, quality: 'default', animate: 'end', animationDuration: 450 } as cytoscape.LayoutOptions);
      layout.one('layoutstop', () => { graph.dataset.layout = 'force'; });
      layout.run();
    }, 30);
  }));
}

/**
 * Positions for the first view: actors on a sunflower spiral in order of ties (the most
 * connected in the middle), each part beside the actor it belongs to.
 */
function firstPositions(nodes: NetworkResponse['nodes']): Map<string, { x: number; y: number }> {
  const positions = new Map<string, { x: number; y: number }>();
  const children = new Map<string, string[]>();
  for (const n of nodes) if (n.parent) children.set(n.parent, [...(children.get(n.parent) ?? []), n.id]);
  const place = (id: string, x: number, y: number, depth: number) => {
    positions.set(id, { x, y });
    (children.get(id) ?? []).forEach((child, i, all) => {
      const angle = (2 * Math.PI * i) / all.length;
      const r = 28 / (depth + 1);
      place(child, x + r * Math.cos(angle), y + r * Math.sin(angle), depth + 1);
    });
  };
  const top = nodes.filter((n) => !n.parent).sort((a, b) => b.degree - a.degree);
  top.forEach((n, i) => place(n.id, 34 * Math.sqrt(i) * Math.cos(i * 2.39996), 34 * Math.sqrt(i) * Math.sin(i * 2.39996), 0));
  for (const n of nodes) if (!positions.has(n.id)) positions.set(n.id, { x: 0, y: 0 });
  return positions;
}

/** The first view: every tie as loaded, nothing to hide. */
function showAll(status: HTMLElement, data: NetworkResponse): void {
  status.textContent = `All years: ${plural(data.shown.actors, 'actor')}, ${plural(data.shown.ties, 'tie')} shown`
    + (data.totals.actors > data.shown.actors ? ` (the ${data.shown.actors} most connected of ${data.totals.actors})` : '');
  const graph = document.getElementById('cy');
  if (graph) {
    graph.dataset.year = 'all';
    graph.dataset.ties = String(data.shown.ties);
  }
}

export function focusNode(id: string, info: HTMLElement): void {
  if (!cy) return;
  const node = cy.getElementById(id);
  if (node.empty()) return;
  cy.elements().unselect();
  node.select();
  cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 1.4) }, { duration: 300 });
  selectNode(node as NodeSingular, info);
}

function selectNode(node: NodeSingular, info: HTMLElement): void {
  if (!cy) return;
  const neighbourhood = node.closedNeighborhood().union(node.ancestors()).union(node.descendants());
  cy.elements().addClass('faded');
  neighbourhood.removeClass('faded');
  const kind = node.data('kind') as Kind;
  info.hidden = false;
  info.replaceChildren(
    h('h2', {}, node.data('label') as string),
    h('p', { class: 'muted' }, `${KIND_LABELS[kind]} · ${plural(node.data('degree') as number, 'tie')} in view`),
    h('p', {}, h('a', { href: `#/actor/${encodeURIComponent(node.id())}` }, 'Open the actor page')),
  );
}

function selectEdge(edge: EdgeSingular, ties: Map<string, NetworkTie>, info: HTMLElement, year: string | null): void {
  const tie = ties.get(edge.id());
  if (!tie || !cy) return;
  cy.elements().addClass('faded');
  edge.union(edge.connectedNodes()).removeClass('faded');
  const a = cy.getElementById(tie.a).data('label') as string;
  const b = cy.getElementById(tie.b).data('label') as string;
  const figures: YearFigures = year ? (tie.years[year] ?? { events: 0, score: 0, sources: 0 }) : tie;
  const types = Object.entries(tie.types).sort(([, x], [, y]) => y - x).map(([t, n]) => `${t} ${n}`).join(', ');
  info.hidden = false;
  info.replaceChildren(
    h('h2', {}, `${a} – ${b}`),
    h('p', {}, `${year ?? `${tie.first ?? '?'} to ${tie.last ?? '?'}`}: ${plural(figures.events, 'event')} from ${plural(figures.sources, 'source')}, score ${figures.score > 0 ? '+' : ''}${figures.score}`),
    h('p', { class: 'muted' }, types),
    h('p', {}, h('a', { href: `#/dyad/${encodeURIComponent(tie.a)}/${encodeURIComponent(tie.b)}`, class: 'button-link' }, `Open the ${a} – ${b} dyad`)),
  );
}

function stopPlaying(button: HTMLButtonElement): void {
  window.clearInterval(playing);
  playing = undefined;
  button.textContent = '▶ Play';
  button.setAttribute('aria-pressed', 'false');
}

/** Shows the ties of one year (or all) with that year's figures; hides actors left without one. */
function applyYear(ties: Map<string, NetworkTie>, year: string | null, minSources: number): { actors: number; ties: number } {
  if (!cy) return { actors: 0, ties: 0 };
  let shownTies = 0;
  cy.batch(() => {
    cy!.edges().forEach((edge) => {
      const tie = ties.get(edge.id())!;
      const figures = year === null ? tie : tie.years[year];
      const visible = figures !== undefined && (year === null || figures.sources >= minSources);
      edge.toggleClass('hidden', !visible);
      if (visible) {
        edge.data(edgeLook(figures.score, figures.sources));
        shownTies++;
      }
    });
    const active = new Set<string>();
    cy!.edges().not('.hidden').forEach((edge) => {
      for (const node of [edge.source(), edge.target()]) {
        active.add(node.id());
        node.ancestors().forEach((ancestor) => { active.add(ancestor.id()); });
      }
    });
    cy!.nodes().forEach((node) => { node.toggleClass('hidden', !active.has(node.id())); });
  });
  return { actors: cy.nodes().not('.hidden').not(':parent').length + cy.nodes(':parent').not('.hidden').length, ties: shownTies };
}

function edgeLook(score: number, sources: number) {
  return {
    colour: tieColour(score),
    lineStyle: score < -0.05 ? 'dashed' : 'solid',
    width: Math.min(12, 1.5 + 2.2 * Math.log2(1 + sources)),
    score,
    sources,
  };
}

function tieId(t: { a: string; b: string }): string {
  return `${t.a}\u2194${t.b}`;
}

function networkStyle(): cytoscape.StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        'background-color': 'data(colour)', shape: 'data(shape)' as never, width: 'data(size)', height: 'data(size)',
        label: 'data(label)', 'font-size': 13, 'font-family': 'system-ui, sans-serif', color: TEXT,
        'text-valign': 'bottom', 'text-margin-y': 4, 'text-outline-color': '#ffffff', 'text-outline-width': 2,
        'min-zoomed-font-size': 9, 'border-width': 1.5, 'border-color': '#ffffff',
      },
    },
    { selector: 'node[?major]', style: { 'font-size': 17, 'font-weight': 'bold', 'min-zoomed-font-size': 0, 'z-index': 10 } },
    {
      selector: ':parent',
      style: {
        'background-color': 'data(colour)', 'background-opacity': 0.07, 'border-width': 2, 'border-style': 'dashed',
        'border-color': 'data(colour)', shape: 'round-rectangle', 'text-valign': 'top', 'text-margin-y': -4, padding: '14px',
        'font-weight': 'bold',
      },
    },
    {
      selector: 'edge',
      style: {
        width: 'data(width)', 'line-color': 'data(colour)', 'line-style': 'data(lineStyle)' as never, 'curve-style': 'haystack', 'haystack-radius': 0,
        opacity: 0.8,
      },
    },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': TEXT } },
    { selector: 'edge:selected', style: { opacity: 1, 'underlay-color': '#1a1d23', 'underlay-opacity': 0.25, 'underlay-padding': 3 } },
    { selector: '.faded', style: { opacity: 0.15 } },
    { selector: '.hidden', style: { display: 'none' } },
  ];
}

function queryOf(filters: Filters): Record<string, string | number | boolean | null> {
  return {
    types: filters.types.join(',') || null,
    kinds: filters.kinds.join(',') || null,
    minSources: filters.minSources > 1 ? filters.minSources : null,
    rollup: filters.rollup,
    limit: filters.limit === DEFAULT_LIMIT ? null : filters.limit,
  };
}

function filterPanel(filters: Filters): HTMLElement {
  const form = h('form', { class: 'filters', 'aria-label': 'Network filters' });
  const typeBoxes = app.summary.vocabulary.eventTypes.map((type) =>
    h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'types', value: type, checked: filters.types.includes(type) }), ` ${type}`));
  const kindBoxes = app.summary.vocabulary.entityKinds.map((kind) =>
    h('label', { class: 'check' },
      h('input', { type: 'checkbox', name: 'kinds', value: kind, checked: filters.kinds.length === 0 || filters.kinds.includes(kind) }),
      ' ', kindIcon(kind), ` ${KIND_LABELS[kind]}`, h('span', { class: 'count' }, ` ${app.summary.kinds[kind] ?? 0}`)));
  const minSources = h('input', { type: 'number', id: 'min-sources', name: 'minSources', min: '1', max: '50', value: String(filters.minSources) });
  const limit = h('select', { id: 'limit', name: 'limit' }, ...LIMITS.map((n) => h('option', { value: String(n), selected: n === filters.limit }, String(n))));
  const rollup = h('input', { type: 'checkbox', id: 'rollup', name: 'rollup', checked: filters.rollup });
  form.append(
    h('details', { class: 'filter-group', open: filters.types.length > 0 },
      h('summary', {}, `Event types${filters.types.length ? ` (${filters.types.length})` : ': all'}`), h('div', { class: 'checks' }, ...typeBoxes)),
    h('fieldset', { class: 'filter-group' }, h('legend', {}, 'Actor kinds'), h('div', { class: 'checks' }, ...kindBoxes)),
    h('div', { class: 'field' }, h('label', { for: 'min-sources' }, 'Minimum sources per tie'), minSources),
    h('div', { class: 'field' }, h('label', { for: 'limit' }, 'Actors shown (most connected)'), limit),
    h('label', { class: 'check' }, rollup, ' Count wings and officials as their movement or state'),
    h('div', { class: 'actions' },
      h('button', { type: 'submit' }, 'Apply filters'),
      h('button', { type: 'button', class: 'secondary', onclick: () => go('network') }, 'Reset')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const kinds = data.getAll('kinds').map(String);
    go('network', [], {
      types: data.getAll('types').map(String).join(',') || null,
      kinds: kinds.length === app.summary.vocabulary.entityKinds.length ? null : kinds.join(',') || null,
      minSources: Number(data.get('minSources')) > 1 ? Number(data.get('minSources')) : null,
      limit: Number(data.get('limit')) === DEFAULT_LIMIT ? null : Number(data.get('limit')),
      rollup: data.get('rollup') !== null,
    });
  });
  return form;
}

export function kindIcon(kind: Kind): SVGSVGElement {
  const colour = KIND_COLOURS[kind];
  const shapes: Record<Kind, SVGElement> = {
    state: s('polygon', { points: '4,1 10,1 13,4 13,10 10,13 4,13 1,10 1,4', fill: colour }),
    government_body: s('polygon', { points: '7,1 13,4 13,10 7,13 1,10 1,4', fill: colour }),
    organization: s('rect', { x: '1', y: '2', width: '12', height: '10', rx: '3', fill: colour }),
    armed_wing: s('polygon', { points: '7,0 14,7 7,14 0,7', fill: colour }),
    person: s('circle', { cx: '7', cy: '7', r: '6', fill: colour }),
    media: s('polygon', { points: '1,2 10,2 13,7 10,12 1,12', fill: colour }),
    other: s('rect', { x: '1', y: '1', width: '12', height: '12', rx: '5', fill: colour }),
  };
  return s('svg', { class: 'kind-icon', width: '14', height: '14', viewBox: '0 0 14 14', 'aria-hidden': 'true' }, shapes[kind]);
}

function legend(): HTMLElement {
  const line = (colour: string, dashed: boolean) =>
    s('svg', { width: '28', height: '10', 'aria-hidden': 'true' },
      s('line', { x1: '1', y1: '5', x2: '27', y2: '5', stroke: colour, 'stroke-width': '3', 'stroke-dasharray': dashed ? '5 3' : null }));
  return h('div', { class: 'legend', 'aria-label': 'Legend' },
    ...app.summary.vocabulary.entityKinds.map((kind) => h('span', { class: 'legend-item' }, kindIcon(kind), ` ${KIND_LABELS[kind]}`)),
    h('span', { class: 'legend-item' }, line(TIE_COLOURS.cooperative, false), ' cooperative'),
    h('span', { class: 'legend-item' }, line(TIE_COLOURS.conflictual, true), ' conflictual'),
    h('span', { class: 'legend-item' }, line(TIE_COLOURS.mixed, false), ' mixed'),
  );
}

function fillTieTable(details: HTMLDetailsElement, data: NetworkResponse): void {
  const name = new Map(data.nodes.map((n) => [n.id, n.name]));
  const rows = data.ties.slice(0, 200).map((t) => h('tr', {},
    h('td', {}, h('a', { href: `#/dyad/${encodeURIComponent(t.a)}/${encodeURIComponent(t.b)}` }, `${name.get(t.a) ?? t.a} – ${name.get(t.b) ?? t.b}`)),
    h('td', { class: 'num' }, String(t.events)), h('td', { class: 'num' }, String(t.sources)),
    h('td', { class: 'num' }, `${t.score > 0 ? '+' : ''}${t.score}`), h('td', {}, `${t.first ?? ''} – ${t.last ?? ''}`)));
  details.append(h('div', { class: 'table-wrap' }, h('table', {},
    h('caption', {}, `The ${rows.length} ties with most events`),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Tie'), h('th', { scope: 'col' }, 'Events'), h('th', { scope: 'col' }, 'Sources'), h('th', { scope: 'col' }, 'Score'), h('th', { scope: 'col' }, 'Span'))),
    h('tbody', {}, ...rows))));
}
