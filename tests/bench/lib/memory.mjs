/**
 * Memory of the launched Chromium: the resident set (VmRSS) of its whole process tree, sampled
 * from Node every 100 ms, and a step's peak above the idle sum taken after garbage collection.
 * Shared by the scenarios that report "peak RSS above idle" (handover, media).
 */
import { readFile } from 'node:fs/promises';

import { withTimeout } from '../../support/with-timeout.mjs';
import { median } from './measure.mjs';
import { readProcs } from './processes.mjs';

const SAMPLE_MS = 100;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function processType(cmd) {
  return /--type=([\w-]+)/.exec(cmd)?.[1] ?? 'browser';
}

/**
 * The browser process started with this profile and all its descendants (zygotes, renderers,
 * GPU, network and storage utilities), each with its --type.
 */
async function browserTree(userDataDir) {
  const procs = await readProcs();
  const root = [...procs].find(
    ([, p]) => p.cmd.includes(`--user-data-dir=${userDataDir}`) && !p.cmd.includes('--type='),
  )?.[0];
  if (root === undefined) return new Map();
  const tree = new Map([[root, 'browser']]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, p] of procs) {
      // Chromium starts its on-device model service (~93 MB) about 3 minutes after launch,
      // even on about:blank: not the app's memory, and it would land in whichever step runs.
      if (p.cmd.includes('--utility-sub-type=on_device_model')) continue;
      if (!tree.has(pid) && tree.has(p.ppid)) {
        tree.set(pid, processType(p.cmd));
        grew = true;
      }
    }
  }
  return tree;
}

const kB = (status, field) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);

/**
 * VmRSS of each process in MB, summed per process type and in all; `byKind`: the same sum split
 * into anonymous memory, mapped files and shared memory (Mojo's data pipes and shared buffers).
 */
async function rss(tree) {
  const byType = {};
  const byKind = { anon: 0, file: 0, shmem: 0 };
  let total = 0;
  for (const [pid, type] of tree) {
    try {
      const status = await readFile(`/proc/${pid}/status`, 'utf8');
      const mb = kB(status, 'VmRSS') / 1024;
      byType[type] = (byType[type] ?? 0) + mb;
      byKind.anon += kB(status, 'RssAnon') / 1024;
      byKind.file += kB(status, 'RssFile') / 1024;
      byKind.shmem += kB(status, 'RssShmem') / 1024;
      total += mb;
    } catch {
      // ended
    }
  }
  return { total, byType, byKind };
}

async function availableMB() {
  const info = await readFile('/proc/meminfo', 'utf8');
  return Number(/MemAvailable:\s+(\d+)/.exec(info)?.[1] ?? 0) / 1024;
}

/**
 * Samples the tree's resident memory every 100 ms until stopped; the tree is looked up again
 * every second, since Chromium starts utility processes as it needs them. `onLowMemory` runs
 * once if the machine's available memory falls below the guard.
 */
function startSampler(userDataDir, onLowMemory, guardMB) {
  let running = true;
  let tree = new Map();
  let lookedUp = 0;
  let peak = 0;
  let peakByType = {};
  let peakByKind = {};
  let lowFired = false;
  const loop = (async () => {
    while (running) {
      if (Date.now() - lookedUp > 1000) {
        tree = await browserTree(userDataDir);
        lookedUp = Date.now();
      }
      const now = await rss(tree);
      if (now.total > peak) {
        peak = now.total;
        peakByType = now.byType;
        peakByKind = now.byKind;
      }
      if (onLowMemory && !lowFired && (await availableMB()) < guardMB) {
        lowFired = true;
        onLowMemory();
      }
      await sleep(SAMPLE_MS);
    }
  })();
  return async () => {
    running = false;
    await loop;
    return { peakMB: peak, peakByType, peakByKind, stoppedForMemory: lowFired };
  };
}

/** Garbage-collects the page, lets Chromium settle, then takes the tree's idle resident memory. */
async function idleMB(cdp, userDataDir) {
  await cdp.send('HeapProfiler.collectGarbage');
  await sleep(1000);
  await cdp.send('HeapProfiler.collectGarbage');
  await sleep(2000);
  const tree = await browserTree(userDataDir);
  const samples = [];
  let last;
  for (let i = 0; i < 5; i += 1) {
    last = await rss(tree);
    samples.push(last.total);
    await sleep(SAMPLE_MS);
  }
  return { mb: median(samples), byType: last.byType, byKind: last.byKind };
}

function typesText(byType) {
  return Object.entries(byType)
    .sort(([, a], [, b]) => b - a)
    .map(([type, mb]) => `${type} ${Math.round(mb)}`)
    .join(', ');
}

/**
 * Runs one step in the page while sampling memory; `fn` gets the page and returns its result.
 * With `guardMB`, the page is crashed on purpose once the machine's available memory falls below.
 */
export async function measureStep(label, page, cdp, userDataDir, fn, { timeoutMs, guardMB } = {}) {
  const { mb: idle, byType: idleByType, byKind: idleByKind } = await idleMB(cdp, userDataDir);
  const onLow =
    guardMB === undefined
      ? undefined
      : () => {
          console.log(`    ${label}: available memory below ${guardMB} MB, crashing the page`);
          cdp.send('Page.crash').catch(() => undefined);
        };
  const stop = startSampler(userDataDir, onLow, guardMB);
  let result;
  let error;
  try {
    result = await withTimeout(fn(page), timeoutMs ?? 60 * 60_000, label);
  } catch (e) {
    error = e;
  }
  const memory = await stop();
  const peakAboveMB = Math.max(0, memory.peakMB - idle);
  console.log(
    `    ${label}: idle ${Math.round(idle)} MB, peak ${Math.round(memory.peakMB)} MB ` +
      `(+${Math.round(peakAboveMB)}; at peak: ${typesText(memory.peakByType)}; ` +
      `idle: ${typesText(idleByType)}; kinds at peak / idle: ${typesText(memory.peakByKind)} / ` +
      `${typesText(idleByKind)})`,
  );
  return { result, error, peakAboveMB, stoppedForMemory: memory.stoppedForMemory };
}
