// GEXF 1.3 structure checked against the rules of its schema (gexf.xsd, data.xsd,
// dynamics.xsd at https://gexf.net/1.3), encoded here because the XSD cannot be
// downloaded on this machine. Returns every problem found; empty when valid.
import { DOMParser } from '@xmldom/xmldom';

const NS = 'http://gexf.net/1.3';
const ATTRIBUTE_TYPES = new Set(['integer', 'long', 'double', 'float', 'boolean', 'string', 'liststring', 'anyURI',
  'listinteger', 'listlong', 'listdouble', 'listfloat', 'listboolean', 'bigdecimal', 'biginteger', 'byte', 'short', 'char',
  'listbigdecimal', 'listbiginteger', 'listbyte', 'listshort', 'listchar']);
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/;
const FLOAT = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$|^(NaN|INF|-INF)$/;
const INTEGER = /^[+-]?\d+$/;
const NODE_CHILDREN = new Set(['attvalues', 'spells', 'nodes', 'edges', 'parents', 'color', 'position', 'size', 'shape']);
const EDGE_CHILDREN = new Set(['attvalues', 'spells', 'color', 'thickness', 'shape']);

const children = (el: Element, name?: string): Element[] => {
  const out: Element[] = [];
  for (let n = el.firstChild; n !== null; n = n.nextSibling) {
    if (n.nodeType === 1 && (name === undefined || (n as Element).localName === name)) out.push(n as Element);
  }
  return out;
};

