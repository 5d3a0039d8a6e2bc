// Reads back the Cypher subset Entente writes (MERGE of actors, MATCH…MERGE of
// relationships with SET of literal properties), to check an export round-trips.
export type CypherValue = string | number | boolean | CypherValue[];

export interface CypherGraph {
  nodes: Map<string, Record<string, CypherValue>>;
  edges: { type: string; source: string; target: string; props: Record<string, CypherValue> }[];
}

class Reader {
  i = 0;
  constructor(private readonly s: string) {}
  ws(): void { while (/\s/.test(this.s[this.i] ?? '')) this.i++; }
  eat(token: string): void {
    this.ws();
    if (!this.s.startsWith(token, this.i)) throw new Error(`expected ${token} at ${this.i}: ${this.s.slice(this.i, this.i + 40)}`);
    this.i += token.length;
  }
  ident(): string {
    this.ws();
    if (this.s[this.i] === '`') {
      const end = this.s.indexOf('`', this.i + 1);
      const id = this.s.slice(this.i + 1, end);
      this.i = end + 1;
      return id;
    }
    const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(this.s.slice(this.i));
    if (!m) throw new Error(`expected a name at ${this.i}`);
    this.i += m[0].length;
    return m[0];
  }
  value(): CypherValue {
    this.ws();
    const ch = this.s[this.i];
    if (ch === "'") {
      let out = '';
      for (this.i++; this.s[this.i] !== "'"; this.i++) {
        if (this.s[this.i] === '\\') {
          const next = this.s[++this.i]!;
          out += ({ n: '\n', r: '\r', t: '\t' } as Record<string, string>)[next] ?? next;
        } else out += this.s[this.i];
      }
      this.i++;
      return out;
    }
    if (ch === '[') {
      this.i++;
      const list: CypherValue[] = [];
      this.ws();
      while (this.s[this.i] !== ']') {
        list.push(this.value());
        this.ws();
        if (this.s[this.i] === ',') this.i++;
        this.ws();
      }
      this.i++;
      return list;
    }
    const m = /^(true|false|-?\d+(\.\d+)?([eE][+-]?\d+)?)/.exec(this.s.slice(this.i));
    if (!m) throw new Error(`expected a value at ${this.i}: ${this.s.slice(this.i, this.i + 20)}`);
    this.i += m[0].length;
    return m[0] === 'true' ? true : m[0] === 'false' ? false : Number(m[0]);
  }
  map(): Record<string, CypherValue> {
    this.eat('{');
    const out: Record<string, CypherValue> = {};
    this.ws();
    while (this.s[this.i] !== '}') {
      const key = this.ident();
      this.eat(':');
      out[key] = this.value();
      this.ws();
      if (this.s[this.i] === ',') this.i++;
      this.ws();
    }
    this.i++;
    return out;
  }
  sets(variable: string, into: Record<string, CypherValue>): void {
    this.ws();
    if (!this.s.startsWith('SET', this.i)) return;
    this.eat('SET');
    for (;;) {
      this.eat(`${variable}.`);
      const key = this.ident();
      this.eat('=');
      into[key] = this.value();
      this.ws();
      if (this.s[this.i] !== ',') return;
      this.i++;
    }
  }
  done(): boolean { this.ws(); return this.i >= this.s.length; }
}

export function readCypher(text: string): CypherGraph {
  const graph: CypherGraph = { nodes: new Map(), edges: [] };
  const body = text.split('\n').filter((line) => !line.startsWith('//') && !line.startsWith('CREATE CONSTRAINT')).join('\n');
  const r = new Reader(body);
  while (!r.done()) {
    r.ws();
    if (body.startsWith('MERGE', r.i)) {
      r.eat('MERGE (a:Actor');
      const props = r.map();
      r.eat(')');
      r.sets('a', props);
      graph.nodes.set(String(props.id), props);
    } else {
      r.eat('MATCH (s:Actor');
      const source = r.map();
      r.eat('), (t:Actor');
      const target = r.map();
      r.eat(') MERGE (s)-[r:');
      const type = r.ident();
      const props = r.map();
      r.eat(']->(t)');
      r.sets('r', props);
      graph.edges.push({ type, source: String(source.id), target: String(target.id), props });
    }
    r.eat(';');
  }
  return graph;
}
