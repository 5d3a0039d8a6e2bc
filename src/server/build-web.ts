// Builds the web UI: web/src/main.ts and the libraries it imports (Cytoscape.js from
// the npm registry) into one ES module, plus index.html and styles.css, in web/dist.
// Runs from `npm ci` (the prepare script), and from `entente serve` when web/dist is
// missing or older than its sources. No CDN: everything the page loads comes from
// the server itself.
import { build } from 'esbuild';
import { copyFile, mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const WEB_DIR = fileURLToPath(new URL('../../web/', import.meta.url));
export const DIST_DIR = join(WEB_DIR, 'dist');
const STATIC_FILES = ['index.html', 'styles.css', 'favicon.svg'];

export async function buildWeb(outdir = DIST_DIR): Promise<void> {
  // Built beside the target, then moved in file by file (each rename is atomic): a
  // server reading the folder, or a second build running at the same time, never
  // sees half a file.
  const staging = `${outdir}.building-${process.pid}-${Date.now()}`;
  await mkdir(staging, { recursive: true });
  try {
    await buildInto(staging);
    await mkdir(outdir, { recursive: true });
    for (const name of await readdir(staging)) await rename(join(staging, name), join(outdir, name));
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

async function buildInto(outdir: string): Promise<void> {
  await build({
    entryPoints: [join(WEB_DIR, 'src', 'main.ts')],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    // ENTENTE_WEB_DEBUG=1 keeps names and layout readable, for profiling in the browser.
    minify: process.env.ENTENTE_WEB_DEBUG !== '1',
    sourcemap: 'linked',
    outfile: join(outdir, 'app.js'),
    legalComments: 'linked',
    logLevel: 'warning',
    // Cytoscape reads process.env.NODE_ENV in places; a browser has no process.
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  for (const name of STATIC_FILES) await copyFile(join(WEB_DIR, name), join(outdir, name));
}

/** True when web/dist is missing or any source is newer than the bundle. */
export async function webBuildStale(outdir = DIST_DIR): Promise<boolean> {
  const bundle = join(outdir, 'app.js');
  if (!existsSync(bundle) || STATIC_FILES.some((name) => !existsSync(join(outdir, name)))) return true;
  const built = (await stat(bundle)).mtimeMs;
  const sources = [...STATIC_FILES.map((name) => join(WEB_DIR, name)), ...(await listFiles(join(WEB_DIR, 'src')))];
  for (const file of sources) if ((await stat(file)).mtimeMs > built) return true;
  return false;
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map((e) => (e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)])));
  return nested.flat();
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const started = performance.now();
  await buildWeb();
  console.log(`web UI built into ${DIST_DIR} in ${Math.round(performance.now() - started)} ms`);
}
