// `entente network` as text: a line of totals, then the ties, strongest first.
import type { Network } from '../network.ts';
import { nameIn, type Names } from '../load-events.ts';
import { plural, renderTable, signed } from './table.ts';

export function networkText(network: Network, names: Names, limit: number): string {
  const shown = network.ties.slice(0, limit);
  const out = [`${plural(network.nodes.length, 'actor')}, ${plural(network.ties.length, 'tie')}` +
    (shown.length < network.ties.length ? ` (the ${shown.length} with most events shown; --top to see more)` : '')];
  if (shown.length === 0) return `${out[0]}\n`;
  out.push('', renderTable(['first', 'last', 'actor', 'actor', 'events', '→ ←', 'srcs', 'score', 'types'], shown.map((t) => [
    t.first ?? '', t.last ?? '', nameIn(names, t.a), nameIn(names, t.b), String(t.events), `${t.forward} ${t.backward}`,
    String(t.sources), signed(t.score),
    Object.entries(t.types).sort(([, a], [, b]) => b - a).map(([type, n]) => `${type} ${n}`).join(', '),
  ]), { right: [4, 5, 6, 7] }));
  return `${out.join('\n')}\n`;
}

export function networkJson(network: Network, names: Names) {
  return {
    nodes: network.nodes.map((n) => ({ id: n.id, name: nameIn(names, n.id), kind: names.get(n.id)?.kind ?? null, degree: n.degree, events: n.events })),
    ties: network.ties.map((t) => ({
      a: t.a, b: t.b, events: t.events, forward: t.forward, backward: t.backward, sources: t.sources, score: t.score,
      types: t.types, first: t.first, last: t.last, eventIds: t.eventIds,
    })),
  };
}
