// Keeps the stored resolution in step with the store. Computing it reads every
// entity, so it is done once after documents or corrections change and saved;
// every query after that reads the saved tables through their indexes.
import type { Store } from '../../store/store.ts';
import { loadLexicon } from '../../lexicon/load.ts';
import { computeResolution } from './compute.ts';

/** Bump when computeResolution changes what it produces: stored resolutions are then redone. */
export const RESOLUTION_VERSION = 1;

/** Brings the stored resolution and the profile totals up to date; true when it had to be recomputed. */
export async function ensureResolution(store: Store): Promise<boolean> {
  const { current, saved, queued } = await store.resolutionStamp();
  const stamp = `v${RESOLUTION_VERSION}:${current}`;
  // Documents queued for the profile totals are folded in by saveResolution: a store
  // just migrated to them, or one a document was deleted from, has its stamp unchanged.
  if (saved === stamp && !queued) return false;
  const lexicon = loadLexicon();
  const resolution = computeResolution(await store.resolutionInputs(), (id) => lexicon.actors.has(id));
  await store.saveResolution(resolution, stamp);
  return true;
}
