// Runs the real `entente` command like helpers/cli.ts does, and also measures it:
// wall time, peak memory (through a preloaded hook), and whether it had to be killed
// for running past its time limit.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT, type CliResult } from '../helpers/cli.ts';

const BIN = join(ROOT, 'bin', 'entente.js');
const HOOK = fileURLToPath(new URL('./peak-rss.mjs', import.meta.url));

export const MB = 1024 * 1024;

export interface Measured extends CliResult {
  signal: NodeJS.Signals | null;
  /** Killed for running past `timeoutMs`: a hang. */
  timedOut: boolean;
  ms: number;
  /** Peak resident memory in MB, or null when the process did not exit by itself. */
  peakMb: number | null;
}

export interface MeasureOptions {
  cwd: string;
  timeoutMs: number;
  input?: string | Buffer;
}

export function runMeasured(args: string[], options: MeasureOptions): Measured {
  const scratch = mkdtempSync(join(tmpdir(), 'entente-rss-'));
  const rssFile = join(scratch, 'peak');
  const env: NodeJS.ProcessEnv = { ...process.env, ENTENTE_TEST_PEAK_RSS_FILE: rssFile };
  delete env.ENTENTE_DB;
  const started = performance.now();
  const result = spawnSync(process.execPath, ['--import', HOOK, BIN, ...args], {
    cwd: options.cwd, env, input: options.input, encoding: 'utf8',
    timeout: options.timeoutMs, killSignal: 'SIGKILL', maxBuffer: 64 * MB,
  });
  const ms = performance.now() - started;
  let peakMb: number | null = null;
  try {
    peakMb = Number(readFileSync(rssFile, 'utf8')) / MB;
  } catch {
    // killed, or crashed before exit handlers ran
  }
  rmSync(scratch, { recursive: true, force: true });
  const timedOut = (result.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT';
  return { status: result.status, signal: result.signal, stdout: result.stdout ?? '', stderr: result.stderr ?? '', timedOut, ms, peakMb };
}

/** One line of standard error per bad input: "entente: SOURCE: REASON". */
export function failureLines(stderr: string): string[] {
  return stderr.split('\n').filter((line) => line.length > 0);
}
