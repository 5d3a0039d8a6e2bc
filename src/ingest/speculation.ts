// Whether to have a document analysed in the same trip to a worker as its cleaning,
// before ingest has decided to store it. Usually it will be stored, and the trip
// saved is worth more than the odd analysis thrown away (a near-copy). A run over
// documents already stored (a folder ingested again) would analyse each for
// nothing, so the share of recent decisions that needed no analysis is watched, and
// past half of them the analysis waits for the decision again.

/** Weight of the latest decision in the moving share: about the last 16 count. */
const RATE = 1 / 16;

export class Speculation {
  private wasted = 0;

  get worthIt(): boolean {
    return this.wasted < 0.5;
  }

  /** After each decision: whether the document was stored as new. */
  record(stored: boolean): void {
    this.wasted += RATE * ((stored ? 0 : 1) - this.wasted);
  }
}
