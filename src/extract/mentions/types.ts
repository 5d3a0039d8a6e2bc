import type { TitleEntry } from '../../lexicon/load.ts';

/** How an actor is referred to; weak forms only fill an event slot right beside a trigger. */
export type MentionForm =
  | 'name' | 'capital' | 'metonym' | 'demonym' | 'acronym' | 'surname'
  | 'descriptor' | 'anaphor' | 'pronoun';

export interface ActorMention {
  entity: string;
  /** Token index range [first, last) and the character span it covers. */
  first: number;
  last: number;
  start: number;
  end: number;
  sentence: number;
  form: MentionForm;
  /** A demonym not followed by an actor noun ("Iranian rhetoric"). */
  weak: boolean;
}

export interface TitleMention {
  entry: TitleEntry;
  first: number;
  last: number;
  sentence: number;
  /** "former commander", "ex-president". */
  former: boolean;
}
