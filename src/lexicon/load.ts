// The actor lexicon: gazetteer data in ./data/*.json, read once, validated as a whole,
// and handed out frozen. Every problem names its file and entry, so a bad edit to the
// data fails at start-up with a message that says what to fix.
import { readFileSync } from 'node:fs';
import { ENTITY_KINDS } from '../contract.ts';
import type { EntityKind, Role } from '../contract.ts';

export interface LexiconActor {
  id: string;
  name: string;
  kind: EntityKind;
  /**
   * Other names of the actor (the canonical `name` not repeated). For states only the
   * names proper: capitals, metonyms and demonyms are in `Lexicon.states`.
   */
  aliases: string[];
  parent: string | null;
  /** Offices held; empty for everything but persons. */
  roles: Role[];
}

export interface StateEntry {
  id: string;
  name: string;
  aliases: string[];
  capitals: string[];
  metonyms: string[];
  demonyms: string[];
  /** null for a de facto state ISO 3166 does not list (Somaliland, Transnistria). */
  iso2: string | null;
}

export interface TitleEntry {
  /** Lower-case surface forms ("minister of foreign affairs"). */
  forms: string[];
  title: string;
  relation: 'LEADS' | 'MEMBER_OF';
  /** The body a ministerial title implies ("Foreign Ministry"), else null. */
  body: string | null;
}

export interface Lexicon {
  /** States (kind 'state'), organizations and persons, by id. */
  actors: ReadonlyMap<string, LexiconActor>;
  states: ReadonlyMap<string, StateEntry>;
  honorifics: readonly string[];
  titles: readonly TitleEntry[];
  orgSuffixes: ReadonlyMap<string, EntityKind>;
  /** Lower-case. */
  givenNames: ReadonlySet<string>;
  nameParticles: ReadonlySet<string>;
  /**
   * `aliasKey` of a capital → the body seated there that a text naming the body means by
   * it ("Brussels" → the EU): read so only once the text has named the body.
   */
  seats: ReadonlyMap<string, string>;
  /**
   * `aliasKey`s of forms that several actors go by ("Korea", "Congolese"); they were
   * left out of every actor, so a text using one needs context to be resolved.
   */
  ambiguous: ReadonlySet<string>;
}

export const LEXICON_FILES = {
  states: 'states.json',
  organizations: 'organizations.json',
  persons: 'persons.json',
  titles: 'titles.json',
  orgSuffixes: 'org-suffixes.json',
  givenNames: 'given-names.json',
} as const;

/** The parsed JSON of each data file, not yet checked. */
export type RawLexiconFiles = { [K in keyof typeof LEXICON_FILES]: unknown };

const ORG_KINDS: ReadonlySet<string> = new Set(ENTITY_KINDS.filter((k) => k !== 'state' && k !== 'person'));
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO_PARTIAL = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;
// Arabic articles written with a hyphen, as the mention finder skips them.
const ARTICLE = /(^|\s)(?:al|el|ad|ed|ud|ar|as|ash|at|az|an|adh|ath)-/g;

/**
 * The key under which two surface forms count as the same name: case, diacritics,
 * dots, apostrophes, hyphens, a leading "the" and the Arabic article are ignored,
 * so "al-Qaeda" = "Al Qaeda" and "U.S." = "US".
 */
