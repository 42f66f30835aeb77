import { readdir, readFile } from 'node:fs/promises';

/** Every process on the machine with its parent and command line (from /proc), by pid. */
export async function readProcs() {
  const procs = new Map();
  for (const pid of await readdir('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const cmd = (await readFile(`/proc/${pid}/cmdline`, 'utf8')).split('\0').join(' ');
      procs.set(Number(pid), { ppid, cmd });
    } catch {
      // the process ended while we looked
    }
  }
  return procs;
}
