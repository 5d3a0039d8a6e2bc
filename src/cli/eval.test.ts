import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/entente.js', import.meta.url));

function entente(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, 'eval', ...args], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

// A made-up corpus: one article whose gold item names actors no engine will find,
// so the scores are known whatever the engine does.
const dir = mkdtempSync(join(tmpdir(), 'entente-eval-'));
const corpus = join(dir, 'corpus');
mkdirSync(corpus);
writeFileSync(join(corpus, 'd1.txt'), 'Quiet Town\n\nNothing of note happened in the quiet town today, residents said.\n');
const item = { doc: 'd1', kind: 'event', type: ['AID'], source: ['Nobody Alpha'], target: ['Nobody Beta'], evidence: 'x', core: true };
const goldFile = join(dir, 'gold.jsonl');
writeFileSync(goldFile, `${JSON.stringify(item)}\n${JSON.stringify({ ...item, doc: 'd2' })}\n`);
const aliasFile = join(dir, 'aliases.json');
writeFileSync(aliasFile, '{"Nobody Alpha": ["Alpha"]}');
const files = ['--gold', goldFile, '--aliases', aliasFile];

test('help shows an example', () => {
  const r = entente('--help');
  assert.equal(r.status, 0);
  assert.match(r.stdout, /Example:\n {2}\$ entente eval --gold/);
});

test('bad arguments and unreadable gold exit 2 with one line', () => {
  assert.equal(entente('--aliases', aliasFile, corpus).status, 2);
  assert.equal(entente(...files, '--min-f1', 'high', corpus).status, 2);
  assert.equal(entente(...files, '--min-f1', '1.5', corpus).status, 2);
  const missing = entente('--gold', join(dir, 'nope.jsonl'), '--aliases', aliasFile, corpus);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /nope\.jsonl: cannot read \(ENOENT\)\n$/);
  const bad = join(dir, 'bad.jsonl');
  writeFileSync(bad, `${JSON.stringify(item)}\n{"doc": "d1"\n`);
  const broken = entente('--gold', bad, '--aliases', aliasFile, corpus);
  assert.equal(broken.status, 2);
  assert.match(broken.stderr, /bad\.jsonl:2: not valid JSON/);
  assert.equal(entente(...files, join(dir, 'no-such-dir')).status, 2);
});

test('scores the corpus; a missing gold document counts as missed; floors exit 1', () => {
  const r = entente(...files, '--min-f1', '0.5', corpus);
  assert.equal(r.status, 1, r.stderr);
  assert.match(r.stderr, /d2: gold document has no file/);
  assert.match(r.stderr, /^F1 0\.00 is below the floor 0\.5$/m);
  const tail = r.stdout.trimEnd().split('\n').slice(-12).join('\n');
  for (const label of ['recall', 'precision', 'F1', 'core recall', 'date accuracy', 'amount accuracy']) {
    assert.match(tail, new RegExp(`^  ${label} `, 'm'));
  }
  assert.match(tail, /recall +0\.000 {2}\(0\/2\)/);
});

test('--json --verbose prints one object listing the misses', () => {
  const r = entente(...files, '--json', '--verbose', corpus);
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout) as { totals: { gold: number }; documents: Array<{ doc: string; missed: unknown[] }> };
  assert.equal(out.totals.gold, 2);
  assert.deepEqual(out.documents.map((d) => [d.doc, d.missed.length]), [['d1', 1], ['d2', 1]]);
});
