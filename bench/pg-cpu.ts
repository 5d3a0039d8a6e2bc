// CPU time used by a PostgreSQL server started for a benchmark (test/helpers/
// postgres-server.ts), read from /proc: the postmaster's own time, the time of the
// children it has already reaped (finished backends), and that of its live children
// (backends, WAL writer, checkpointer…). Linux only; elsewhere it reads 0.
import { readFileSync, readdirSync } from 'node:fs';

/** Clock ticks per second of /proc/PID/stat (USER_HZ: 100 on every Linux in use). */
const TICKS_PER_S = 100;

/** CPU milliseconds used so far by the server listening on `port`. */
export function postgresCpuMs(port: number): number {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((p) => /^\d+$/.test(p));
  } catch {
    return 0;
  }
  let postmaster: string | undefined;
  for (const pid of pids) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      if (cmd[0]?.endsWith('/postgres') && cmd[cmd.indexOf('-p') + 1] === String(port)) postmaster = pid;
    } catch { /* ended meanwhile */ }
  }
  if (postmaster === undefined) return 0;
  const root = stat(postmaster);
  if (root === null) return 0;
  let ticks = root.utime + root.stime + root.cutime + root.cstime;
  for (const pid of pids) {
    const s = stat(pid);
    if (s !== null && s.ppid === postmaster) ticks += s.utime + s.stime;
  }
  return (ticks * 1000) / TICKS_PER_S;
}

function stat(pid: string): { ppid: string; utime: number; stime: number; cutime: number; cstime: number } | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // After "pid (name) ": state is field 3, ppid 4, utime 14, stime 15, cutime 16, cstime 17.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { ppid: fields[1]!, utime: Number(fields[11]), stime: Number(fields[12]), cutime: Number(fields[13]), cstime: Number(fields[14]) };
  } catch {
    return null;
  }
}

/**
 * postgresCpuMs once it stops moving: a backend that has just ended shows its time
 * neither as a live process nor (until the postmaster reaps it) in the postmaster's
 * total, so a reading right after a client disconnects can miss it. Read after the
 * work is done and its connections are closed; gives up waiting after 5 s.
 */
export async function settledPostgresCpuMs(port: number): Promise<number> {
  let last = postgresCpuMs(port);
  let same = 0;
  for (let waited = 0; waited < 5000 && same < 3; waited += 100) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const now = postgresCpuMs(port);
    same = now === last ? same + 1 : 0;
    last = now;
  }
  return last;
}
