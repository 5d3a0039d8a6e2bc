// Marks on the tokens of the sentence being read ("taken by a mention", "part of a title").
// A stamp per token of the document, the sentence's number, stands in for a set per sentence:
// moving to the next sentence clears every mark at once, and nothing is allocated per sentence.

/** What the readers of marks need: membership, like ReadonlySet<number>. */
export interface TokenSet {
  has(token: number): boolean;
}

export class TokenMarks implements TokenSet {
  private readonly stamps: Int32Array;
  private current = 0;

  constructor(tokenCount: number) {
    this.stamps = new Int32Array(tokenCount);
  }

  /** Starts the next sentence with no token marked. */
  clear(): void {
    this.current++;
  }

  add(token: number): void {
    this.stamps[token] = this.current;
  }

  /** Marks the tokens [first, last). */
  addRange(first: number, last: number): void {
    for (let i = first; i < last; i++) this.stamps[i] = this.current;
  }

  has(token: number): boolean {
    return token >= 0 && token < this.stamps.length && this.stamps[token] === this.current;
  }
}
