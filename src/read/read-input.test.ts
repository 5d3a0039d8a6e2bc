import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, truncateSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { DEFAULT_MAX_BYTES, readInput } from './index.ts';
import { describeError } from './load-bytes.ts';
import type { ReadResult } from './raw-doc.ts';
import { tempFolder } from './test-files.ts';

const ARTICLE = 'Qatar hosted the talks between the two delegations in Doha on Sunday.\n';
const options = { maxBytes: DEFAULT_MAX_BYTES };

function reason(result: ReadResult): string {
  assert.equal(result.ok, false);
  return result.ok ? '' : result.failure.reason;
}

test('a missing file, a folder and an empty file are refused with their reason', async () => {
  const root = tempFolder({ 'empty.txt': '', 'blank.txt': ' \n\n\t\n' });
  assert.equal(reason(await readInput(join(root, 'nope.txt'), options)), 'no such file or folder');
  assert.equal(reason(await readInput(root, options)), 'a folder, not a file');
  assert.equal(reason(await readInput(join(root, 'empty.txt'), options)), 'empty file');
  assert.equal(reason(await readInput(join(root, 'blank.txt'), options)), 'empty file (only blank space)');
});

test('a file over the size limit is refused before it is read, with the way out', async () => {
  const root = tempFolder();
  const big = join(root, 'big.txt');
  writeFileSync(big, '');
  truncateSync(big, Math.round(12.4 * 1024 * 1024)); // sparse: nothing is written
  assert.equal(reason(await readInput(big, options)), '12.4 MB is over the 10 MB limit; raise it with --max-size');
  writeFileSync(big, ARTICLE.repeat(50));
  assert.match(reason(await readInput(big, { maxBytes: 1024 })), /^3\.4 KB is over the 1 KB limit/);
});

test('a named pipe is read to its end, however late its writer comes', async () => {
  const fifo = join(tempFolder(), 'feed');
  execFileSync('mkfifo', [fifo]);
  const writing = new Promise((resolve) => setTimeout(resolve, 300)).then(() => writeFile(fifo, ARTICLE));
  const result = await readInput(fifo, options);
  await writing;
  assert.equal(result.ok && result.docs.map((doc) => doc.text.trim()).join(), ARTICLE.trim());
});

test('an unreadable file says permission denied', { skip: process.getuid?.() === 0 ? 'root can read anything' : false }, async () => {
  const root = tempFolder({ 'secret.txt': ARTICLE });
  chmodSync(join(root, 'secret.txt'), 0o000);
  assert.match(reason(await readInput(join(root, 'secret.txt'), options)), /^permission denied/);
});

test('permission errors are named as such, whoever runs the tests', () => {
  const error = (code: string) => Object.assign(new Error('x'), { code });
  assert.equal(describeError(error('EACCES')), 'permission denied: cannot read this file (check its permissions)');
  assert.equal(describeError(error('EPERM')), 'permission denied: cannot read this file (check its permissions)');
  assert.equal(describeError(error('EIO')), 'cannot read: x');
});

test('formats are chosen by extension, then by sniffing the content', async () => {
  const root = tempFolder({
    'a.txt': ARTICLE,
    'saved-page.txt': `<!DOCTYPE html><html><head><title>Talks in Doha</title></head><body><p>${ARTICLE}</p></body></html>`,
    'b.md': `# Talks in Doha\n\n${ARTICLE}`,
    'c.jsonl': `{"text": ${JSON.stringify(ARTICLE)}}\n`,
    'd.json': `[{"text": ${JSON.stringify(ARTICLE)}, "title": "Talks"}]`,
    'e': `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><item><title>Talks</title><description>${ARTICLE}</description></item></channel></rss>`,
  });
  const read = async (name: string) => {
    const result = await readInput(join(root, name), options);
    assert.ok(result.ok, result.ok ? '' : result.failure.reason);
    return result.docs;
  };
  assert.deepEqual((await read('a.txt'))[0]!.meta, {});
  assert.equal((await read('saved-page.txt'))[0]!.meta.title, 'Talks in Doha');
  assert.equal((await read('b.md'))[0]!.meta.title, 'Talks in Doha');
  assert.equal((await read('c.jsonl'))[0]!.source, join(root, 'c.jsonl#1'));
  assert.equal((await read('d.json'))[0]!.meta.title, 'Talks');
  assert.deepEqual((await read('e'))[0]!.meta.outlet, 'Wire');
});

test('"-" reads standard input to its end, under the same limit', async () => {
  const stdin = Readable.from([Buffer.from('<html><body><p>'), Buffer.from(`${ARTICLE}</p></body></html>`)]);
  const result = await readInput('-', { maxBytes: 1000, stdin });
  assert.ok(result.ok);
  assert.equal(result.docs[0]!.source, '-');
  assert.equal(result.docs[0]!.text.trim(), ARTICLE.trim());
  const flood = Readable.from([Buffer.alloc(600, 0x61), Buffer.alloc(600, 0x61)]);
  assert.equal(reason(await readInput('-', { maxBytes: 1000, stdin: flood })), 'standard input is over the 1000 bytes limit; raise it with --max-size');
});

test('a JSONL file with broken lines keeps its good records', async () => {
  const root = tempFolder({
    'wire.jsonl': [
      JSON.stringify({ text: ARTICLE, url: 'https://example.org/1', published: '2019-07-22' }),
      '',
      '{"text": "unterminated',
      JSON.stringify({ title: 'No body' }),
      JSON.stringify({ text: 'Egypt mediated a truce between the two sides.' }),
    ].join('\n'),
  });
  const path = join(root, 'wire.jsonl');
  const result = await readInput(path, options);
  assert.ok(result.ok);
  assert.deepEqual(result.docs.map((d) => d.source), [`${path}#1`, `${path}#5`]);
  assert.deepEqual(result.failures, [
    { source: `${path}#3`, reason: 'line 3 is not valid JSON' },
    { source: `${path}#4`, reason: 'line 4 has no text field (a string with the article text)' },
  ]);
});

test('a text file with NUL bytes past its first 64 KB is refused, not stored with them', async () => {
  // A download cut short and padded with zeros: text first, zeros after.
  const root = tempFolder({ 'cut.txt': Buffer.concat([Buffer.from(ARTICLE.repeat(1000)), Buffer.alloc(4096)]) });
  assert.match(reason(await readInput(join(root, 'cut.txt'), options)), /^text holds NUL/);
});

test('a record whose text is control characters is refused, the other records kept', async () => {
  const root = tempFolder({
    'wire.jsonl': [JSON.stringify({ text: ARTICLE }), '{"text": "\\u0000\\u0000\\u0000\\u0000"}', '{"text": "\\u0001\\u0002\\u0003 x"}'].join('\n'),
    'one.json': '{"text": "\\u0000 Iran"}',
  });
  const path = join(root, 'wire.jsonl');
  const result = await readInput(path, options);
  assert.ok(result.ok);
  assert.deepEqual(result.docs.map((d) => d.source), [`${path}#1`]);
  assert.deepEqual(result.failures.map((f) => `${f.source.slice(path.length)}: ${f.reason}`), [
    '#2: text holds NUL or control characters (binary data, or a damaged file), not an article',
    '#3: text holds NUL or control characters (binary data, or a damaged file), not an article',
  ]);
  assert.match(reason(await readInput(join(root, 'one.json'), options)), /^text holds NUL/);
});
