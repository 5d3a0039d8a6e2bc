// The CLI runs from bundles built from src/: an edit must never run stale.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, statSync, utimesSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { runCli } from './helpers/cli.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const MANIFEST = new URL('../dist/bundles.json', import.meta.url);
const SOURCE = fileURLToPath(new URL('../src/error-message.ts', import.meta.url));

/** bundlesFresh() as a new process sees it (each process checks once). */
function freshInNewProcess(): boolean {
  const run = spawnSync(process.execPath, ['--input-type=module', '-e',
    "import { bundlesFresh } from './src/runtime/bundles.mjs'; console.log(bundlesFresh())"], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  return run.stdout.trim() === 'true';
}

describe('bundles', () => {
  it('are built from every source the CLI and the extraction worker import', () => {
    assert.equal(runCli(['--version'], { cwd: ROOT }).status, 0);
    const { inputs } = JSON.parse(readFileSync(MANIFEST, 'utf8')) as { inputs: string[] };
    for (const source of ['src/cli/main.ts', 'src/ingest/pool/extract-worker.ts', 'src/extract/index.ts', 'src/server/uploads/ingest-worker.ts']) {
      assert.ok(inputs.includes(source), `${source} is not among the bundles' inputs`);
    }
    assert.equal(freshInNewProcess(), true);
  });

  it('are built again by the next entente command once a source changes', () => {
    assert.equal(runCli(['--version'], { cwd: ROOT }).status, 0);
    const before = JSON.parse(readFileSync(MANIFEST, 'utf8')) as { builtAt: number };
    const { atime } = statSync(SOURCE);
    utimesSync(SOURCE, atime, new Date());
    assert.equal(freshInNewProcess(), false);
    const run = runCli(['--version'], { cwd: ROOT });
    assert.equal(run.status, 0, run.stderr);
    const after = JSON.parse(readFileSync(MANIFEST, 'utf8')) as { builtAt: number };
    assert.ok(after.builtAt > before.builtAt);
    assert.equal(freshInNewProcess(), true);
  });
});
