// Uploading dropped or chosen files: each is sent on its own, then its ingest job is
// polled until it is done; progress and per-file errors are shown in every list
// that is on the page (the Ingest view's, and the drop overlay's summary).
import { ApiError, get, upload } from './api.ts';
import { app, loadSummary, toast } from './app-context.ts';
import { h } from './dom.ts';
import { plural } from './format.ts';
import type { UploadJob } from './types.ts';

export interface UploadRow {
  file: string;
  size: number;
  state: 'waiting' | 'uploading' | UploadJob['state'] | 'refused';
  message: string;
  failures: { source: string; reason: string }[];
  job: UploadJob | null;
}

const rows: UploadRow[] = [];
const listeners = new Set<() => void>();
let chain: Promise<void> = Promise.resolve();

export function uploadRows(): readonly UploadRow[] {
  return rows;
}

export function onUploadsChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function changed(): void {
  for (const listener of listeners) listener();
}

export function uploadFiles(files: Iterable<File>): void {
  for (const file of files) {
    const row: UploadRow = { file: file.name, size: file.size, state: 'waiting', message: 'waiting', failures: [], job: null };
    rows.unshift(row);
    if (file.size > app.summary.maxUploadBytes) {
      row.state = 'refused';
      row.message = `larger than the server's limit of ${Math.round(app.summary.maxUploadBytes / 1024 / 1024)} MB`;
      continue;
    }
    // One at a time: the server ingests in order anyway, and the rate limit counts requests.
    chain = chain.then(() => send(file, row));
  }
  changed();
}

async function send(file: File, row: UploadRow): Promise<void> {
  row.state = 'uploading';
  row.message = 'uploading';
  changed();
  try {
    let job = await upload<UploadJob>(file);
    while (job.state === 'queued' || job.state === 'running') {
      row.state = job.state;
      row.job = job;
      row.message = job.state === 'queued' ? 'queued' : `reading… ${plural(job.documents, 'document')}`;
      changed();
      await new Promise((resolve) => setTimeout(resolve, 400));
      job = await get<UploadJob>(`uploads/${job.id}`);
    }
    row.job = job;
    row.state = job.state;
    row.failures = job.failures;
    const s = job.summary;
    row.message = job.state === 'failed' ? (job.error ?? 'failed')
      : s ? [`${plural(s.new, 'new document')}`, s.unchanged ? `${s.unchanged} already stored` : '', s.duplicate ? `${s.duplicate} duplicate` : '',
        `${plural(s.events, 'event')}`, s.failed ? `${s.failed} failed` : ''].filter(Boolean).join(', ') : 'done';
    if (s && s.new > 0) {
      app.dataVersion++;
      await loadSummary();
      window.dispatchEvent(new Event('entente:data'));
    }
    toast(`${file.name}: ${row.message}`, job.state === 'failed' ? 'error' : 'info');
  } catch (error) {
    row.state = 'refused';
    row.message = error instanceof ApiError ? error.message : `could not upload: ${String(error)}`;
    toast(`${file.name}: ${row.message}`, 'error');
  }
  changed();
}

export function uploadList(): HTMLElement {
  const list = h('ul', { class: 'uploads', id: 'upload-list', 'aria-live': 'polite' });
  const render = () => {
    list.replaceChildren(...rows.map((row) => h('li', { class: `upload upload-${row.state}`, 'data-file': row.file },
      h('span', { class: 'upload-name' }, row.file),
      h('span', { class: 'upload-state' }, row.state),
      h('span', { class: 'upload-message' }, row.message),
      row.failures.length > 0 ? h('ul', { class: 'upload-failures' }, ...row.failures.map((f) => h('li', {}, `${f.source}: ${f.reason}`))) : null)));
  };
  render();
  const stop = onUploadsChange(() => {
    if (!document.contains(list)) return stop();
    render();
  });
  return list;
}
