// The event stage: triggers → arguments → date, amount, modality → SPEC events.
import { createHash } from 'node:crypto';
import type { DatePrecision, EventDate, ExtractedEvent } from '../../contract.ts';
import type { Sentence, TextLayer } from '../../text/layer.ts';
import type { AmountMention } from '../amounts/index.ts';
import type { DateMention } from '../dates/index.ts';
import type { Registry } from '../entities/registry.ts';
import type { ActorMention } from '../mentions/types.ts';
import { readModality } from '../modality/index.ts';
import { findArguments, type Arguments } from './arguments.ts';
import { findTieEvents } from './ties.ts';
import { findTriggers } from './find-triggers.ts';
import { triggerLexicon } from './lexicon.ts';
import { findThirdParty } from './third-party.ts';

/** An event with the reasons it was extracted, for `--explain`. */
export interface EventFinding {
  event: ExtractedEvent;
  rule: string;
  sentence: number;
}

export interface EventInput {
  docId: string;
  text: TextLayer;
  mentions: readonly ActorMention[];
  registry: Registry;
  dates: readonly DateMention[];
  amounts: readonly AmountMention[];
  published: string | null;
}

// Events that need no one acted upon: "Hezbollah mobilised", "crowds protested".
const TARGET_OPTIONAL = new Set(['MOBILIZE']);
// A place (Gaza, Aleppo) is visited, attacked, blockaded, aided or left; it does not
// accuse or praise, and "support for Aleppo" is about its people, not an actor.
const PLACE_TARGET_TYPES = new Set(['CONSULT', 'ASSAULT', 'COERCE', 'AID', 'MOBILIZE', 'RETREAT']);
const THIRD_PARTY_TYPES = new Set(['AGREE', 'SUPPORT', 'CONSULT', 'COOPERATE']);
const AMOUNT_TYPES = new Set(['AID', 'SANCTION', 'COOPERATE', 'AGREE']);

function precisionOf(value: string): DatePrecision {
  return value.length >= 10 ? 'day' : value.length >= 7 ? 'month' : 'year';
}

function nearest<T extends { start: number; end: number }>(items: readonly T[], s: Sentence, at: number): T | null {
  let best: T | null = null;
  for (const item of items) {
    if (item.start < s.start || item.end > s.end) continue;
    if (!best || Math.abs(item.start - at) < Math.abs(best.start - at)) best = item;
  }
  return best;
}

function eventDate(input: EventInput, sentenceIndex: number, at: number): EventDate | null {
  const sentences = input.text.sentences;
  const s = sentences[sentenceIndex]!;
  const own = nearest(input.dates.filter((d) => d.value !== null), s, at);
  if (own?.value) return { value: own.value, precision: own.precision, basis: own.basis };
  // "In 2012 the leadership left Damascus. Funding was cut shortly afterwards."
  const prev = sentences[sentenceIndex - 1];
  if (prev && !input.text.text.slice(prev.end, s.start).includes('\n\n')) {
    const carried = input.dates.filter((d) => d.value !== null && d.start >= prev.start && d.end <= prev.end).at(-1);
    if (carried?.value) return { value: carried.value, precision: carried.precision, basis: 'relative' };
  }
  return input.published ? { value: input.published, precision: precisionOf(input.published), basis: 'publication' } : null;
}

function eventId(docId: string, type: string, source: string, target: string | null, start: number): string {
  return createHash('sha1').update(`${docId}|${type}|${source}|${target ?? ''}|${start}`).digest('hex').slice(0, 16);
}

function confidence(frame: string, source: ActorMention, target: ActorMention | null, modality: string): number {
  let c = frame === 'active' || frame === 'passive' || frame === 'between' ? 0.7 : 0.6;
  if (source.form === 'name' || source.form === 'capital') c += 0.1;
  if (source.form === 'anaphor' || source.form === 'pronoun' || source.weak) c -= 0.1;
  if (target && (target.form === 'anaphor' || target.form === 'pronoun')) c -= 0.1;
  if (modality === 'alleged') c -= 0.1;
  return Math.round(Math.max(0.2, Math.min(0.95, c)) * 100) / 100;
}

