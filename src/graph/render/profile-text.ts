// `entente actor` as text: who it is, where it sits, offices, partners, adversaries.
import type { ActorProfile, ActorRef, Tie } from '../profile.ts';
import { plural, renderTable, signed } from './table.ts';

const ref = (a: ActorRef) => (a.name === a.id ? a.id : `${a.name} (${a.id})`);

export function profileText(p: ActorProfile, rollup: boolean): string {
  const out = [`${p.name}  [${p.id}, ${p.kind}]`];
  if (p.aliases.length > 0) out.push(`also called: ${p.aliases.join(', ')}`);
  if (p.members.length > 1) out.push(`merged from: ${p.members.slice(1).join(', ')}`);
  if (p.ancestors.length > 0) out.push(`part of: ${p.ancestors.map(ref).join(' → ')}`);
  if (p.children.length > 0) out.push(`parts: ${p.children.map(ref).join(', ')}`);
  if (p.people.length > 0) out.push(`office-holders: ${p.people.map((a) => a.name).join(', ')}`);
  const seen = p.mentionedIn;
  out.push(`events: ${p.firstEvent ?? '—'} to ${p.lastEvent ?? '—'}; mentioned in ${plural(seen.documents, 'document')}` +
    (seen.firstPublished ? ` published ${seen.firstPublished} to ${seen.lastPublished}` : ''));
  if (p.roles.length > 0) {
    out.push('', 'Roles (dates as the documents give them)');
    out.push(renderTable(['from', 'to', 'title', 'of', 'docs'],
      p.roles.map((r) => [r.from ?? '?', r.to ?? '?', r.title, r.of ? r.of.name : '', String(r.documents)]), { indent: '  ', right: [4] }));
  }
  for (const [title, ties] of [['Strongest partners', p.partners], ['Strongest adversaries', p.adversaries]] as const) {
    if (ties.length === 0) continue;
    out.push('', `${title}${rollup ? ' (rolled up)' : ''}: reports and summed weight`);
    out.push(renderTable(['actor', 'reports', 'score', 'first', 'last', 'types'], ties.map(tieCells), { indent: '  ', right: [1, 2] }));
  }
  return `${out.join('\n')}\n`;
}

function tieCells(t: Tie): string[] {
  const types = Object.entries(t.types).sort(([, a], [, b]) => b - a).map(([type, n]) => `${type} ${n}`).join(', ');
  return [t.name, String(t.reports), signed(t.score), t.first ?? '', t.last ?? '', types];
}
