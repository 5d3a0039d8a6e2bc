// The CLI and the worker threads run from bundles: esbuild joins each entry module with
// everything it imports from src/ into one file under dist/. Loaded one by one through
// tsx's loader thread, the ~200 TypeScript modules cost about 1 s of CPU at every
// `entente` start and 0.35 s in every worker thread; a bundle loads in a tenth of that.
//
// A bundle is only used while it is newer than every file it was built from, so an edit
// under src/ never runs stale: bin/entente.js builds again first. Where dist/ cannot be
// written (a read-only install), the sources run through tsx as before, only slower.
// Plain JavaScript, because it decides whether TypeScript can be loaded at all.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIST = join(ROOT, 'dist');
const MANIFEST = join(DIST, 'bundles.json');

/** Each bundle's entry module. */
const ENTRIES = {
  cli: 'src/cli/main.ts',
  'extract-worker': 'src/ingest/pool/extract-worker.ts',
  'ingest-worker': 'src/server/uploads/ingest-worker.ts',
};

/** Runs a TypeScript module through tsx when its bundle cannot be used. */
const TS_BOOTSTRAP = new URL('./ts-worker.mjs', import.meta.url);

let fresh = null;

/**
 * True when every bundle exists and no file it was built from changed since. Checked once
 * per process: the code a process runs does not change under it.
 */
export function bundlesFresh() {
  fresh ??= checkFresh();
  return fresh;
}

/** The bundle to import for `name` when it is fresh, else null. */
export function bundleUrl(name) {
  return bundlesFresh() ? pathToFileURL(bundlePath(name)) : null;
}

/**
 * What `new Worker()` needs to run `name`'s entry module: its bundle when fresh, else the
 * tsx bootstrap with the TypeScript module passed as workerData.module.
 */
export function workerScript(name) {
  const bundle = bundleUrl(name);
  if (bundle !== null) return { url: bundle, module: null };
  return { url: TS_BOOTSTRAP, module: pathToFileURL(join(ROOT, ENTRIES[name])).href };
}

/** Builds the bundles when stale; false when they cannot be built here. */
export async function ensureBundles() {
  if (bundlesFresh()) return true;
  try {
    await buildBundles();
  } catch {
    return false;
  }
  fresh = checkFresh();
  return fresh;
}

export async function buildBundles() {
  const { build } = await import('esbuild');
  const startedAt = Date.now();
  // Built beside dist/ and moved in file by file (each rename is atomic): a process
  // starting meanwhile, or a second build at the same time, never reads half a file.
  const staging = `${DIST}.building-${process.pid}-${startedAt}`;
  try {
    const result = await build({
      absWorkingDir: ROOT,
      entryPoints: ENTRIES,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      outdir: staging,
      outExtension: { '.js': '.mjs' },
      metafile: true,
      logLevel: 'silent',
      plugins: [sourceLocatedImportMeta],
    });
    const inputs = Object.keys(result.metafile.inputs).map((path) => relative(ROOT, resolve(ROOT, path)));
    // Files changed while esbuild read them count as newer than the bundle.
    writeFileSync(join(staging, 'bundles.json'), JSON.stringify({ builtAt: startedAt, inputs }));
    mkdirSync(DIST, { recursive: true });
    for (const name of Object.keys(ENTRIES)) renameSync(join(staging, `${name}.mjs`), bundlePath(name));
    renameSync(join(staging, 'bundles.json'), MANIFEST);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/**
 * Modules find their data (lexicons, migrations, package.json, worker scripts)
 * relative to import.meta.url. Inside a bundle that would be dist/, so each module's own source
 * location is written in its place.
 */
const sourceLocatedImportMeta = {
  name: 'source-located-import-meta',
  setup(build) {
    build.onLoad({ filter: /\.m?[jt]s$/ }, (args) => ({
      contents: readFileSync(args.path, 'utf8').replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)),
      loader: args.path.endsWith('.ts') ? 'ts' : 'js',
    }));
  },
};

function checkFresh() {
  try {
    const { builtAt, inputs } = JSON.parse(readFileSync(MANIFEST, 'utf8'));
    if (!Object.keys(ENTRIES).every((name) => existsSync(bundlePath(name)))) return false;
    return inputs.every((input) => statSync(join(ROOT, input)).mtimeMs < builtAt);
  } catch {
    return false;
  }
}

function bundlePath(name) {
  return join(DIST, `${name}.mjs`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const started = performance.now();
  await buildBundles();
  console.log(`bundles built into ${DIST} in ${Math.round(performance.now() - started)} ms`);
}
