// Counts the inputs before reading them, so that progress can show a total and
// an ETA. Walking folders and globs twice is cheap next to reading the files.
import { expandInputs } from '../read/index.ts';

/** Number of readable-looking inputs, or null when it cannot be known (stdin). */
export async function countInputs(args: string[]): Promise<number | null> {
  // Standard input can be read only once, and its number of documents is unknown.
  if (args.includes('-')) return null;
  let count = 0;
  for await (const input of expandInputs(args)) {
    if (!('reason' in input)) count++;
  }
  return count;
}
