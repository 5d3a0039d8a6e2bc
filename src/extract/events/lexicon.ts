// Loads the trigger list (triggers.json) once, validates it, and expands verb lemmas
// into their inflected forms, so the data stays a list of lemmas.
import { EVENT_TYPES, type EventType } from '../../contract.ts';
import { tokenize } from '../../text/tokens.ts';
import data from './triggers.json' with { type: 'json' };

export interface Trigger {
  type: EventType;
  mode: string | null;
  pos: 'verb' | 'noun';
  /** Prepositions that may introduce the target. */
  preps: readonly string[];
  requirePrep: boolean;
  /** The verb counts only with one of these words just after it ("restore ties"). */
  object: readonly string[] | null;
  hostIsSubject: boolean;
  personObject: boolean;
  targetIsPlace: boolean;
  sourceAfterFrom: boolean;
  notAfter: readonly string[];
  /** Particles that make another verb of it: "backed away from", "backed down". */
  notBefore: readonly string[];
  /** A noun that is an event only when given or received ("supplied weapons", not "their weapons"). */
  needsGiving: boolean;
  /** Done to each other: "A and B clashed" is one event between the two. */
  mutual: boolean;
  /** Counts only with a name right after it that ends its clause: "called Putin on Tuesday". */
  nameObject: boolean;
}

export interface TriggerForm {
  keys: string[];
  trigger: Trigger;
  /** Past participle of a verb, so "was funded by" can be read as passive. */
  participle: boolean;
}

/** What a word can start: trigger forms, and whether it is a verb of naming ("described"). */
export interface FirstWord {
  forms: readonly TriggerForm[];
  describes: boolean;
}

export interface TriggerLexicon {
  byFirstKey: Map<string, TriggerForm[]>;
  /** byFirstKey and describing.verbs in one index: one look-up per word of the text. */
  firstWords: Map<string, FirstWord>;
  recipientVerbs: ReadonlySet<string>;
  lightVerbs: ReadonlySet<string>;
  /** "paid $30 million to Gaza", "will pay": verbs whose object, an amount, is funding (every form). */
  moneyVerbs: ReadonlySet<string>;
  /** "the export of tanks": nouns of handing over, which make the weapons after them aid. */
  transferNouns: ReadonlySet<string>;
  /** "described X as hostile", "calling him a martyr": verbs of naming and the words that make them blame or praise. */
  describing: { verbs: ReadonlySet<string>; negative: ReadonlySet<string>; positive: ReadonlySet<string> };
  /** What may follow the name a nameObject verb takes: words that end its clause, and the
   * verbs an infinitive after it may have ("called Putin to discuss"). */
  nameObject: { ends: ReadonlySet<string>; infinitives: ReadonlySet<string> };
}

export interface RawTrigger {
  lemma?: string;
  forms?: string[];
  type: string;
  mode: string | null;
  preps?: string[];
  requirePrep?: boolean;
  /** The nouns themselves, or the name of a list under objectLists. */
  object?: string[] | string;
  hostIsSubject?: boolean;
  personObject?: boolean;
  targetIsPlace?: boolean;
  sourceAfterFrom?: boolean;
  notAfter?: string[];
  notBefore?: string[];
  needsGiving?: boolean;
  mutual?: boolean;
  nameObject?: boolean;
}

/** A trigger from its listed fields; what is not listed takes its default. */
export function makeTrigger(raw: RawTrigger, pos: 'verb' | 'noun'): Trigger {
  if (!(EVENT_TYPES as readonly string[]).includes(raw.type)) {
    throw new Error(`triggers.json: "${raw.lemma ?? raw.forms?.[0]}" has unknown event type ${raw.type}`);
  }
  return {
    type: raw.type as EventType,
    mode: raw.mode,
    pos,
    preps: raw.preps ?? [],
    requirePrep: raw.requirePrep ?? false,
    object: objectNouns(raw),
    hostIsSubject: raw.hostIsSubject ?? false,
    personObject: raw.personObject ?? false,
    targetIsPlace: raw.targetIsPlace ?? false,
    sourceAfterFrom: raw.sourceAfterFrom ?? false,
    notAfter: raw.notAfter ?? [],
    notBefore: raw.notBefore ?? [],
    needsGiving: raw.needsGiving ?? false,
    mutual: raw.mutual ?? false,
    nameObject: raw.nameObject ?? false,
  };
}

const OBJECT_LISTS = data.objectLists as Record<string, string[]>;

