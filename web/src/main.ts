// The web UI: loads the summary, then shows the view the address names. Views are
// plain functions that fill <main>; the address (#/view/args?state) is the state.
import { app, errorBox, loadSummary, toast } from './app-context.ts';
import { byId, h } from './dom.ts';
import { closeEvidence, installEvidenceKeys } from './evidence.ts';
import { currentRoute } from './router.ts';
import { installSearch } from './search.ts';
import { uploadFiles } from './uploads.ts';
import { renderActor } from './views/actor.ts';
import { renderConflicts } from './views/conflicts.ts';
import { renderDocuments } from './views/documents.ts';
import { renderDyad } from './views/dyad.ts';
import { renderFlows } from './views/flows.ts';
import { renderIngest } from './views/ingest.ts';
import { leaveNetwork, prefetchNetwork, renderNetwork } from './views/network.ts';

const VIEWS: Record<string, (main: HTMLElement, route: ReturnType<typeof currentRoute>) => void | Promise<void>> = {
  network: renderNetwork,
  dyad: renderDyad,
  actor: renderActor,
  flows: renderFlows,
  conflicts: renderConflicts,
  documents: renderDocuments,
  ingest: renderIngest,
};

const NAV: [string, string][] = [
  ['network', 'Network'], ['dyad', 'Dyad'], ['flows', 'Flows'], ['conflicts', 'Conflicts'], ['documents', 'Documents'], ['ingest', 'Ingest'],
];

async function show(): Promise<void> {
  const route = currentRoute();
  const main = byId('main');
  const render = VIEWS[route.view];
  if (route.view !== 'network') leaveNetwork();
  closeEvidence();
  for (const link of byId('nav').querySelectorAll('a')) {
    if (link.dataset.view === route.view) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  document.body.dataset.view = route.view;
  if (!render) {
    main.replaceChildren(h('div', { class: 'view' }, h('h1', {}, 'Not found'), h('p', {}, 'No such view. '), h('a', { href: '#/network' }, 'Open the network')));
    return;
  }
  try {
    await render(main, route);
  } catch (error) {
    main.replaceChildren(h('div', { class: 'view' }, errorBox(error)));
  }
}

function buildNav(): void {
  const nav = byId('nav');
  nav.replaceChildren(h('ul', {}, ...NAV
    .filter(([view]) => view !== 'ingest' || !app.summary.readOnly)
    .map(([view, label]) => h('li', {}, h('a', { href: `#/${view}`, 'data-view': view }, label)))));
  byId('counts').textContent = `${app.summary.counts.documents.toLocaleString('en')} documents · ${app.summary.counts.actors.toLocaleString('en')} actors · ${app.summary.counts.consolidatedEvents.toLocaleString('en')} events`;
}

/** Files dropped anywhere on the page are uploaded (not opened by the browser). */
function installDrop(): void {
  const overlay = byId('drop-overlay');
  let depth = 0;
  const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') === true;
  window.addEventListener('dragenter', (event) => {
    if (!hasFiles(event) || app.summary.readOnly) return;
    depth++;
    overlay.hidden = false;
  });
  window.addEventListener('dragleave', () => {
    depth = Math.max(0, depth - 1);
    if (depth === 0) overlay.hidden = true;
  });
  window.addEventListener('dragover', (event) => {
    if (hasFiles(event)) event.preventDefault();
  });
  window.addEventListener('drop', (event) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    depth = 0;
    overlay.hidden = true;
    if (app.summary.readOnly) return toast('This server is read-only: uploads are refused.', 'error');
    const files = event.dataTransfer?.files;
    if (files && files.length > 0) {
      uploadFiles(files);
      if (currentRoute().view !== 'ingest') toast(`Uploading ${files.length} file${files.length > 1 ? 's' : ''} — see the Ingest page for progress.`);
    }
  });
}

async function start(): Promise<void> {
  if (currentRoute().view === 'network' && !location.hash.includes('?')) prefetchNetwork();
  try {
    await loadSummary();
  } catch (error) {
    byId('main').replaceChildren(h('div', { class: 'view' }, h('h1', {}, 'Entente'), errorBox(error)));
    return;
  }
  buildNav();
  installSearch();
  installEvidenceKeys();
  installDrop();
  // Uploads change the counts in the header.
  window.addEventListener('entente:data', buildNav);
  window.addEventListener('hashchange', () => void show());
  if (!location.hash) history.replaceState(null, '', '#/network');
  await show();
}

void start();