export function aliasKey(form: string): string {
  return form
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '')
    .replace(ARTICLE, '$1')
    .replace(/(^|\s)(?:al|el) /g, '$1')
    .replace(/[.'’‘ʼ`´]/g, '')
    .replace(/[-‐‑–—\s]+/g, ' ')
    .trim();
}

// ---------------------------------------------------------------------------------
// Reading untyped JSON with problems collected rather than thrown.

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

class Fields {
  constructor(
    private readonly problems: string[],
    private readonly where: string,
    private readonly obj: Json,
  ) {}

  problem(message: string): void {
    this.problems.push(`${this.where}: ${message}`);
  }

  string(key: string): string {
    const v = this.obj[key];
    if (typeof v === 'string' && v.trim() !== '') return v;
    this.problem(`"${key}" must be a non-empty string`);
    return '';
  }

  nullableString(key: string): string | null {
    const v = this.obj[key];
    if (v === undefined || v === null) return null;
    if (typeof v === 'string' && v.trim() !== '') return v;
    this.problem(`"${key}" must be a non-empty string or null`);
    return null;
  }

  /** A list of non-empty strings; a missing key reads as an empty list when `optional`. */
  strings(key: string, optional = false): string[] {
    const v = this.obj[key];
    if (v === undefined && optional) return [];
    if (!Array.isArray(v)) {
      this.problem(`"${key}" must be a list of strings`);
      return [];
    }
    const out: string[] = [];
    v.forEach((s, i) => {
      if (typeof s !== 'string' || s.trim() === '') this.problem(`"${key}"[${i}] is empty or not a string`);
      else if (s !== s.trim()) this.problem(`"${key}"[${i}] "${s}" has surrounding spaces`);
      else out.push(s);
    });
    return out;
  }
}

function entries(problems: string[], file: string, raw: unknown, listKey: string): { list: Json[]; ambiguous: string[] } {
  if (!isObject(raw)) {
    problems.push(`${file}: expected an object with "${listKey}"`);
    return { list: [], ambiguous: [] };
  }
  const top = new Fields(problems, file, raw);
  const ambiguous = top.strings('ambiguous', true);
  const list = raw[listKey];
  if (!Array.isArray(list)) {
    problems.push(`${file}: "${listKey}" must be a list`);
    return { list: [], ambiguous };
  }
  const objects: Json[] = [];
  list.forEach((e, i) => {
    if (isObject(e)) objects.push(e);
    else problems.push(`${file}: entry ${i} is not an object`);
  });
  return { list: objects, ambiguous };
}

function entryName(file: string, e: Json, i: number): string {
  return `${file}: entry ${typeof e['id'] === 'string' ? `"${e['id']}"` : i}`;
}

// ---------------------------------------------------------------------------------
// Parsing and validation.

interface ActorRecord {
  file: string;
  actor: LexiconActor;
  /** Every form the actor may be written as, name included. */
  surfaces: string[];
}

interface Parsed {
  records: ActorRecord[];
  states: StateEntry[];
  ambiguous: string[];
  /** [capital, body id] */
  seats: [string, string][];
  honorifics: string[];
  titles: TitleEntry[];
  orgSuffixes: [string, EntityKind][];
  given: string[];
  particles: string[];
}

function parseActors(raw: RawLexiconFiles, problems: string[]): Pick<Parsed, 'records' | 'states' | 'ambiguous' | 'seats'> {
  const records: ActorRecord[] = [];
  const states: StateEntry[] = [];
  const ambiguous: string[] = [];
  const seats: [string, string][] = [];

  const st = entries(problems, LEXICON_FILES.states, raw.states, 'states');
  ambiguous.push(...st.ambiguous);
  st.list.forEach((e, i) => {
    const f = new Fields(problems, entryName(LEXICON_FILES.states, e, i), e);
    const entry: StateEntry = {
      id: f.string('id'),
      name: f.string('name'),
      aliases: f.strings('aliases'),
      capitals: f.strings('capitals'),
      metonyms: f.strings('metonyms'),
      demonyms: f.strings('demonyms'),
      iso2: f.nullableString('iso2'),
    };
    if (entry.iso2 && !/^[A-Z]{2}$/.test(entry.iso2)) f.problem(`iso2 "${entry.iso2}" is not two capital letters`);
    states.push(entry);
    records.push({
      file: LEXICON_FILES.states,
      actor: { id: entry.id, name: entry.name, kind: 'state', aliases: entry.aliases, parent: null, roles: [] },
      surfaces: [entry.name, ...entry.aliases, ...entry.capitals, ...entry.metonyms, ...entry.demonyms],
    });
  });

  const orgs = entries(problems, LEXICON_FILES.organizations, raw.organizations, 'organizations');
  ambiguous.push(...orgs.ambiguous);
  orgs.list.forEach((e, i) => {
    const f = new Fields(problems, entryName(LEXICON_FILES.organizations, e, i), e);
    const kind = f.string('kind');
    if (kind && !ORG_KINDS.has(kind)) f.problem(`kind "${kind}" is not one of ${[...ORG_KINDS].join(', ')}`);
    if (!('parent' in e)) f.problem('"parent" is missing (use null for none)');
    const actor: LexiconActor = {
      id: f.string('id'),
      name: f.string('name'),
      kind: kind as EntityKind,
      aliases: f.strings('aliases'),
      parent: f.nullableString('parent'),
      roles: [],
    };
    records.push({ file: LEXICON_FILES.organizations, actor, surfaces: [actor.name, ...actor.aliases] });
    for (const seat of f.strings('seats', true)) {
      if (!states.some((st) => st.capitals.some((c) => aliasKey(c) === aliasKey(seat)))) f.problem(`seat "${seat}" is no state's capital`);
      seats.push([seat, actor.id]);
    }
  });

  const persons = entries(problems, LEXICON_FILES.persons, raw.persons, 'persons');
  ambiguous.push(...persons.ambiguous);
  persons.list.forEach((e, i) => {
    const where = entryName(LEXICON_FILES.persons, e, i);
    const f = new Fields(problems, where, e);
    const roles: Role[] = [];
    const rawRoles = e['roles'];
    if (!Array.isArray(rawRoles)) f.problem('"roles" must be a list');
    else {
      rawRoles.forEach((r, j) => {
        if (!isObject(r)) return f.problem(`roles[${j}] is not an object`);
        const rf = new Fields(problems, `${where}: roles[${j}]`, r);
        const role: Role = { title: rf.string('title'), of: rf.string('of'), from: rf.nullableString('from'), to: rf.nullableString('to') };
        for (const d of [role.from, role.to]) if (d !== null && !ISO_PARTIAL.test(d)) rf.problem(`date "${d}" is not ISO partial (YYYY, YYYY-MM or YYYY-MM-DD)`);
        if (role.from && role.to && role.from.slice(0, role.to.length) > role.to.slice(0, role.from.length)) {
          rf.problem(`starts (${role.from}) after it ends (${role.to})`);
        }
        roles.push(role);
      });
    }
    const actor: LexiconActor = { id: f.string('id'), name: f.string('name'), kind: 'person', aliases: f.strings('aliases'), parent: null, roles };
    records.push({ file: LEXICON_FILES.persons, actor, surfaces: [actor.name, ...actor.aliases] });
  });

  return { records, states, ambiguous, seats };
}

function checkActors(parsed: Pick<Parsed, 'records' | 'states' | 'ambiguous' | 'seats'>, problems: string[]): void {
  const byId = new Map<string, ActorRecord>();
  for (const rec of parsed.records) {
    const { id } = rec.actor;
    if (!id) continue;
    if (!SLUG.test(id)) problems.push(`${rec.file}: entry "${id}": id is not a lower-case slug`);
    const first = byId.get(id);
    if (first) problems.push(`${rec.file}: entry "${id}": duplicate id (also in ${first.file})`);
    else byId.set(id, rec);
  }

  const iso = new Map<string, string>();
  for (const s of parsed.states) {
    if (s.iso2 === null) continue;
    const other = iso.get(s.iso2);
    if (other) problems.push(`${LEXICON_FILES.states}: entry "${s.id}": iso2 "${s.iso2}" also used by "${other}"`);
    iso.set(s.iso2, s.id);
  }

  // Parents and role holders must be states or organizations that exist.
  const refersTo = (rec: ActorRecord, what: string, target: string): void => {
    const t = byId.get(target);
    if (!t) problems.push(`${rec.file}: entry "${rec.actor.id}": ${what} "${target}" is not a known id`);
    else if (t.actor.kind === 'person') problems.push(`${rec.file}: entry "${rec.actor.id}": ${what} "${target}" is a person`);
  };
  for (const rec of parsed.records) {
    if (rec.actor.parent !== null) refersTo(rec, 'parent', rec.actor.parent);
    rec.actor.roles.forEach((r, j) => r.of !== null && r.of !== '' && refersTo(rec, `roles[${j}].of`, r.of));
  }
  for (const rec of parsed.records) {
    const seen = new Set<string>([rec.actor.id]);
    for (let p = rec.actor.parent; p !== null; p = byId.get(p)?.actor.parent ?? null) {
      if (seen.has(p)) {
        problems.push(`${rec.file}: entry "${rec.actor.id}": parent chain loops through "${p}"`);
        break;
      }
      seen.add(p);
    }
  }

  // A surface form names one actor, unless it is declared ambiguous.
  const claims = new Map<string, Set<ActorRecord>>();
  for (const rec of parsed.records) {
    for (const s of rec.surfaces) {
      const key = aliasKey(s);
      if (key === '') continue;
      const set = claims.get(key) ?? new Set();
      set.add(rec);
      claims.set(key, set);
    }
  }
  const ambiguous = new Set(parsed.ambiguous.map(aliasKey));
  for (const [key, recs] of claims) {
    if (recs.size < 2 || ambiguous.has(key)) continue;
    const who = [...recs].map((r) => `"${r.actor.id}" (${r.file})`).join(', ');
    problems.push(`${[...recs][0]!.file}: "${key}" is claimed by ${who}; keep it on one or list it in "ambiguous"`);
  }
  for (const form of parsed.ambiguous) {
    const recs = claims.get(aliasKey(form));
    if (!recs || recs.size < 2) problems.push(`ambiguous form "${form}" is claimed by ${recs?.size ?? 0} actor(s); drop it from "ambiguous"`);
    for (const rec of recs ?? []) {
      if (aliasKey(rec.actor.name) === aliasKey(form)) {
        problems.push(`${rec.file}: entry "${rec.actor.id}": its name "${rec.actor.name}" cannot be ambiguous`);
      }
    }
  }
}

function parseTitles(raw: unknown, problems: string[]): Pick<Parsed, 'honorifics' | 'titles'> {
  const file = LEXICON_FILES.titles;
  if (!isObject(raw)) {
    problems.push(`${file}: expected an object with "honorifics" and "titles"`);
    return { honorifics: [], titles: [] };
  }
  const lowerCase = (where: string, forms: string[]): void => {
    for (const f of forms) if (f !== f.toLowerCase()) problems.push(`${where}: "${f}" must be lower-case`);
  };
  const honorifics = new Fields(problems, file, raw).strings('honorifics');
  lowerCase(`${file}: honorifics`, honorifics);
  const titles: TitleEntry[] = [];
  const owner = new Map<string, string>();
  const list = raw['titles'];
  if (!Array.isArray(list)) problems.push(`${file}: "titles" must be a list`);
  (Array.isArray(list) ? list : []).forEach((e, i) => {
    if (!isObject(e)) return problems.push(`${file}: titles[${i}] is not an object`);
    const f = new Fields(problems, `${file}: titles[${i}]${typeof e['title'] === 'string' ? ` "${e['title']}"` : ''}`, e);
    const entry: TitleEntry = { forms: f.strings('forms'), title: f.string('title'), relation: 'MEMBER_OF', body: f.nullableString('body') };
    const relation = e['relation'];
    if (relation === 'LEADS' || relation === 'MEMBER_OF') entry.relation = relation;
    else f.problem(`"relation" must be "LEADS" or "MEMBER_OF"`);
    if (entry.forms.length === 0) f.problem('"forms" is empty');
    lowerCase(`${file}: titles[${i}]`, entry.forms);
    for (const form of entry.forms) {
      const other = owner.get(form);
      if (other !== undefined) f.problem(`form "${form}" also belongs to "${other}"`);
      owner.set(form, entry.title);
    }
    titles.push(entry);
  });
  return { honorifics, titles };
}

function parseSuffixes(raw: unknown, problems: string[]): [string, EntityKind][] {
  const file = LEXICON_FILES.orgSuffixes;
  if (!isObject(raw)) {
    problems.push(`${file}: expected an object mapping head words to kinds`);
    return [];
  }
  const out: [string, EntityKind][] = [];
  for (const [word, kind] of Object.entries(raw)) {
    if (!/^\p{Lu}[\p{L}-]*$/u.test(word)) problems.push(`${file}: "${word}" must be one capitalised word`);
    if (typeof kind !== 'string' || !ORG_KINDS.has(kind)) problems.push(`${file}: "${word}": kind ${JSON.stringify(kind)} is not one of ${[...ORG_KINDS].join(', ')}`);
    else out.push([word, kind as EntityKind]);
  }
  return out;
}

function parseNames(raw: unknown, problems: string[]): Pick<Parsed, 'given' | 'particles'> {
  const file = LEXICON_FILES.givenNames;
  if (!isObject(raw)) {
    problems.push(`${file}: expected an object with "given" and "particles"`);
    return { given: [], particles: [] };
  }
  const f = new Fields(problems, file, raw);
  const given = f.strings('given');
  const particles = f.strings('particles');
  for (const p of particles) if (p !== p.toLowerCase()) problems.push(`${file}: particle "${p}" must be lower-case`);
  const particleSet = new Set(particles);
  for (const g of given) if (particleSet.has(g.toLowerCase())) problems.push(`${file}: "${g}" is both a given name and a particle`);
  return { given, particles };
}

function parse(raw: RawLexiconFiles): { parsed: Parsed; problems: string[] } {
  const problems: string[] = [];
  const actors = parseActors(raw, problems);
  checkActors(actors, problems);
  const parsed: Parsed = {
    ...actors,
    ...parseTitles(raw.titles, problems),
    orgSuffixes: parseSuffixes(raw.orgSuffixes, problems),
    ...parseNames(raw.givenNames, problems),
  };
  return { parsed, problems };
}

/** Problems in the data files, each naming its file and entry; empty when all is well. */
export function validateLexicon(raw: RawLexiconFiles): string[] {
  return parse(raw).problems;
}

// ---------------------------------------------------------------------------------
// Loading.

export function readLexiconFiles(): RawLexiconFiles {
  const read = (file: string): unknown => {
    const url = new URL(`./data/${file}`, import.meta.url);
    try {
      return JSON.parse(readFileSync(url, 'utf8'));
    } catch (e) {
      throw new Error(`lexicon: cannot read ${file}: ${(e as Error).message}`);
    }
  };
  return {
    states: read(LEXICON_FILES.states),
    organizations: read(LEXICON_FILES.organizations),
    persons: read(LEXICON_FILES.persons),
    titles: read(LEXICON_FILES.titles),
    orgSuffixes: read(LEXICON_FILES.orgSuffixes),
    givenNames: read(LEXICON_FILES.givenNames),
  };
}

/** Drops ambiguous forms, the canonical name and repeats, keeping the order of the data. */
function keepForms(forms: readonly string[], name: string, ambiguous: ReadonlySet<string>): string[] {
  const seen = new Set([aliasKey(name)]);
  const out: string[] = [];
  for (const form of forms) {
    const key = aliasKey(form);
    if (ambiguous.has(key) || seen.has(key)) continue;
    seen.add(key);
    out.push(form);
  }
  return Object.freeze(out) as string[];
}

/** Builds a Lexicon from raw files; throws one Error listing every problem. */
export function buildLexicon(raw: RawLexiconFiles): Lexicon {
  const { parsed, problems } = parse(raw);
  if (problems.length > 0) {
    throw new Error(`lexicon data has ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  }
  const ambiguous = new Set(parsed.ambiguous.map(aliasKey));
  const actors = new Map<string, LexiconActor>();
  for (const { actor } of parsed.records) {
    const roles = Object.freeze(actor.roles.map((r) => Object.freeze({ ...r }))) as Role[];
    const aliases = keepForms(actor.aliases, actor.name, ambiguous);
    actors.set(actor.id, Object.freeze({ ...actor, aliases, roles }));
  }
  const states = new Map<string, StateEntry>();
  for (const s of parsed.states) {
    // A capital may share its state's name ("Djibouti"), so only aliases drop the name.
    const keep = (forms: string[]): string[] => keepForms(forms, '', ambiguous);
    states.set(
      s.id,
      Object.freeze({ ...s, aliases: actors.get(s.id)!.aliases, capitals: keep(s.capitals), metonyms: keep(s.metonyms), demonyms: keep(s.demonyms) }),
    );
  }
  return Object.freeze({
    actors,
    states,
    honorifics: Object.freeze([...parsed.honorifics]),
    titles: Object.freeze(parsed.titles.map((t) => Object.freeze({ ...t, forms: Object.freeze([...t.forms]) as string[] }))),
    orgSuffixes: new Map(parsed.orgSuffixes),
    givenNames: new Set(parsed.given.map((g) => g.toLowerCase())),
    nameParticles: new Set(parsed.particles),
    seats: new Map(parsed.seats.map(([capital, id]) => [aliasKey(capital), id])),
    ambiguous,
  });
}

let cached: Lexicon | undefined;

/** The shipped lexicon, read and validated on the first call. */
export function loadLexicon(): Lexicon {
  cached ??= buildLexicon(readLexiconFiles());
  return cached;
}
