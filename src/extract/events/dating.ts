// When an event happened: a date in its own sentence, else one carried from the
// sentence before it in the same paragraph, else (saying so) the publication date.
import type { DatePrecision, EventDate } from '../../contract.ts';
import type { Sentence, TextLayer } from '../../text/layer.ts';
import type { DateMention } from '../dates/index.ts';

export interface DatingInput {
  text: TextLayer;
  published: string | null;
}

function precisionOf(value: string): DatePrecision {
  return value.length >= 10 ? 'day' : value.length >= 7 ? 'month' : 'year';
}

export function nearest<T extends { start: number; end: number }>(items: readonly T[], s: Sentence, at: number): T | null {
  let best: T | null = null;
  for (const item of items) {
    if (item.start < s.start || item.end > s.end) continue;
    if (!best || Math.abs(item.start - at) < Math.abs(best.start - at)) best = item;
  }
  return best;
}

export function eventDate(input: DatingInput, bySentence: ReadonlyMap<number, readonly DateMention[]>, sentenceIndex: number, at: number, ownDate = false): EventDate | null {
  const sentences = input.text.sentences;
  const s = sentences[sentenceIndex]!;
  const own = nearest(bySentence.get(sentenceIndex) ?? [], s, at);
  if (own?.value) return { value: own.value, precision: own.precision, basis: own.basis };
  // "In 2012 the leadership left Damascus. Funding was cut shortly afterwards."
  // A sentence with a date of its own we could not resolve ("on Friday", no publication date)
  // does not borrow the previous sentence's.
  const prev = sentences[sentenceIndex - 1];
  if (prev && !ownDate && !input.text.text.slice(prev.end, s.start).includes('\n\n')) {
    const carried = bySentence.get(sentenceIndex - 1)?.filter((d) => d.end <= prev.end).at(-1);
    if (carried?.value) return { value: carried.value, precision: carried.precision, basis: 'relative' };
  }
  return input.published ? { value: input.published, precision: precisionOf(input.published), basis: 'publication' } : null;
}

