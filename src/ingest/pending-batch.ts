// The documents read since the last commit. They are not in the store yet, so
// "already seen" and "near copy" must also be asked of them.
import type { StoredDocInput } from '../store/store.ts';
import { hammingDistance } from '../clean/index.ts';

export class PendingBatch {
  readonly items: StoredDocInput[] = [];
  private readonly ids = new Set<string>();

  get size(): number {
    return this.items.length;
  }

  has(id: string): boolean {
    return this.ids.has(id);
  }

  add(item: StoredDocInput): void {
    this.items.push(item);
    this.ids.add(item.doc.id);
  }

  /** The closest original in the batch within `maxDistance` bits, as the store does it. */
  nearDuplicate(fp: bigint, maxDistance: number): string | null {
    let best: { id: string; distance: number } | null = null;
    for (const item of this.items) {
      if (item.duplicateOf !== null) continue;
      const distance = hammingDistance(fp, item.fingerprint);
      if (distance <= maxDistance && (best === null || distance < best.distance)) {
        best = { id: item.doc.id, distance };
      }
    }
    return best?.id ?? null;
  }

  /** Hands the items over and starts empty. */
  take(): StoredDocInput[] {
    const items = this.items.splice(0);
    this.ids.clear();
    return items;
  }
}
