import { readdir, readFile } from 'node:fs/promises';

/**
 * Killing the browser the hard way (SIGKILL, as a tablet running out of battery would stop
 * it): no unload, no flush, no goodbye to IndexedDB. Playwright's `close()` is a clean shutdown,
 * so the processes are found in /proc instead: the browser by `--user-data-dir=<profile>` in
 * its command line, then every process below it (zygotes, renderers, GPU, network, storage).
 */

interface ProcessInfo {
  pid: number;
  ppid: number;
  /** One letter: R running, S sleeping, Z zombie (dead, not yet reaped), … */
  state: string;
  cmdline: string;
}

async function processes(): Promise<ProcessInfo[]> {
  const out: ProcessInfo[] = [];
  for (const name of await readdir('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const [cmdline, stat] = await Promise.all([
        readFile(`/proc/${name}/cmdline`, 'utf8'),
        readFile(`/proc/${name}/stat`, 'utf8'),
      ]);
      // The name in field 2 may hold spaces and brackets: the fields after its last ')'.
      const [state = '', ppid = ''] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.push({
        pid: Number(name),
        ppid: Number(ppid),
        state,
        cmdline: cmdline.split('\0').join(' '),
      });
    } catch {
      // The process ended while we looked: nothing to kill.
    }
  }
  return out;
}

/** The pids of the browser started on this profile and of all its descendants. */
export async function browserProcessTree(userDataDir: string): Promise<number[]> {
  const all = await processes();
  const roots = all
    .filter((p) => p.cmdline.includes(`--user-data-dir=${userDataDir}`))
    .map((p) => p.pid);
  const tree = new Set(roots);
  let grew = true;
  while (grew) {
    grew = false;
    for (const p of all) {
      if (!tree.has(p.pid) && tree.has(p.ppid)) {
        tree.add(p.pid);
        grew = true;
      }
    }
  }
  return [...tree];
}

/**
 * SIGKILLs the browser running on `userDataDir` and every process below it, all at once, and
 * waits until none is left. Returns how many processes were killed.
 */
export async function killBrowser(userDataDir: string, timeoutMs = 10_000): Promise<number> {
  const pids = await browserProcessTree(userDataDir);
  if (pids.length === 0) throw new Error(`no browser runs on ${userDataDir}`);
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    // A zombie is dead already: only its parent has yet to collect its exit status.
    const alive = (await processes()).filter((p) => pids.includes(p.pid) && p.state !== 'Z');
    if (alive.length === 0) return pids.length;
    if (Date.now() > deadline) {
      throw new Error(`still alive after SIGKILL: ${alive.map((p) => p.pid).join(', ')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
