// The documents read since the last commit. They are not in the store yet, so
// "already seen" and "near copy" must also be asked of them.
import type { StoredDocInput } from '../store/store.ts';
import { ClosestFingerprint } from '../clean/fingerprint.ts';

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
    const closest = new ClosestFingerprint(fp, maxDistance);
    for (const item of this.items) if (item.duplicateOf === null) closest.consider(item.doc.id, item.fingerprint);
    return closest.id;
  }

  /** Hands the items over and starts empty. */
  take(): StoredDocInput[] {
    const items = this.items.splice(0);
    this.ids.clear();
    return items;
  }
}
