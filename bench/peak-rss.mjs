// Preloaded into the `entente ingest` child by ingest-cli.ts (node --import): at exit,
// writes the process's peak resident memory in bytes (worker threads included) to
// $ENTENTE_BENCH_PEAK_RSS_FILE.
import { writeFileSync } from 'node:fs';

const out = process.env.ENTENTE_BENCH_PEAK_RSS_FILE;
if (out) process.on('exit', () => writeFileSync(out, String(process.resourceUsage().maxRSS * 1024)));
