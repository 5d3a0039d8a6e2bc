// GraphML (http://graphml.graphdrawing.org/): a directed multigraph; every event and
// relation an edge with typed attributes, read by Gephi, yEd, NetworkX, igraph and
// graphology alike.
import type { ExportModel } from './model.ts';
import { xmlAttr, xmlText } from './xml.ts';

type KeyType = 'string' | 'double' | 'int' | 'boolean';
const NODE_KEYS: [string, KeyType][] = [['label', 'string'], ['kind', 'string'], ['parent', 'string'], ['aliases', 'string'],
  ['first', 'string'], ['last', 'string']];
const EDGE_KEYS: [string, KeyType][] = [['kind', 'string'], ['type', 'string'], ['mode', 'string'], ['date', 'string'],
  ['start', 'string'], ['end', 'string'], ['weight', 'double'], ['sources', 'int'], ['negated', 'boolean'],
  ['modality', 'string'], ['usdPerYear', 'double'], ['evidence', 'string'], ['documents', 'string']];

export function toGraphml(model: ExportModel): string {
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '  xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...NODE_KEYS.map(([name, type]) => `  <key id="n_${name}" for="node" attr.name="${name}" attr.type="${type}"/>`),
    ...EDGE_KEYS.map(([name, type]) => `  <key id="e_${name}" for="edge" attr.name="${name}" attr.type="${type}"/>`),
    '  <graph id="entente" edgedefault="directed">',
  ];
  for (const node of model.nodes) {
    out.push(`    <node id="${xmlAttr(node.id)}">`, ...data('n', {
      label: node.label, kind: node.kind, parent: node.parent,
      aliases: node.aliases.length > 0 ? node.aliases.join('; ') : null, first: node.first, last: node.last,
    }), '    </node>');
  }
  for (const edge of model.edges) {
    out.push(`    <edge id="${xmlAttr(edge.id)}" source="${xmlAttr(edge.source)}" target="${xmlAttr(edge.target)}">`, ...data('e', {
      kind: edge.kind, type: edge.type, mode: edge.mode, date: edge.date, start: edge.start, end: edge.end,
      weight: edge.weight, sources: edge.sources, negated: edge.negated, modality: edge.modality,
      usdPerYear: edge.usdPerYear, evidence: edge.evidence, documents: edge.documents.join(' '),
    }), '    </edge>');
  }
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}

/** <data> elements for the values that are not null (GraphML has no null: absent means unknown). */
function data(prefix: string, values: Record<string, string | number | boolean | null>): string[] {
  return Object.entries(values)
    .filter((entry): entry is [string, string | number | boolean] => entry[1] !== null)
    .map(([key, value]) => `      <data key="${prefix}_${key}">${xmlText(String(value))}</data>`);
}
