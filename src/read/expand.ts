// Arguments to the list of inputs to read: files as given, folders walked in sorted
// order (hidden entries and node_modules skipped), globs matched, "-" for standard
// input. Problems (a missing path, a symbolic-link loop) are yielded as failures in
// their place, so one bad argument does not stop the others.
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { ReadFailure } from './raw-doc.ts';
import { hasGlobMagic, planGlob } from './glob.ts';

export interface InputRef {
  source: string;
}

/** A file found in a walk, with its path relative to the folder walked. */
interface Found {
  source: string;
  rel: string;
}

const skipped = (name: string) => name.startsWith('.') || name === 'node_modules';

/**
 * A folder entry's name. Node decodes bytes that are not UTF-8 (a Latin-1 "café"
 * from an old archive) to U+FFFD, and the path built from that names no file: it was
 * reported as a broken link. Such a name is shown with its bytes escaped
 * ("caf\xe9.txt") and refused with the real reason.
 */
interface EntryName {
  text: string;
  utf8: boolean;
}

function entryName(bytes: Buffer): EntryName {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), utf8: true };
  } catch {
    const text = Array.from(bytes, (b) => (b < 0x80 ? String.fromCharCode(b) : `\\x${b.toString(16).padStart(2, '0')}`)).join('');
    return { text, utf8: false };
  }
}

/**
 * What a folder entry is, as readdir reports it: only links need a stat() of their
 * own, which saves one system call per file of a large archive (twice: ingest walks
 * the folders once to count them).
 */
type EntryKind = 'file' | 'folder' | 'link' | 'other';

function kindOf(entry: { isFile(): boolean; isDirectory(): boolean; isSymbolicLink(): boolean }): EntryKind {
  if (entry.isFile()) return 'file';
  if (entry.isDirectory()) return 'folder';
  return entry.isSymbolicLink() ? 'link' : 'other';
}

const byText = (a: EntryName, b: EntryName) => (a.text < b.text ? -1 : a.text > b.text ? 1 : 0);

function failure(source: string, error: unknown): ReadFailure {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return { source, reason: 'no such file or folder' };
  if (code === 'EACCES' || code === 'EPERM') return { source, reason: 'permission denied: cannot open this folder' };
  if (code === 'ELOOP') return { source, reason: 'symbolic link loop; not followed' };
  return { source, reason: `cannot open: ${(error as Error).message}` };
}

/**
 * Depth-first walk. `ancestors` holds the real paths of the folders being walked:
 * a link back to one of them is a loop, reported once and not followed. A folder
 * already walked through another link is not walked twice.
 */
async function* walk(dir: string, rel: string, depth: number, ancestors: string[], seen: Set<string>): AsyncGenerator<Found | ReadFailure> {
  let real: string;
  let names: (EntryName & { kind: EntryKind })[];
  try {
    real = await realpath(dir);
    if (ancestors.includes(real)) {
      yield { source: dir, reason: `symbolic link loop (leads back to ${real}); not followed` };
      return;
    }
    if (seen.has(real)) return;
    seen.add(real);
    names = (await readdir(dir, { encoding: 'buffer', withFileTypes: true }))
      .map((entry) => ({ ...entryName(entry.name), kind: kindOf(entry) }))
      .filter((name) => !skipped(name.text)).sort(byText);
  } catch (error) {
    yield failure(dir, error);
    return;
  }
  for (const { text: name, utf8, kind: listed } of names) {
    const path = join(dir, name);
    const childRel = rel ? `${rel}/${name}` : name;
    if (!utf8) {
      yield { source: path, reason: 'name is not valid UTF-8, so it cannot be opened; rename it to UTF-8 (e.g. with convmv)' };
      continue;
    }
    let kind = listed;
    if (kind === 'link') {
      try {
        kind = kindOf(await stat(path));
      } catch (error) {
        // readdir listed it, so a missing target is a dangling link.
        const code = (error as NodeJS.ErrnoException).code;
        yield code === 'ENOENT' ? { source: path, reason: 'broken symbolic link (its target does not exist)' } : failure(path, error);
        continue;
      }
    }
    if (kind === 'folder') {
      if (depth > 0) yield* walk(path, childRel, depth - 1, [...ancestors, real], seen);
    } else if (kind === 'file') {
      yield { source: path, rel: childRel };
    }
  }
}

async function* expandGlob(pattern: string): AsyncGenerator<InputRef | ReadFailure> {
  const { base, matcher, depth } = planGlob(pattern);
  let matched = 0;
  const baseExists = await stat(base).then((s) => s.isDirectory(), () => false);
  if (baseExists) {
    for await (const found of walk(base, '', depth, [], new Set())) {
      if ('reason' in found) yield found;
      else if (matcher.test(found.rel)) {
        matched++;
        yield { source: found.source };
      }
    }
  }
  if (matched === 0) yield { source: pattern, reason: 'no files match this pattern' };
}

export async function* expandInputs(args: string[]): AsyncGenerator<InputRef | ReadFailure> {
  for (const arg of args) {
    if (arg === '-') {
      yield { source: '-' };
      continue;
    }
    let info;
    try {
      info = await stat(arg);
    } catch (error) {
      // A name with "*" or "?" that is not a real file is a pattern.
      if (hasGlobMagic(arg)) yield* expandGlob(arg);
      else yield failure(arg, error);
      continue;
    }
    if (!info.isDirectory()) {
      yield { source: arg };
      continue;
    }
    for await (const found of walk(arg, '', Infinity, [], new Set())) {
      yield 'reason' in found ? found : { source: found.source };
    }
  }
}