function objectNouns(raw: RawTrigger): readonly string[] | null {
  if (typeof raw.object !== 'string') return raw.object && raw.object.length > 0 ? raw.object : null;
  const list = OBJECT_LISTS[raw.object];
  if (!list) throw new Error(`triggers.json: "${raw.lemma ?? raw.forms?.[0]}" names object list "${raw.object}", which objectLists does not hold`);
  return list;
}

/** One of triggers.json's named object lists ("bids", "weapons"). */
export function objectList(name: string): readonly string[] {
  const list = OBJECT_LISTS[name];
  if (!list) throw new Error(`triggers.json: objectLists holds no "${name}"`);
  return list;
}

/** Regular inflections: fund → funds, funded, funding; finance → financed, financing. */
export function inflect(lemma: string): { forms: string[]; participles: string[] } {
  const consonantY = /[^aeiou]y$/.test(lemma);
  const third = consonantY ? lemma.slice(0, -1) + 'ies' : /(s|sh|ch|x|z|o)$/.test(lemma) ? lemma + 'es' : lemma + 's';
  const past = lemma.endsWith('e') ? lemma + 'd' : consonantY ? lemma.slice(0, -1) + 'ied' : lemma + 'ed';
  const ing = lemma.endsWith('e') && !lemma.endsWith('ee') ? lemma.slice(0, -1) + 'ing' : lemma + 'ing';
  // "expel" → "expelled", "ban" → "banned": where stress doubles the consonant; the
  // undoubled spelling is kept too, since stress cannot be read off the letters.
  if (/[^aeiou][aeiou][bdgklmnprt]$/.test(lemma)) {
    const doubled = lemma + lemma.at(-1);
    return { forms: [lemma, third, past, ing, doubled + 'ing'], participles: [past, doubled + 'ed'] };
  }
  return { forms: [lemma, third, past, ing], participles: [past] };
}

function add(lex: TriggerLexicon, surface: string, trigger: Trigger, participle: boolean): void {
  const keys = tokenize(surface).filter((t) => t.text !== '-').map((t) => t.key);
  if (keys.length === 0) return;
  const list = lex.byFirstKey.get(keys[0]!) ?? [];
  if (list.some((f) => f.keys.join(' ') === keys.join(' ') && f.trigger === trigger)) return;
  list.push({ keys, trigger, participle });
  lex.byFirstKey.set(keys[0]!, list);
}

let loaded: TriggerLexicon | null = null;

/** "pay": pay, pays, paid, paying. */
function everyForm(lemma: string, irregular: Record<string, string[]>): string[] {
  const { forms, participles } = inflect(lemma);
  return [...forms, ...participles, ...(irregular[lemma] ?? [])];
}

export function triggerLexicon(): TriggerLexicon {
  if (loaded) return loaded;
  const irregular = data.irregular as Record<string, string[]>;
  const lex: TriggerLexicon = {
    byFirstKey: new Map(),
    firstWords: new Map(),
    recipientVerbs: new Set(data.recipientVerbs),
    lightVerbs: new Set(data.lightVerbs),
    transferNouns: new Set(data.transferNouns),
    describing: { verbs: new Set(data.describing.verbs), negative: new Set(data.describing.negative), positive: new Set(data.describing.positive) },
    nameObject: { ends: new Set(data.nameObjectEnds), infinitives: new Set(data.nameObjectInfinitives) },
    moneyVerbs: new Set(data.moneyVerbs.flatMap((lemma) => everyForm(lemma, irregular))),
  };
  for (const raw of data.verbs as RawTrigger[]) {
    const trigger = makeTrigger(raw, 'verb');
    // A phrasal verb ("crack down") inflects its first word only.
    const [lemma, ...particle] = raw.lemma!.split(' ') as [string, ...string[]];
    const { forms, participles } = inflect(lemma);
    const extra = irregular[lemma] ?? [];
    const phrase = (form: string) => [form, ...particle].join(' ');
    // Participles first: a form listed twice keeps its first reading.
    for (const form of [...participles, ...extra]) add(lex, phrase(form), trigger, !/(ing|[^s]s)$/.test(form));
    for (const form of forms) add(lex, phrase(form), trigger, false);
  }
  for (const raw of data.nouns as RawTrigger[]) {
    const trigger = makeTrigger(raw, 'noun');
    for (const form of raw.forms ?? []) add(lex, form, trigger, false);
  }
  for (const list of lex.byFirstKey.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  for (const [key, forms] of lex.byFirstKey) lex.firstWords.set(key, { forms, describes: lex.describing.verbs.has(key) });
  for (const verb of lex.describing.verbs) if (!lex.firstWords.has(verb)) lex.firstWords.set(verb, { forms: [], describes: true });
  loaded = lex;
  return lex;
}
