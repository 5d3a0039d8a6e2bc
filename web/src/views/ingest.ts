// The Ingest view: a drop zone and a file chooser (the keyboard way), and the
// uploads of this session with their progress and per-file errors.
import { app, ready } from '../app-context.ts';
import { clear, h } from '../dom.ts';
import { uploadFiles, uploadList } from '../uploads.ts';

export const ACCEPT = '.txt,.text,.html,.htm,.md,.markdown,.json,.jsonl,.ndjson,.xml,.rss,.atom';

export function renderIngest(main: HTMLElement): void {
  clear(main);
  if (app.summary.readOnly) {
    main.append(h('div', { class: 'view' }, h('h1', {}, 'Ingest'), h('p', {}, 'This server is read-only: it was started with --read-only, so it does not take new articles.')));
    ready('ingest');
    return;
  }
  const input = h('input', { type: 'file', id: 'file-input', multiple: true, accept: ACCEPT, hidden: true, tabindex: '-1' });
  input.addEventListener('change', () => {
    if (input.files) uploadFiles(input.files);
    input.value = '';
  });
  const zone = h('div', { class: 'drop-zone', id: 'drop-zone' },
    h('p', { class: 'drop-title' }, 'Drop articles here'),
    h('p', { class: 'muted' }, `Text, HTML, Markdown, JSON Lines or RSS/Atom files, up to ${Math.round(app.summary.maxUploadBytes / 1024 / 1024)} MB each. You can also drop them anywhere on the page.`),
    h('button', { type: 'button', id: 'choose-files', onclick: () => input.click() }, 'Choose files…'), input);
  main.append(h('div', { class: 'view' },
    h('div', { class: 'view-head' }, h('h1', {}, 'Ingest'), h('p', { class: 'lede' }, 'Add articles to the database. Each file is read, its events and relations extracted, and the views refreshed when it is stored.')),
    zone, h('h2', {}, 'Uploads'), uploadList()));
  ready('ingest');
}
