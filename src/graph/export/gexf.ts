// GEXF 1.3 (https://gexf.net) for Gephi, dynamic: each edge holds, as spells, the
// intervals of the events it stands for, so Gephi's timeline shows ties appear, come
// back and fall silent. One edge per pair and type (Gephi would merge parallel edges
// of one kind anyway); its weight is the number of events. Overlapping intervals of
// one edge ("2012" and "2012-03-05") are joined: GEXF requires its spells disjoint.
import type { ExportEdge, ExportModel } from './model.ts';
import { xmlAttr } from './xml.ts';

const NODE_ATTRIBUTES = ['kind', 'parent', 'aliases'] as const;
const EDGE_ATTRIBUTES = [['relation', 'string'], ['events', 'integer'], ['sources', 'integer'], ['score', 'double'],
  ['negated', 'integer'], ['evidence', 'string']] as const;

interface GexfEdge {
  id: string;
  source: string;
  target: string;
  kind: string;
  relation: string;
  events: number;
  sources: number;
  score: number;
  negated: number;
  evidence: string;
  spells: [string, string][];
}

export function toGexf(model: ExportModel, description = 'Entente: actors and the events between them'): string {
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '  xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    `  <meta><creator>Entente</creator><description>${xmlAttr(description)}</description></meta>`,
    '  <graph mode="dynamic" defaultedgetype="directed" timeformat="date" timerepresentation="interval">',
    '    <attributes class="node" mode="static">',
    ...NODE_ATTRIBUTES.map((name, i) => `      <attribute id="${i}" title="${name}" type="string"/>`),
    '    </attributes>',
    '    <attributes class="edge" mode="static">',
    ...EDGE_ATTRIBUTES.map(([name, type], i) => `      <attribute id="${i}" title="${name}" type="${type}"/>`),
    '    </attributes>',
    '    <nodes>',
  ];
  for (const node of model.nodes) {
    const time = node.first !== null && node.last !== null ? ` start="${node.first}" end="${node.last}"` : '';
    const values = [node.kind, node.parent, node.aliases.length > 0 ? node.aliases.join('; ') : null];
    out.push(`      <node id="${xmlAttr(node.id)}" label="${xmlAttr(node.label)}"${time}>`, ...attvalues(values), '      </node>');
  }
  out.push('    </nodes>', '    <edges>');
  for (const edge of gexfEdges(model.edges)) {
    out.push(`      <edge id="${xmlAttr(edge.id)}" source="${xmlAttr(edge.source)}" target="${xmlAttr(edge.target)}" kind="${xmlAttr(edge.kind)}" label="${xmlAttr(edge.kind)}" weight="${edge.events}">`,
      ...attvalues([edge.relation, edge.events, edge.sources, edge.score, edge.negated, edge.evidence]));
    if (edge.spells.length > 0) {
      out.push('        <spells>', ...edge.spells.map(([start, end]) => `          <spell start="${start}" end="${end}"/>`), '        </spells>');
    }
    out.push('      </edge>');
  }
  out.push('    </edges>', '  </graph>', '</gexf>', '');
  return out.join('\n');
}

function attvalues(values: readonly (string | number | null)[]): string[] {
  const present = values.map((v, i) => [i, v] as const).filter(([, v]) => v !== null);
  if (present.length === 0) return [];
  return ['        <attvalues>', ...present.map(([i, v]) => `          <attvalue for="${i}" value="${xmlAttr(String(v))}"/>`), '        </attvalues>'];
}

/** Edges grouped by pair and type (relations kept apart from events), with disjoint spells. */
export function gexfEdges(edges: readonly ExportEdge[]): GexfEdge[] {
  const groups = new Map<string, ExportEdge[]>();
  for (const edge of edges) {
    const key = [edge.kind, edge.type, edge.source, edge.target].join('\u0000');
    groups.set(key, [...(groups.get(key) ?? []), edge]);
  }
  return [...groups.values()].map((group) => {
    const first = group[0]!;
    const documents = new Set(group.flatMap((e) => e.documents));
    return {
      id: first.kind === 'relation' ? first.id : `${first.type}-${first.source}-${first.target}`,
      source: first.source, target: first.target, kind: first.type, relation: first.kind,
      events: first.kind === 'relation' ? 1 : group.length, sources: documents.size,
      score: Math.round(group.reduce((sum, e) => sum + (e.kind === 'event' ? e.weight : 0), 0) * 100) / 100,
      negated: group.filter((e) => e.negated).length, evidence: first.evidence,
      spells: first.kind === 'relation' ? [] : disjoint(group.flatMap((e) => (e.start !== null && e.end !== null ? [[e.start, e.end] as [string, string]] : []))),
    };
  }).sort((a, b) => a.id.localeCompare(b.id));
}

/** Sorted, with overlapping or touching intervals joined. ISO days compare as strings. */
function disjoint(intervals: [string, string][]): [string, string][] {
  const sorted = [...intervals].sort(([a], [b]) => a.localeCompare(b));
  const out: [string, string][] = [];
  for (const [start, end] of sorted) {
    const last = out.at(-1);
    if (last && start <= last[1]) last[1] = end > last[1] ? end : last[1];
    else out.push([start, end]);
  }
  return out;
}
