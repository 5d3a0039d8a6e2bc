// What views share: the summary the page loaded with (refreshed after uploads), a
// version number that changes when the data does, and small UI services.
import type { Summary } from './types.ts';
import { get } from './api.ts';
import { byId, h } from './dom.ts';

export interface AppContext {
  summary: Summary;
  /** Incremented when uploads change the data: views cache by it. */
  dataVersion: number;
}

export const app: AppContext = {
  summary: null as unknown as Summary,
  dataVersion: 0,
};

export async function loadSummary(): Promise<Summary> {
  app.summary = await get<Summary>('summary');
  return app.summary;
}

let toastTimer: number | undefined;

/** A short message in the polite live region. */
export function toast(message: string, kind: 'info' | 'error' = 'info'): void {
  const region = byId('toast');
  region.replaceChildren(h('p', { class: `toast toast-${kind}` }, message));
  window.clearTimeout(toastTimer);
  toastTimer = window.setTimeout(() => region.replaceChildren(), 6000);
}

/** Marks the page as done rendering a view (the end-to-end tests wait for it). */
export function ready(view: string): void {
  document.body.dataset.ready = view;
  // Milliseconds since the page was opened (the end-to-end test's speed check reads it).
  document.body.dataset.readyAt = String(Math.round(performance.now()));
}

export function busy(): void {
  delete document.body.dataset.ready;
}

export function errorBox(error: unknown): HTMLElement {
  const message = error instanceof Error ? error.message : String(error);
  return h('p', { class: 'error', role: 'alert' }, message);
}