export function findEvents(input: EventInput): EventFinding[] {
  const lex = triggerLexicon();
  const { tokens, text } = input.text;
  const out: EventFinding[] = [];
  const seen = new Set<string>();
  input.text.sentences.forEach((s, index) => {
    const mentions = input.mentions.filter((m) => m.sentence === index);
    if (mentions.length < 1) return;
    const ctx = {
      tokens, mentions, sentenceFirst: s.first, sentenceLast: s.last, recipientVerbs: lex.recipientVerbs,
      isPerson: (m: ActorMention) => input.registry.entities.get(m.entity)?.kind === 'person',
    };
    const amountStarts = new Set<number>();
    for (const a of input.amounts) {
      if (a.start < s.start || a.start >= s.end) continue;
      for (let i = s.first; i < s.last; i++) if (tokens[i]!.start === a.start || (tokens[i]!.start <= a.start && tokens[i]!.end > a.start)) amountStarts.add(i);
    }
    let mainSubject: ActorMention | null = null;
    const ties = findTieEvents(tokens, mentions, s.first, s.last);
    const triggers = findTriggers(lex, tokens, s.first, s.last, amountStarts).filter((t) => !ties.some((x) => x.trig.first === t.first));
    const candidates = [...triggers.map((trig) => ({ trig, args: null as Arguments | null })), ...ties];
    for (const candidate of candidates) {
      const trig = candidate.trig;
      let args = candidate.args ?? findArguments(ctx, trig);
      if (!args) continue;
      // "He visited Lebanon, meeting with Abbas Ibrahim": the participle's subject is "He".
      const participial = tokens[trig.first - 1]?.text === ',' && tokens[trig.first]!.key.endsWith('ing') && trig.trigger.pos === 'verb';
      if (participial && mainSubject && args.frame === 'active' && args.target?.entity !== mainSubject.entity) args = { ...args, source: mainSubject };
      if (args.frame === 'active' && !participial) mainSubject ??= args.source;
      const { source, target } = args;
      const mediator = THIRD_PARTY_TYPES.has(trig.trigger.type) ? findThirdParty(tokens, mentions, s.first, s.last) : null;
      const third = args.third ?? (mediator && mediator.entity !== source.entity && mediator.entity !== target?.entity ? mediator : null);
      if (!target && !TARGET_OPTIONAL.has(trig.trigger.type)) continue;
      if (target && target.entity === source.entity) continue;
      const kindOf = (m: ActorMention | null) => (m ? input.registry.entities.get(m.entity)?.kind : undefined);
      if (kindOf(source) === 'other' || (kindOf(target) === 'other' && !PLACE_TARGET_TYPES.has(trig.trigger.type))) continue;
      const type = trig.trigger.type;
      const key = `${index}|${type}|${source.entity}|${target?.entity}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const triggerStart = tokens[trig.first]!.start;
      const reading = readModality({
        tokens, sentenceFirst: s.first, sentenceLast: s.last, mentions,
        triggerFirst: trig.first, triggerLast: trig.last, eventFirst: Math.min(source.last, trig.first),
      });
      const amount = AMOUNT_TYPES.has(type) ? nearest(input.amounts, s, triggerStart) : null;
      const event: ExtractedEvent = {
        id: eventId(input.docId, type, source.entity, target?.entity ?? null, triggerStart),
        type,
        mode: trig.trigger.mode,
        source: source.entity,
        target: target?.entity ?? null,
        third: third?.entity ?? null,
        date: eventDate(input, index, triggerStart),
        amount: amount ? { value: amount.value, currency: amount.currency, per: amount.per, text: amount.text } : null,
        modality: reading.modality,
        negated: reading.negated,
        attribution: reading.attribution && reading.attribution.entity !== source.entity ? reading.attribution.entity : null,
        evidence: { text: text.slice(s.start, s.end), start: s.start, end: s.end },
        confidence: confidence(args.frame, source, target, reading.modality),
      };
      const trigText = text.slice(triggerStart, tokens[trig.last - 1]!.end);
      out.push({ event, rule: `${trig.trigger.pos} "${trigText}" (${args.frame} frame${reading.cue ? `, cue "${reading.cue}"` : ''})`, sentence: index });
    }
  });
  return out;
}
