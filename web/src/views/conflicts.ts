// Claims that contradict each other: each with both sides and their evidence.
import { get } from '../api.ts';
import { busy, errorBox, ready } from '../app-context.ts';
import { clear, h } from '../dom.ts';
import { openEvidence } from '../evidence.ts';
import { eventLabel, outletOf, plural } from '../format.ts';
import type { Conflict, Paged } from '../types.ts';

const PAGE = 50;

export async function renderConflicts(main: HTMLElement): Promise<void> {
  busy();
  const body = h('div', {}, h('p', { class: 'status' }, 'Loading…'));
  clear(main);
  main.append(h('div', { class: 'view' }, h('div', { class: 'view-head' }, h('h1', {}, 'Conflicting claims'),
    h('p', { class: 'lede' }, 'Where reports disagree: one says it happened and another that it did not, or they give different figures for the same flow.')), body));
  const load = async (offset: number) => {
    try {
      const data = await get<Paged<Conflict>>('conflicts', { limit: PAGE, offset });
      const more = data.next === null ? null : h('button', { type: 'button', class: 'secondary', onclick: () => { more?.remove(); void load(data.next!); } }, 'Show more');
      if (offset === 0) body.replaceChildren(h('p', { class: 'muted' }, plural(data.total, 'conflicting claim')));
      body.append(conflictList(data.items));
      if (more) body.append(more);
    } catch (error) {
      body.replaceChildren(errorBox(error));
    }
    ready('conflicts');
  };
  await load(0);
}

export function conflictList(conflicts: Conflict[]): HTMLElement {
  return h('ul', { class: 'conflicts' }, ...conflicts.map((c) => {
    const title = `${c.year} ${eventLabel(c.type, c.mode)}: ${c.source.name}${c.target ? ` → ${c.target.name}` : ''}`;
    return h('li', { class: 'conflict' },
      h('p', {}, h('strong', {}, title), h('span', { class: 'badge' }, c.kind === 'amount' ? 'figures differ' : 'happened vs not')),
      h('ul', { class: 'sides' }, ...c.sides.map((side) => h('li', {},
        h('button', { type: 'button', class: 'link-button', onclick: (ev: Event) =>
          openEvidence({ title, subtitle: `Claim: ${side.claim}`, reports: side.reports }, ev.currentTarget as HTMLElement) }, side.claim),
        h('span', { class: 'muted' }, ` — ${[...new Set(side.reports.map((r) => outletOf(r.document)))].join(', ')}`)))));
  }));
}
