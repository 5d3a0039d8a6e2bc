// Keeps the stored resolution in step with the store. Computing it reads every
// entity, so it is done once after documents or corrections change and saved;
// every query after that reads the saved tables through their indexes.
import type { Store } from '../../store/store.ts';
import { loadLexicon } from '../../lexicon/load.ts';
import { computeResolution } from './compute.ts';

/** Bump when computeResolution changes what it produces: stored resolutions are then redone. */
export const RESOLUTION_VERSION = 1;

/** Brings the stored resolution up to date; true when it had to be recomputed. */
export async function ensureResolution(store: Store): Promise<boolean> {
  const { current, saved } = await store.resolutionStamp();
  const stamp = `v${RESOLUTION_VERSION}:${current}`;
  if (saved === stamp) return false;
  const lexicon = loadLexicon();
  const resolution = computeResolution(await store.resolutionInputs(), (id) => lexicon.actors.has(id));
  await store.saveResolution(resolution, stamp);
  return true;
}
