import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expandInputs } from './index.ts';
import { tempFolder } from './test-files.ts';

async function expand(args: string[]): Promise<string[]> {
  const out: string[] = [];
  for await (const item of expandInputs(args)) out.push('reason' in item ? `${item.source}: ${item.reason}` : item.source);
  return out;
}

const files = {
  'b.txt': 'b',
  'a.txt': 'a',
  'notes.md': 'n',
  'sub/c.txt': 'c',
  'sub/deeper/d.txt': 'd',
  'sub/x1.html': 'x',
  '.hidden.txt': 'h',
  '.git/config': 'g',
  'node_modules/pkg/e.txt': 'e',
};

test('a folder is walked recursively in sorted order, hidden entries and node_modules skipped', async () => {
  const root = tempFolder(files);
  assert.deepEqual(await expand([root]), ['a.txt', 'b.txt', 'notes.md', 'sub/c.txt', 'sub/deeper/d.txt', 'sub/x1.html'].map((p) => join(root, p)));
});

test('files, "-" and missing paths keep the order of the arguments', async () => {
  const root = tempFolder(files);
  assert.deepEqual(await expand([join(root, 'b.txt'), '-', join(root, 'missing.txt'), join(root, 'a.txt')]), [
    join(root, 'b.txt'),
    '-',
    `${join(root, 'missing.txt')}: no such file or folder`,
    join(root, 'a.txt'),
  ]);
});

test('globs: * and ? within a folder, ** across folders', async () => {
  const root = tempFolder(files);
  assert.deepEqual(await expand([`${root}/*.txt`]), [join(root, 'a.txt'), join(root, 'b.txt')]);
  assert.deepEqual(await expand([`${root}/sub/x?.html`]), [join(root, 'sub/x1.html')]);
  assert.deepEqual(await expand([`${root}/**/*.txt`]), ['a.txt', 'b.txt', 'sub/c.txt', 'sub/deeper/d.txt'].map((p) => join(root, p)));
  assert.deepEqual(await expand([`${root}/s*/**`]), ['sub/c.txt', 'sub/deeper/d.txt', 'sub/x1.html'].map((p) => join(root, p)));
  assert.deepEqual(await expand([`${root}/*.pdf`]), [`${root}/*.pdf: no files match this pattern`]);
  assert.deepEqual(await expand([`${root}/nowhere/*.txt`]), [`${root}/nowhere/*.txt: no files match this pattern`]);
});

test('a symbolic-link loop is reported once and not followed', async () => {
  const root = tempFolder({ 'news/a.txt': 'a', 'news/inner/b.txt': 'b' });
  symlinkSync(join(root, 'news'), join(root, 'news/inner/back'));
  symlinkSync(join(root, 'news/inner'), join(root, 'news/same-inner'));
  symlinkSync(join(root, 'gone.txt'), join(root, 'news/dangling.txt'));
  const found = await expand([join(root, 'news')]);
  assert.deepEqual(found, [
    join(root, 'news/a.txt'),
    `${join(root, 'news/dangling.txt')}: broken symbolic link (its target does not exist)`,
    join(root, 'news/inner/b.txt'),
    `${join(root, 'news/inner/back')}: symbolic link loop (leads back to ${join(root, 'news')}); not followed`,
  ]);
});

test('an empty folder yields nothing; a pattern matches files only as deep as it says', async () => {
  const root = tempFolder({ 'x/a.txt': 'a' });
  mkdirSync(join(root, 'empty'));
  assert.deepEqual(await expand([join(root, 'empty')]), []);
  assert.deepEqual(await expand([`${root}/*`]), [`${root}/*: no files match this pattern`]);
  assert.deepEqual(await expand([`${root}/*/*`]), [join(root, 'x/a.txt')]);
});

test('a name that is not UTF-8 is refused with that reason, not as a broken link', async () => {
  const root = tempFolder({ 'a.txt': 'a' });
  writeFileSync(Buffer.concat([Buffer.from(`${root}/caf`), Buffer.from([0xe9]), Buffer.from('.txt')]), 'Latin-1 name');
  assert.deepEqual(await expand([root]), [
    join(root, 'a.txt'),
    `${join(root, 'caf\\xe9.txt')}: name is not valid UTF-8, so it cannot be opened; rename it to UTF-8 (e.g. with convmv)`,
  ]);
});
