// The actor page: profile, place in the hierarchy, roles over time, partners and
// adversaries, recent events.
import { get, seg } from '../api.ts';
import { busy, errorBox, ready } from '../app-context.ts';
import { clear, h } from '../dom.ts';
import { KIND_LABELS } from '../palette.ts';
import { plural } from '../format.ts';
import { routeHash, type Route } from '../router.ts';
import type { ActorProfile, ActorTie, Paged, Report } from '../types.ts';
import { openEvidence } from '../evidence.ts';
import { eventTable } from './dyad.ts';
import { kindIcon } from './network.ts';

export async function renderActor(main: HTMLElement, route: Route): Promise<void> {
  busy();
  const id = route.args[0] ?? '';
  const rollup = route.query.get('rollup') === '1';
  clear(main);
  const view = h('div', { class: 'view actor-view' }, h('p', { class: 'status' }, 'Loading…'));
  main.append(view);
  let p: ActorProfile;
  try {
    p = await get<ActorProfile>(`entities/${seg(id)}`, { rollup });
  } catch (error) {
    view.replaceChildren(h('h1', {}, id), errorBox(error));
    ready('actor');
    return;
  }
  const relationsBox = h('div', { id: 'actor-relations' }, h('p', { class: 'status' }, 'Loading…'));
  const link = (ref: { id: string; name: string }) => h('a', { href: `#/actor/${seg(ref.id)}` }, ref.name);
  const list = (refs: { id: string; name: string }[]) => refs.length === 0 ? h('span', { class: 'muted' }, 'none known')
    : h('span', {}, ...refs.flatMap((r, i) => [i > 0 ? ', ' : '', link(r)]));
  view.replaceChildren(
    h('div', { class: 'view-head' },
      h('p', { class: 'eyebrow' }, kindIcon(p.kind), ` ${KIND_LABELS[p.kind]}`),
      h('h1', {}, p.name),
      p.aliases.length > 0 ? h('p', { class: 'muted' }, `Also: ${p.aliases.slice(0, 20).join(', ')}`) : null),
    h('p', { class: 'actions' },
      h('a', { class: 'button-link', href: routeHash('network', [], { focus: p.id }) }, 'Show in the network'),
      h('a', { class: 'button-link secondary', href: routeHash('flows', [], { patron: p.id }) }, 'Flows from it'),
      h('a', { class: 'button-link secondary', href: routeHash('actor', [p.id], { rollup: !rollup }) }, rollup ? 'Only its own events' : 'Include its wings and officials')),
    h('div', { class: 'cards' },
      h('section', { class: 'card' }, h('h2', {}, 'Profile'),
        h('dl', { class: 'facts' },
          h('dt', {}, 'Part of'), h('dd', {}, p.ancestors.length ? list(p.ancestors) : h('span', { class: 'muted' }, '—')),
          h('dt', {}, 'Parts'), h('dd', {}, list(p.children)),
          h('dt', {}, 'People'), h('dd', {}, list(p.people)),
          h('dt', {}, 'Events'), h('dd', {}, p.firstEvent ? `${p.firstEvent} to ${p.lastEvent}` : 'none dated'),
          h('dt', {}, 'Mentioned in'), h('dd', {}, `${plural(p.mentionedIn.documents, 'document')}${p.mentionedIn.firstPublished ? `, ${p.mentionedIn.firstPublished} to ${p.mentionedIn.lastPublished}` : ''}`))),
      h('section', { class: 'card' }, h('h2', {}, 'Roles over time'),
        p.roles.length === 0 ? h('p', { class: 'muted' }, 'No roles stated.') :
          h('ul', { class: 'roles' }, ...p.roles.map((r) => h('li', {},
            h('strong', {}, r.title), r.of ? ' of ' : null, r.of ? link(r.of) : null,
            h('span', { class: 'muted' }, ` ${r.from ?? '?'} – ${r.to ?? '?'} · ${plural(r.documents, 'document')}`))))),
      tieCard('Partners', p, p.partners), tieCard('Adversaries', p, p.adversaries)),
    h('h2', {}, 'Recent events'),
    p.recentEvents.length === 0 ? h('p', { class: 'muted' }, 'No dated events.') : eventTable(p.recentEvents),
    h('h2', {}, 'Standing relations'),
    relationsBox,
  );
  ready('actor');
  try {
    const relations = await get<Paged<RelationItem>>('relations', { actor: p.id, rollup, limit: 50 });
    relationsBox.replaceChildren(relations.items.length === 0 ? h('p', { class: 'muted' }, 'None stated.') : h('ul', { class: 'relations' },
      ...relations.items.map((r) => h('li', {},
        h('button', { type: 'button', class: 'link-button', onclick: (ev: Event) => openEvidence({
          title: `${r.type}${r.roles.length ? ` (${r.roles.join(', ')})` : ''}`, subtitle: `${r.source.name} → ${r.target.name}`, reports: r.reports,
        }, ev.currentTarget as HTMLElement) }, `${r.source.name} ${RELATION_WORDS[r.type] ?? r.type} ${r.target.name}`),
        h('span', { class: 'muted' }, ` · ${plural(r.sources, 'source')}${r.roles.length ? ` · ${r.roles.join(', ')}` : ''}`)))));
  } catch (error) {
    relationsBox.replaceChildren(errorBox(error));
  }
}

interface RelationItem {
  id: string;
  type: string;
  source: { id: string; name: string };
  target: { id: string; name: string };
  roles: string[];
  sources: number;
  reports: Report[];
}

const RELATION_WORDS: Record<string, string> = {
  ALLY: 'is allied with', PATRON: 'backs', RIVAL: 'is a rival of', PART_OF: 'is part of', LEADS: 'leads', MEMBER_OF: 'is an official of', BASED_IN: 'is based in',
};

function tieCard(title: string, p: ActorProfile, ties: ActorTie[]): HTMLElement {
  const max = Math.max(1, ...ties.map((t) => Math.abs(t.score)));
  return h('section', { class: 'card' }, h('h2', {}, title),
    ties.length === 0 ? h('p', { class: 'muted' }, 'None found.') :
      h('ol', { class: 'ties' }, ...ties.map((t) => {
        const bar = h('span', { class: `tie-bar ${t.score < 0 ? 'negative' : 'positive'}`, 'aria-hidden': 'true' });
        bar.style.width = `${Math.round((Math.abs(t.score) / max) * 100)}%`;
        return h('li', {},
          h('a', { href: `#/dyad/${seg(p.id)}/${seg(t.id)}` }, t.name),
          h('span', { class: 'muted' }, ` ${t.score > 0 ? '+' : ''}${t.score} · ${plural(t.reports, 'report')}`),
          h('span', { class: 'tie-track' }, bar));
      })));
}
