// The search box in the header: actors and documents as one types. Choosing an actor
// focuses it in the network when the network is open, else opens its page.
import { get } from './api.ts';
import { byId, h } from './dom.ts';
import { documentName } from './format.ts';
import { KIND_LABELS } from './palette.ts';
import { currentRoute, go, routeHash } from './router.ts';
import type { SearchResponse } from './types.ts';
import { focusNode } from './views/network.ts';

export function installSearch(): void {
  const input = byId<HTMLInputElement>('search');
  const results = byId<HTMLUListElement>('search-results');
  const form = byId<HTMLFormElement>('search-form');
  let timer: number | undefined;
  let controller: AbortController | null = null;
  let items: { label: string; open: () => void }[] = [];
  let active = -1;

  const close = () => {
    results.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const highlight = (index: number) => {
    active = index;
    [...results.children].forEach((li, i) => li.setAttribute('aria-selected', String(i === index)));
    if (index >= 0) input.setAttribute('aria-activedescendant', `search-option-${index}`);
  };
  const choose = (index: number) => {
    const item = items[index];
    if (!item) return;
    close();
    input.value = '';
    item.open();
  };

  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    const q = input.value.trim();
    if (q.length < 2) return close();
    timer = window.setTimeout(async () => {
      controller?.abort();
      controller = new AbortController();
      try {
        const found = await get<SearchResponse>('search', { q, limit: 6 }, controller.signal);
        items = [
          ...found.actors.map((a) => ({
            label: `${a.name} — ${KIND_LABELS[a.kind]}${a.events ? `, ${a.events} events` : ''}`,
            open: () => {
              const info = document.getElementById('selection');
              if (currentRoute().view === 'network' && info) focusNode(a.id, info);
              else go('actor', [a.id]);
            },
          })),
          ...found.documents.items.map((d) => ({ label: `📄 ${documentName(d)}`, open: () => { location.hash = routeHash('documents', [d.id]); } })),
        ];
        results.replaceChildren(...(items.length === 0 ? [h('li', { class: 'empty' }, 'Nothing found')] : items.map((item, i) =>
          h('li', { id: `search-option-${i}`, role: 'option', 'aria-selected': 'false', onmousedown: (e: Event) => { e.preventDefault(); choose(i); } }, item.label))));
        results.hidden = false;
        input.setAttribute('aria-expanded', 'true');
        active = -1;
      } catch {
        // An aborted search was overtaken by the next keystroke.
      }
    }, 160);
  });
  input.addEventListener('keydown', (event) => {
    if (results.hidden) return;
    if (event.key === 'ArrowDown') { event.preventDefault(); highlight(Math.min(items.length - 1, active + 1)); }
    else if (event.key === 'ArrowUp') { event.preventDefault(); highlight(Math.max(0, active - 1)); }
    else if (event.key === 'Escape') close();
  });
  input.addEventListener('blur', () => window.setTimeout(close, 150));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    choose(active >= 0 ? active : 0);
  });
}
