// Groups of entity ids that resolve to one actor, joined two at a time, with pairs
// that must stay apart checked at every join (a ~ c and c ~ b must not bring a and
// b together when a user split them).
import { pairKey } from './corrections.ts';

export class Groups {
  private readonly parent = new Map<string, string>();
  private readonly members = new Map<string, Set<string>>();

  constructor(private readonly apart: ReadonlySet<string>) {}

  find(id: string): string {
    let root = id;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root)!;
    if (!this.parent.has(id)) {
      this.parent.set(id, id);
      this.members.set(id, new Set([id]));
    }
    return root;
  }

  /** Joins the groups of a and b; false when a split forbids it. */
  join(a: string, b: string): boolean {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return true;
    const ma = this.members.get(ra)!;
    const mb = this.members.get(rb)!;
    if (this.apart.size > 0) {
      for (const x of ma) for (const y of mb) if (this.apart.has(pairKey(x, y))) return false;
    }
    const [big, small, smallRoot, bigRoot] = ma.size >= mb.size ? [ma, mb, rb, ra] : [mb, ma, ra, rb];
    for (const id of small) {
      big.add(id);
      this.parent.set(id, bigRoot);
    }
    this.members.delete(smallRoot);
    return true;
  }

  group(id: string): ReadonlySet<string> {
    return this.members.get(this.find(id))!;
  }
}