export function checkGexf(xml: string): string[] {
  const problems: string[] = [];
  const doc = new DOMParser({ errorHandler: (level: string, message: unknown) => { if (level !== 'warning') problems.push(`XML: ${String(message)}`); } })
    .parseFromString(xml, 'text/xml');
  const root = doc.documentElement;
  if (!root || root.localName !== 'gexf') return [...problems, 'root element is not <gexf>'];
  if (root.namespaceURI !== NS) problems.push(`root namespace is ${root.namespaceURI}, not ${NS}`);
  if (root.getAttribute('version') !== '1.3') problems.push('version is not "1.3"');
  const top = children(root);
  const names = top.map((el) => el.localName);
  if (names.filter((n) => n === 'graph').length !== 1) problems.push('<gexf> must hold exactly one <graph>');
  if (names.some((n) => n !== 'meta' && n !== 'graph') || (names.includes('meta') && names[0] !== 'meta')) problems.push('<gexf> holds <meta>? then <graph> only');
  const meta = children(root, 'meta')[0];
  if (meta?.hasAttribute('lastmodifieddate') && !DATE.test(meta.getAttribute('lastmodifieddate') ?? '')) problems.push('meta lastmodifieddate is not a date');
  const graph = children(root, 'graph')[0];
  if (!graph) return problems;

  const enumAttr = (el: Element, name: string, allowed: string[]) => {
    if (el.hasAttribute(name) && !allowed.includes(el.getAttribute(name)!)) problems.push(`<${el.localName}> ${name}="${el.getAttribute(name)}" is not one of ${allowed.join(', ')}`);
  };
  enumAttr(graph, 'mode', ['static', 'dynamic']);
  enumAttr(graph, 'defaultedgetype', ['directed', 'undirected', 'mutual']);
  enumAttr(graph, 'timeformat', ['integer', 'double', 'date', 'dateTime']);
  enumAttr(graph, 'timerepresentation', ['interval', 'timestamp']);
  const dynamic = graph.getAttribute('mode') === 'dynamic';
  const timeformat = graph.getAttribute('timeformat') ?? 'double';
  const validTime = (v: string) => timeformat === 'date' ? DATE.test(v) : timeformat === 'dateTime' ? DATETIME.test(v) || DATE.test(v)
    : timeformat === 'integer' ? INTEGER.test(v) : FLOAT.test(v);

  const order = children(graph).map((el) => el.localName);
  const lastAttributes = order.lastIndexOf('attributes');
  if (order.some((n) => !['attributes', 'nodes', 'edges'].includes(n))) problems.push('<graph> holds only <attributes>, <nodes>, <edges>');
  if (order.filter((n) => n === 'nodes').length > 1 || order.filter((n) => n === 'edges').length > 1) problems.push('<graph> holds one <nodes> and one <edges> at most');
  if (lastAttributes > order.indexOf('nodes') && order.includes('nodes')) problems.push('<attributes> must come before <nodes>');
  if (order.includes('edges') && order.indexOf('edges') < order.indexOf('nodes')) problems.push('<nodes> must come before <edges>');

  const declared = { node: new Map<string, string>(), edge: new Map<string, string>() };
  for (const attributes of children(graph, 'attributes')) {
    const cls = attributes.getAttribute('class');
    if (cls !== 'node' && cls !== 'edge') {
      problems.push(`<attributes> class "${cls}" is not node or edge`);
      continue;
    }
    enumAttr(attributes, 'mode', ['static', 'dynamic']);
    for (const attribute of children(attributes, 'attribute')) {
      const id = attribute.getAttribute('id');
      const type = attribute.getAttribute('type') ?? '';
      if (!id || !attribute.getAttribute('title')) problems.push('<attribute> needs id and title');
      if (!ATTRIBUTE_TYPES.has(type)) problems.push(`<attribute id="${id}"> type "${type}" is not a GEXF type`);
      if (id && declared[cls].has(id)) problems.push(`${cls} attribute id "${id}" declared twice`);
      if (id) declared[cls].set(id, type);
    }
  }

  const checkTimed = (el: Element, what: string) => {
    const start = el.getAttribute('start');
    const end = el.getAttribute('end');
    const spells = children(el, 'spells')[0];
    if ((start || end || spells) && !dynamic) problems.push(`${what} has time but the graph is not dynamic`);
    for (const v of [start, end]) if (v && !validTime(v)) problems.push(`${what} time "${v}" does not match timeformat ${timeformat}`);
    if (start && end && start > end) problems.push(`${what} starts after it ends`);
    if (spells && (start || end)) problems.push(`${what} has both start/end and <spells>`);
    const intervals = spells ? children(spells, 'spell').map((s) => [s.getAttribute('start') ?? '', s.getAttribute('end') ?? '']) : [];
    for (const [s, e] of intervals) {
      if (!validTime(s!) || !validTime(e!)) problems.push(`${what} spell ${s}–${e} does not match timeformat ${timeformat}`);
      if (s! > e!) problems.push(`${what} spell starts after it ends`);
    }
    const sorted = [...intervals].sort(([a], [b]) => a!.localeCompare(b!));
    for (let i = 1; i < sorted.length; i++) if (sorted[i]![0]! <= sorted[i - 1]![1]!) problems.push(`${what} spells overlap`);
  };
  const checkValues = (el: Element, cls: 'node' | 'edge', what: string) => {
    for (const value of children(el, 'attvalues').flatMap((a) => children(a, 'attvalue'))) {
      const id = value.getAttribute('for') ?? '';
      const type = declared[cls].get(id);
      const v = value.getAttribute('value');
      if (type === undefined) problems.push(`${what} attvalue for "${id}" has no declared ${cls} attribute`);
      if (v === null) problems.push(`${what} attvalue for "${id}" has no value`);
      else if ((type === 'integer' || type === 'long') && !INTEGER.test(v)) problems.push(`${what} attvalue "${v}" is not an integer`);
      else if ((type === 'double' || type === 'float') && !FLOAT.test(v)) problems.push(`${what} attvalue "${v}" is not a number`);
      else if (type === 'boolean' && !['true', 'false', '1', '0'].includes(v)) problems.push(`${what} attvalue "${v}" is not a boolean`);
    }
  };

  const nodeIds = new Set<string>();
  for (const node of children(graph, 'nodes').flatMap((n) => children(n, 'node'))) {
    const id = node.getAttribute('id');
    if (!id) { problems.push('<node> without id'); continue; }
    if (nodeIds.has(id)) problems.push(`node id "${id}" repeated`);
    nodeIds.add(id);
    for (const child of children(node)) if (!NODE_CHILDREN.has(child.localName ?? '')) problems.push(`<node id="${id}"> cannot hold <${child.localName}>`);
    checkTimed(node, `node "${id}"`);
    checkValues(node, 'node', `node "${id}"`);
  }
  const edgeIds = new Set<string>();
  for (const edge of children(graph, 'edges').flatMap((e) => children(e, 'edge'))) {
    const id = edge.getAttribute('id') ?? '';
    if (!id) problems.push('<edge> without id');
    if (edgeIds.has(id)) problems.push(`edge id "${id}" repeated`);
    edgeIds.add(id);
    for (const end of ['source', 'target']) {
      const ref = edge.getAttribute(end);
      if (!ref) problems.push(`edge "${id}" has no ${end}`);
      else if (!nodeIds.has(ref)) problems.push(`edge "${id}" ${end} "${ref}" is not a node`);
    }
    enumAttr(edge, 'type', ['directed', 'undirected', 'mutual']);
    const weight = edge.getAttribute('weight');
    if (weight !== null && !FLOAT.test(weight)) problems.push(`edge "${id}" weight "${weight}" is not a number`);
    for (const child of children(edge)) if (!EDGE_CHILDREN.has(child.localName ?? '')) problems.push(`<edge id="${id}"> cannot hold <${child.localName}>`);
    checkTimed(edge, `edge "${id}"`);
    checkValues(edge, 'edge', `edge "${id}"`);
  }
  return problems;
}
