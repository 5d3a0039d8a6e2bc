// Preloaded into the `entente ingest` child by ingest-cli.ts (node --import): at exit,
// writes to $ENTENTE_BENCH_PEAK_RSS_FILE, as JSON, the process's peak resident memory
// in bytes and the CPU time it used in microseconds (worker threads included in both).
import { writeFileSync } from 'node:fs';

const out = process.env.ENTENTE_BENCH_PEAK_RSS_FILE;
if (out) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(out, JSON.stringify({ maxRssBytes: usage.maxRSS * 1024, userUs: usage.userCPUTime, systemUs: usage.systemCPUTime }));
  });
}
