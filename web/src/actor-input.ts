// A text input for an actor with suggestions from /api/entities as one types.
import { get } from './api.ts';
import { h } from './dom.ts';
import type { ActorItem, Paged } from './types.ts';

let counter = 0;

export function actorInput(id: string, label: string, value: string): { field: HTMLElement; input: HTMLInputElement } {
  const listId = `actor-options-${++counter}`;
  const input = h('input', { type: 'text', id, name: id, value, list: listId, autocomplete: 'off', required: true, placeholder: 'name or id', spellcheck: 'false' });
  const list = h('datalist', { id: listId });
  let timer: number | undefined;
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    const q = input.value.trim();
    if (q.length < 2) return;
    timer = window.setTimeout(async () => {
      try {
        const found = await get<Paged<ActorItem>>('entities', { q, limit: 8 });
        list.replaceChildren(...found.items.map((a) => h('option', { value: a.name }, `${a.name} (${a.kind.replace('_', ' ')})`)));
      } catch {
        // Suggestions are a convenience: typing still works without them.
      }
    }, 150);
  });
  return { field: h('div', { class: 'field' }, h('label', { for: id }, label), input, list), input };
}
