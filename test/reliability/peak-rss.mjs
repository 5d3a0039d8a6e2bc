// Preloaded into the `entente` child (node --import) by measure.ts: at exit, writes
// the process's peak resident memory, in bytes, to $ENTENTE_TEST_PEAK_RSS_FILE.
import { writeFileSync } from 'node:fs';

const out = process.env.ENTENTE_TEST_PEAK_RSS_FILE;
if (out) process.on('exit', () => writeFileSync(out, String(process.resourceUsage().maxRSS * 1024)));
