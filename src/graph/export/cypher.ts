// Cypher for Neo4j (cypher-shell -f FILE): a uniqueness constraint, one MERGE per
// actor, one MERGE per event or relation edge keyed by its id, so loading the file
// twice changes nothing. Edge types are the PLOVER or relation types; nulls are left
// out (Neo4j stores no null properties).
import type { ExportModel } from './model.ts';

type Value = string | number | boolean | null | readonly string[];

/** A Cypher literal: strings single-quoted with backslash escapes. */
export function cypherLiteral(value: Exclude<Value, null>): string {
  if (Array.isArray(value)) return `[${value.map((v) => cypherLiteral(v)).join(', ')}]`;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  if (typeof value === 'boolean') return String(value);
  return `'${String(value).replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t')}'`;
}

function sets(variable: string, properties: Record<string, Value>): string {
  const present = Object.entries(properties).filter((entry): entry is [string, Exclude<Value, null>] => entry[1] !== null);
  return present.length === 0 ? '' : ` SET ${present.map(([key, value]) => `${variable}.${key} = ${cypherLiteral(value)}`).join(', ')}`;
}

/** Relationship types must be identifiers: PLOVER and relation types already are; anything else is quoted. */
function relType(type: string): string {
  return /^[A-Z][A-Z_]*$/.test(type) ? type : `\`${type.replace(/`/g, '``')}\``;
}

export function toCypher(model: ExportModel): string {
  const out = [
    `// Entente export: ${model.nodes.length} actors, ${model.edges.length} edges. Load with: cypher-shell -f THIS_FILE`,
    'CREATE CONSTRAINT entente_actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE;',
  ];
  for (const n of model.nodes) {
    out.push(`MERGE (a:Actor {id: ${cypherLiteral(n.id)}})${sets('a', {
      name: n.label, kind: n.kind, parent: n.parent, aliases: n.aliases.length > 0 ? n.aliases : null, first: n.first, last: n.last,
    })};`);
  }
  for (const e of model.edges) {
    out.push(`MATCH (s:Actor {id: ${cypherLiteral(e.source)}}), (t:Actor {id: ${cypherLiteral(e.target)}}) ` +
      `MERGE (s)-[r:${relType(e.type)} {id: ${cypherLiteral(e.id)}}]->(t)${sets('r', {
        kind: e.kind, mode: e.mode, date: e.date, start: e.start, end: e.end, weight: e.weight, sources: e.sources,
        negated: e.negated, modality: e.modality, usdPerYear: e.usdPerYear, evidence: e.evidence, documents: e.documents,
      })};`);
  }
  return `${out.join('\n')}\n`;
}
