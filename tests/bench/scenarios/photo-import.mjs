import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { createServer } from 'vite';

import { withTimeout } from '../../support/with-timeout.mjs';
import { round } from '../lib/measure.mjs';
import { readProcs } from '../lib/processes.mjs';

export const name = 'photo-import';

const PHOTOS = Number(process.env.PHOTO_BENCH_COUNT ?? 300);
/** Distinct pictures encoded in the page; the rest are variants of them (see `variant`). */
const BASES = Number(process.env.PHOTO_BENCH_BASES ?? 10);
const WIDTH = 4000;
const HEIGHT = 3000;

/**
 * A different photo from the same encoded picture: one value of the first quantisation table
 * changes, so the decoded pixels (and the stored bytes, and their SHA-256) differ and every
 * file is decoded in full, but no second 12-megapixel encode is needed.
 */
function variant(jpeg, n) {
  const out = Buffer.from(jpeg);
  for (let i = 2; i < out.length;) {
    if (out[i + 1] === 0xdb) {
      const table = i + 5; // after marker, length and the precision/id byte
      out[table + 63] = 1 + (n % 250);
      out[table + 62] = 1 + (Math.floor(n / 250) % 250);
      return out;
    }
    i += 2 + out.readUInt16BE(i + 2);
  }
  throw new Error('no quantisation table');
}

async function rendererPids(userDataDir) {
  const procs = await readProcs();
  const browser = [...procs].find(
    ([, p]) => p.cmd.includes(`--user-data-dir=${userDataDir}`) && !p.cmd.includes('--type='),
  )?.[0];
  if (browser === undefined) return [];
  const descendants = new Set([browser]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, p] of procs) {
      if (!descendants.has(pid) && descendants.has(p.ppid)) {
        descendants.add(pid);
        grew = true;
      }
    }
  }
  return [...descendants].filter((pid) => procs.get(pid)?.cmd.includes('--type=renderer'));
}

async function rssMB(pids) {
  let kb = 0;
  for (const pid of pids) {
    try {
      const status = await readFile(`/proc/${pid}/status`, 'utf8');
      kb += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    } catch {
      // ended
    }
  }
  return kb / 1024;
}

/** Samples the main thread's JS heap (CDP) and the renderers' resident memory every 250 ms. */
async function sampler(page, userDataDir) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const pids = await rendererPids(userDataDir);
  let heap = 0;
  let rss = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      const { metrics } = await cdp.send('Performance.getMetrics');
      heap = Math.max(
        heap,
        (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 2 ** 20,
      );
      rss = Math.max(rss, await rssMB(pids));
      await new Promise((r) => setTimeout(r, 250));
    }
  })();
  return async () => {
    running = false;
    await loop;
    await cdp.detach();
    return { heapMB: heap, rssMB: rss };
  };
}

/**
 * Records the page's main-thread tasks (CDP tracing) and, when stopped, gives the longest one's
 * CPU time: on a shared machine, or with the import's own workers on every core, a task waits
 * for a core too, and its wall time (what the longtask observer sees) says more about the load
 * than about the page's work.
 */
async function taskTracer(page) {
  const cdp = await page.context().newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline',
    transferMode: 'ReportEvents',
  });
  return async () => {
    const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await done;
    await cdp.detach();
    // The page's main thread: the renderer thread that ran the page's script.
    const main = events.find(
      (e) =>
        e.name === 'thread_name' &&
        e.args?.name === 'CrRendererMain' &&
        events.some((x) => x.pid === e.pid && x.tid === e.tid && x.name === 'FunctionCall'),
    );
    const cpu = events
      .filter(
        (e) => e.ph === 'X' && e.name === 'RunTask' && e.pid === main?.pid && e.tid === main?.tid,
      )
      .map((e) => (e.tdur ?? 0) / 1000);
    return {
      longestCpuMs: cpu.length ? Math.max(...cpu) : 0,
      cpuOver50: cpu.filter((ms) => ms >= 50).length,
    };
  };
}

