// linkedom, loaded the first time an HTML page or a feed is read: importing it costs
// about a quarter of a second, which every `entente` command paid at start even when
// it read no markup at all.
import { createRequire } from 'node:module';

type Linkedom = typeof import('linkedom');

const load = createRequire(import.meta.url);
let linkedom: Linkedom | null = null;

export function dom(): Linkedom {
  linkedom ??= load('linkedom') as Linkedom;
  return linkedom;
}
