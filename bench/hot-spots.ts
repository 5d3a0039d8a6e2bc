// Summarises a V8 .cpuprofile: self time per function (where the CPU actually is),
// inclusive time per function (which stage it is under) and self time per file.
// Also runnable on any profile, e.g. one from `node --cpu-prof`:
//   node --import tsx bench/hot-spots.ts FILE.cpuprofile [TOP]
import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { relative } from 'node:path';
import { findSourceMap } from 'node:module';
import { renderTable } from './table.ts';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));

function fileOf(frame: CallFrame): string {
  if (!frame.url) return frame.functionName; // (garbage collector), (program), (idle)
  return frame.url.startsWith('file:') ? relative(ROOT, fileURLToPath(frame.url)) : frame.url;
}

/**
 * "src/text/tokens.ts:tokenize:24". tsx compiles each file to one line, so the
 * profile's positions are columns of that line: the source line comes from the
 * source map tsx registers, which exists only once the module is loaded.
 */
function label(frame: CallFrame): string {
  const name = frame.functionName || '(anonymous)';
  // esbuild's keepNames helper that tsx adds around every named function and
  // closure: its cost is the harness's, not the engine's (a tsc build has none).
  if (name === '__name') return '(tsx __name helper)';
  if (!frame.url) return name;
  const entry = frame.url.startsWith('file:') ? findSourceMap(frame.url)?.findEntry(frame.lineNumber, frame.columnNumber) : undefined;
  // findEntry() gives {} when the position is not mapped.
  const line = ((entry as { originalLine?: number } | undefined)?.originalLine ?? frame.lineNumber) + 1;
  return `${fileOf(frame)}:${name}:${line}`;
}

export function hotSpots(profile: CpuProfile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const files = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    total += dt;
    const leaf = byId.get(id)!;
    self.set(label(leaf.callFrame), (self.get(label(leaf.callFrame)) ?? 0) + dt);
    files.set(fileOf(leaf.callFrame), (files.get(fileOf(leaf.callFrame)) ?? 0) + dt);
    // Each function once per sample, however deep it recurses.
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const key = label(byId.get(at)!.callFrame);
      if (!seen.has(key)) inclusive.set(key, (inclusive.get(key) ?? 0) + dt);
      seen.add(key);
    }
  });
  return { total, self, inclusive, files };
}

export function printHotSpots(profile: CpuProfile, top: number): void {
  const { total, self, inclusive, files } = hotSpots(profile);
  const rows = (m: Map<string, number>, n: number, key: string) =>
    [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([name, us]) => ({
      [key]: name, ms: (us / 1000).toFixed(0), share: `${((100 * us) / total).toFixed(1)}%`,
    }));
  console.log(`total sampled: ${(total / 1000).toFixed(0)} ms\n\nself time by function`);
  console.log(renderTable(['function', 'ms', 'share'], rows(self, top, 'function')));
  console.log('\nself time by file');
  console.log(renderTable(['file', 'ms', 'share'], rows(files, 15, 'file')));
  console.log('\ninclusive time by function (src/ only)');
  const src = new Map([...inclusive].filter(([k]) => k.startsWith('src/')));
  console.log(renderTable(['function', 'ms', 'share'], rows(src, top, 'function')));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [file, top] = process.argv.slice(2);
  if (!file) {
    console.error('usage: node --import tsx bench/hot-spots.ts FILE.cpuprofile [TOP]');
    process.exit(2);
  }
  const profile = JSON.parse(await readFile(file, 'utf8')) as CpuProfile;
  // Load the engine's modules so that their source maps exist (src/ is side-effect free).
  // Not src/cli/: importing main.ts would run the CLI (a profile of `entente ingest`).
  const urls = new Set(profile.nodes.map((n) => n.callFrame.url)
    .filter((u) => u.startsWith(pathToFileURL(`${ROOT}src/`).href) && !u.startsWith(pathToFileURL(`${ROOT}src/cli/`).href)));
  for (const url of urls) await import(url).catch(() => undefined);
  printHotSpots(profile, Number(top ?? 25));
}
