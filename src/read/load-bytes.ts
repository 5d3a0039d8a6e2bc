// Load the bytes of one input (a file or standard input) under a size limit, with
// reasons a user can act on. Decoding and format detection come later.
import { closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';

export type Loaded = { ok: true; bytes: Uint8Array } | { ok: false; reason: string };

const MB = 1024 * 1024;

/** "12.4 MB", "10 MB", "3.1 KB", "512 bytes": one decimal, trailing ".0" dropped. */
export function formatSize(bytes: number): string {
  const one = (n: number) => n.toFixed(1).replace(/\.0$/, '');
  if (bytes >= MB) return `${one(bytes / MB)} MB`;
  if (bytes >= 1024) return `${one(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/** "12.4 MB is over the 10 MB limit…"; without a subject (a size found while reading), "over the…". */
function overLimit(subject: string | null, maxBytes: number): string {
  return `${subject === null ? '' : `${subject} is `}over the ${formatSize(maxBytes)} limit; raise it with --max-size`;
}

/** Reasons for the errors a user can fix; anything else keeps Node's own message. */
export function describeError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied: cannot read this file (check its permissions)';
  if (code === 'EISDIR') return 'a folder, not a file';
  if (code === 'ELOOP') return 'symbolic link loop';
  return `cannot read: ${(error as Error).message}`;
}

/** Reads chunks until end of input, stopping as soon as the limit is passed. */
async function collect(chunks: AsyncIterable<Uint8Array | string>, maxBytes: number): Promise<Uint8Array | null> {
  const parts: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of chunks) {
    const part = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    total += part.byteLength;
    if (total > maxBytes) return null;
    parts.push(part);
  }
  return Buffer.concat(parts, total);
}

/**
 * Reads a regular file into one buffer of the size it reported, plus a byte to
 * notice that it grew meanwhile (then read on, never past the limit).
 */
function readRegular(fd: number, size: number, maxBytes: number): Uint8Array | null {
  let buffer = Buffer.allocUnsafe(Math.min(size, maxBytes) + 1);
  let total = 0;
  for (;;) {
    if (total === buffer.length) {
      const bigger = Buffer.allocUnsafe(Math.min(buffer.length * 2, maxBytes + 1));
      buffer.copy(bigger);
      buffer = bigger;
    }
    const bytesRead = readSync(fd, buffer, total, buffer.length - total, null);
    if (bytesRead === 0) return buffer.subarray(0, total);
    total += bytesRead;
    if (total > maxBytes) return null;
  }
}

/**
 * A regular file is read in this thread, without a round trip through the thread
 * pool for each of open, stat, read and close: a local article-sized file takes a
 * few microseconds that way, and ingest reads thousands while it also hands out
 * work and writes the store. Anything else (a FIFO, a device) may block, so it is
 * read as a stream.
 */
export async function loadFile(path: string, maxBytes: number): Promise<Loaded> {
  let regular;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) return { ok: false, reason: 'a folder, not a file' };
    regular = stat.isFile();
  } catch (error) {
    return { ok: false, reason: describeError(error) };
  }
  return regular ? readRegularFile(path, maxBytes) : loadSpecial(path, maxBytes);
}

function readRegularFile(path: string, maxBytes: number): Loaded {
  let fd;
  try {
    // O_NONBLOCK: should the file have been replaced by a FIFO meanwhile, the open
    // does not wait for a writer (and the check below refuses it).
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return { ok: false, reason: describeError(error) };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { ok: false, reason: 'no longer a regular file; it changed while being read' };
    if (stat.size > maxBytes) return { ok: false, reason: overLimit(formatSize(stat.size), maxBytes) };
    const bytes = readRegular(fd, stat.size, maxBytes);
    if (bytes === null) return { ok: false, reason: overLimit(null, maxBytes) };
    return { ok: true, bytes };
  } catch (error) {
    return { ok: false, reason: describeError(error) };
  } finally {
    closeSync(fd);
  }
}

/** A pipe or a device: it reports size 0, so it is measured while it is read. */
async function loadSpecial(path: string, maxBytes: number): Promise<Loaded> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    return { ok: false, reason: describeError(error) };
  }
  try {
    const bytes = await collect(handle.createReadStream({ autoClose: false }), maxBytes);
    if (bytes === null) return { ok: false, reason: overLimit(null, maxBytes) };
    return { ok: true, bytes };
  } catch (error) {
    return { ok: false, reason: describeError(error) };
  } finally {
    await handle.close();
  }
}

/** Standard input (or any stream given in its place): read to its end, never past the limit. */
export async function loadStream(stream: AsyncIterable<Uint8Array | string>, maxBytes: number): Promise<Loaded> {
  try {
    const bytes = await collect(stream, maxBytes);
    if (bytes === null) return { ok: false, reason: overLimit('standard input', maxBytes) };
    return { ok: true, bytes };
  } catch (error) {
    return { ok: false, reason: describeError(error) };
  }
}