async function openBenchPage(page, devURL) {
  await page.goto(`${devURL}/tests/bench/page/photo-import.html`);
  await page.waitForSelector('body[data-ready=true]', { timeout: 120_000 });
}

export async function run({ launch }) {
  const server = await createServer({
    logLevel: 'warn',
    server: { host: '127.0.0.1', port: 0, strictPort: true },
  });
  await server.listen();
  const address = server.httpServer?.address();
  const devURL = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const dir = await mkdtemp(path.join(os.tmpdir(), 'livsbog-photo-bench-'));
  try {
    const app = await launch({ baseURL: devURL });
    const page = app.page;
    await openBenchPage(page, devURL);

    // Generate the pictures in the page (OffscreenCanvas + convertToBlob), then the variants.
    const bases = [];
    for (let i = 0; i < BASES; i += 1) {
      const b64 = await withTimeout(
        page.evaluate(
          ([seed, w, h]) => globalThis.livsbogPhotoBench.makeJpeg(seed, w, h),
          [i + 1, WIDTH, HEIGHT],
        ),
        120_000,
        'makeJpeg',
      );
      bases.push(Buffer.from(b64, 'base64'));
    }
    const paths = [];
    let bytes = 0;
    for (let n = 0; n < PHOTOS; n += 1) {
      const file = variant(bases[n % BASES], Math.floor(n / BASES));
      const p = path.join(dir, `IMG_${String(n).padStart(4, '0')}.jpg`);
      await writeFile(p, file);
      paths.push(p);
      bytes += file.length;
    }

    // Warm-up: Vite optimises the workers' dependencies on first use and reloads the page once.
    await page.setInputFiles('#files', paths.slice(0, 2));
    await withTimeout(
      page.evaluate(() => globalThis.livsbogPhotoBench.workers()),
      120_000,
      'warm-up',
    ).catch(() => undefined);
    await page.waitForTimeout(2_000);
    await openBenchPage(page, devURL);

    await page.setInputFiles('#files', paths);
    // The floor before and after the import, averaged: on a shared machine the load drifts.
    const floorBefore = await withTimeout(
      page.evaluate(() => globalThis.livsbogPhotoBench.floor()),
      900_000,
      'floor',
    );
    let stop = await sampler(page, app.userDataDir);
    const stopTracing = await taskTracer(page);
    const workers = await withTimeout(
      page.evaluate(() => globalThis.livsbogPhotoBench.workers()),
      900_000,
      'workers',
    );
    const workersCpu = await stopTracing();
    const workersMem = await stop();
    await openBenchPage(page, devURL);
    await page.setInputFiles('#files', paths);
    const floorAfter = await withTimeout(
      page.evaluate(() => globalThis.livsbogPhotoBench.floor()),
      900_000,
      'floor',
    );
    const stages = await withTimeout(
      page.evaluate(() => globalThis.livsbogPhotoBench.stages()),
      900_000,
      'stages',
    );

    await openBenchPage(page, devURL);
    await page.setInputFiles('#files', paths);
    stop = await sampler(page, app.userDataDir);
    const naive = await withTimeout(
      page.evaluate(() => globalThis.livsbogPhotoBench.naive()),
      1_800_000,
      'naive',
    );
    const naiveMem = await stop();

    const idle = await withTimeout(
      page.evaluate(() => globalThis.livsbogPhotoBench.idle(20)),
      60_000,
      'idle',
    );

    if (workers.added !== PHOTOS) throw new Error(`workers stored ${workers.added} of ${PHOTOS}`);
    if (workers.galleryUpdates === 0)
      throw new Error('the gallery never updated during the import');
    if (naive.added !== PHOTOS) throw new Error(`naive stored ${naive.added} of ${PHOTOS}`);
    const wRate = workers.added / workers.seconds;
    const nRate = naive.added / naive.seconds;
    const floorRate =
      (floorBefore.photos + floorAfter.photos) / (floorBefore.seconds + floorAfter.seconds);
    const label = `${PHOTOS} × 12 MP JPEG (avg ${round(bytes / PHOTOS / 1e6, 1)} MB)`;
    const STAGES = [
      ['read', 'read (File → bytes)'],
      ['sniff', 'sniff'],
      ['exif', 'EXIF'],
      ['clean', 'cleaning'],
      ['decode', 'decode + thumbnail'],
      ['hash', 'hash (SHA-256)'],
      ['seal', 'seal (AES-GCM, picture and thumbnail)'],
      ['transfer', 'transfer (worker → page)'],
      ['write', 'IndexedDB write (batches of 8)'],
    ];
    return [
      {
        metric: `import ${label}, worker pool (src/media)`,
        value: round(wRate, 2),
        unit: 'photos/s',
      },
      {
        metric: 'decode floor',
        value: round(floorRate, 2),
        unit: 'photos/s',
      },
      {
        metric: 'worker pool ÷ decode floor',
        value: round(wRate / floorRate, 2),
        unit: 'ratio',
      },
      ...STAGES.map(([key, name]) => ({
        metric: `per photo, stages one after the other: ${name}`,
        value: round(stages[key] ?? 0, 1),
        unit: 'ms',
      })),
      {
        metric: 'gallery list updates while importing (live query of the photo list), worker pool',
        value: workers.galleryUpdates,
        unit: 'count',
      },
      {
        metric: 'photos in the gallery at its first update, worker pool',
        value: workers.photosAtFirstUpdate,
        unit: 'count',
      },
      { metric: `import ${label}, naive main thread`, value: round(nRate, 2), unit: 'photos/s' },
      {
        metric: 'worker pool ÷ naive, photos per second',
        value: round(wRate / nRate, 2),
        unit: 'ratio',
      },
      {
        metric: 'longest main-thread task, worker pool',
        value: round(workers.longestTaskMs, 0),
        unit: 'ms',
      },
      {
        metric: 'longest main-thread task, naive',
        value: round(naive.longestTaskMs, 0),
        unit: 'ms',
      },
      { metric: 'long tasks (≥ 50 ms), worker pool', value: workers.longTasks, unit: 'count' },
      {
        metric: 'longest main-thread task, worker pool, CPU time (trace; load-independent)',
        value: round(workersCpu.longestCpuMs, 0),
        unit: 'ms',
      },
      {
        metric: 'main-thread tasks with ≥ 50 ms CPU time, worker pool',
        value: workersCpu.cpuOver50,
        unit: 'count',
      },
      { metric: 'long tasks (≥ 50 ms), naive', value: naive.longTasks, unit: 'count' },
      {
        metric: 'long tasks (≥ 50 ms) on the idle page, 20 s, same run (machine noise)',
        value: idle.longTasks,
        unit: 'count',
      },
      {
        metric: 'longest main-thread task on the idle page (machine noise)',
        value: round(idle.longestTaskMs, 0),
        unit: 'ms',
      },
      {
        metric: 'worst 10 ms timer delay, worker pool',
        value: round(workers.worstTimerLagMs, 0),
        unit: 'ms',
      },
      {
        metric: 'worst 10 ms timer delay, naive',
        value: round(naive.worstTimerLagMs, 0),
        unit: 'ms',
      },
      {
        metric: 'peak main-thread JS heap (CDP JSHeapUsedSize), worker pool',
        value: round(workersMem.heapMB, 0),
        unit: 'MB',
      },
      {
        metric: 'peak main-thread JS heap (CDP JSHeapUsedSize), naive',
        value: round(naiveMem.heapMB, 0),
        unit: 'MB',
      },
      {
        metric: 'peak renderer RSS incl. workers and decoded pictures, worker pool',
        value: round(workersMem.rssMB, 0),
        unit: 'MB',
      },
      {
        metric: 'peak renderer RSS incl. decoded pictures, naive',
        value: round(naiveMem.rssMB, 0),
        unit: 'MB',
      },
    ];
  } finally {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
}
