// The evidence panel: for an event, a relation, a flow or a claim, every report of it
// with its source sentence highlighted inside its paragraph of the stored article,
// the outlet, the date, the modality and who it is attributed to, and a link to the
// whole document. All of it is text nodes: an article's "<script>" is shown as such.
import { get } from './api.ts';
import { append, byId, clear, h, highlighted } from './dom.ts';
import { amountText, arrow, baseName, eventLabel, modalityText, outletOf, plural } from './format.ts';
import { routeHash } from './router.ts';
import type { EventItem, Passage, Report } from './types.ts';

export interface EvidenceItem {
  title: string;
  subtitle?: string;
  facts?: [string, string][];
  reports: Report[];
}

const SHOWN_AT_FIRST = 12;
let opener: HTMLElement | null = null;

export function eventEvidence(event: EventItem): EvidenceItem {
  const facts: [string, string][] = [
    ['Date', event.date ? `${event.date.value} (${event.date.basis === 'publication' ? 'dated by publication' : event.date.basis})` : 'undated'],
    ['Modality', modalityText(event)],
    ['Sources', plural(event.sources, 'document')],
  ];
  if (event.amount) facts.splice(1, 0, ['Amount', amountText(event.amount)]);
  if (event.third) facts.push(['Third party', event.third.name]);
  return { title: `${eventLabel(event.type, event.mode)}${event.negated ? ' (did not happen)' : ''}`, subtitle: arrow(event), facts, reports: event.reports };
}

export function openEvidence(item: EvidenceItem, from?: HTMLElement | null): void {
  const panel = byId('evidence');
  opener = from ?? (document.activeElement instanceof HTMLElement ? document.activeElement : null);
  clear(panel);
  const heading = h('h2', { id: 'evidence-title', tabindex: '-1' }, item.title);
  const list = h('ol', { class: 'reports' });
  append(panel, [
    h('div', { class: 'evidence-head' },
      h('div', {}, h('p', { class: 'eyebrow' }, 'Evidence'), heading, item.subtitle ? h('p', { class: 'subtitle' }, item.subtitle) : null),
      h('button', { type: 'button', class: 'icon-button', 'aria-label': 'Close the evidence panel', onclick: () => closeEvidence() }, '×')),
    item.facts ? h('dl', { class: 'facts' }, ...item.facts.flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])) : null,
    h('p', { class: 'muted' }, `${plural(item.reports.length, 'report')} — each sentence as it stands in its article`),
    list,
  ]);
  const show = (reports: Report[]) => list.append(...reports.map(reportCard));
  show(item.reports.slice(0, SHOWN_AT_FIRST));
  if (item.reports.length > SHOWN_AT_FIRST) {
    const more = h('button', { type: 'button', class: 'secondary', onclick: () => { show(item.reports.slice(SHOWN_AT_FIRST)); more.remove(); } },
      `Show ${item.reports.length - SHOWN_AT_FIRST} more reports`);
    panel.append(more);
  }
  panel.hidden = false;
  panel.setAttribute('aria-labelledby', 'evidence-title');
  document.body.classList.add('evidence-open');
  heading.focus();
}

export function closeEvidence(): void {
  const panel = byId('evidence');
  if (panel.hidden) return;
  panel.hidden = true;
  document.body.classList.remove('evidence-open');
  if (opener && document.contains(opener)) opener.focus();
  opener = null;
}

function reportCard(report: Report): HTMLElement {
  const doc = report.document;
  const quote = h('blockquote', { class: 'passage', 'data-document': doc.id },
    ...highlighted(report.evidence.text, 0, report.evidence.text.length, { class: 'evidence-mark' }));
  const meta: (string | null)[] = [
    doc.published ? `published ${doc.published}` : 'publication date unknown',
    report.modality || report.negated !== undefined ? modalityText(report) : null,
    report.attribution ? `according to ${report.attribution.name}` : null,
    report.date ? `event date ${report.date.value}` : null,
    report.amount ? amountText(report.amount) : null,
    report.role ? `role: ${report.role}` : null,
  ];
  const card = h('li', { class: 'report' },
    h('p', { class: 'report-source' }, h('strong', {}, outletOf(doc)), doc.title ? ` — ${doc.title}` : ''),
    h('p', { class: 'report-meta' }, meta.filter(Boolean).join(' · ')),
    quote,
    h('p', { class: 'report-links' },
      h('a', { href: routeHash('documents', [doc.id], { start: report.evidence.start, end: report.evidence.end }) }, 'Open the full article'),
      ' ',
      h('span', { class: 'muted' }, `(${baseName(doc.source)})`)),
  );
  void loadPassage(report, quote);
  return card;
}

/** Replaces the bare sentence with its paragraph, the sentence highlighted inside it. */
async function loadPassage(report: Report, quote: HTMLElement): Promise<void> {
  try {
    const passage = await get<Passage>(`documents/${report.document.id}/passage`, { start: report.evidence.start, end: report.evidence.end });
    const { text } = passage.paragraph;
    clear(quote);
    append(quote, [
      passage.clipped.before ? '… ' : '',
      ...highlighted(text, passage.highlight.start, passage.highlight.end, { class: 'evidence-mark' }),
      passage.clipped.after ? ' …' : '',
    ]);
  } catch {
    // The sentence alone is still the evidence; the paragraph is context.
  }
}

export function installEvidenceKeys(): void {
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !byId('evidence').hidden) closeEvidence();
  });
}
