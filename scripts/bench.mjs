#!/usr/bin/env node
// `npm run bench [-- filter…]`: runs the benchmark scenarios in tests/bench/scenarios against the
// built app in Chromium and records the numbers in bench/results.json. Run `npm run build` first
// (the npm script does).
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { launchChromium } from '../tests/support/chromium.mjs';
import { startPreview } from '../tests/support/preview-server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const scenarioDir = path.join(root, 'tests', 'bench', 'scenarios');
const resultsFile = path.join(root, 'bench', 'results.json');

const filters = process.argv.slice(2).filter((arg) => arg !== '--');

async function loadScenarios() {
  const files = (await readdir(scenarioDir)).filter((file) => file.endsWith('.mjs')).sort();
  const scenarios = [];
  for (const file of files) {
    const module = await import(pathToFileURL(path.join(scenarioDir, file)).href);
    if (typeof module.name !== 'string' || typeof module.run !== 'function') {
      throw new Error(`${file} must export \`name\` (string) and \`run\` (async function)`);
    }
    // A partial run (say, one extra size) replaces only the rows it writes.
    scenarios.push({ file, name: module.name, run: module.run, partial: module.partial === true });
  }
  return scenarios;
}

function matches(scenario) {
  return (
    filters.length === 0 ||
    filters.some((filter) => scenario.name.includes(filter) || scenario.file.includes(filter))
  );
}

/** Rows are the file's contract; a malformed one is a bug in the scenario, not a number. */
function checkRows(scenario, rows) {
  if (!Array.isArray(rows)) throw new Error(`${scenario.name}: run() must return an array`);
  return rows.map((row, index) => {
    const where = `${scenario.name}: row ${index}`;
    if (typeof row.metric !== 'string' || row.metric === '') throw new Error(`${where}: no metric`);
    if (typeof row.value !== 'number' || !Number.isFinite(row.value)) {
      throw new Error(
        `${where} (${row.metric}): value ${String(row.value)} is not a finite number`,
      );
    }
    if (typeof row.unit !== 'string' || row.unit === '') throw new Error(`${where}: no unit`);
    // The runner owns `scenario`, so merging by scenario name below is always sound.
    return { scenario: scenario.name, metric: row.metric, value: row.value, unit: row.unit };
  });
}

async function readPreviousRows() {
  if (!existsSync(resultsFile)) return [];
  try {
    const rows = JSON.parse(await readFile(resultsFile, 'utf8'));
    return Array.isArray(rows) ? rows : [];
  } catch {
    console.warn(`warning: ${path.relative(root, resultsFile)} is not valid JSON; replacing it`);
    return [];
  }
}

function printTable(rows) {
  if (rows.length === 0) {
    console.log('\n(no results)');
    return;
  }
  const header = { scenario: 'scenario', metric: 'metric', value: 'value', unit: 'unit' };
  const cells = rows.map((row) => ({ ...row, value: String(row.value) }));
  const width = (key) => Math.max(...[header, ...cells].map((row) => row[key].length));
  const widths = {
    scenario: width('scenario'),
    metric: width('metric'),
    value: width('value'),
    unit: width('unit'),
  };
  const line = (row) =>
    [
      row.scenario.padEnd(widths.scenario),
      row.metric.padEnd(widths.metric),
      row.value.padStart(widths.value),
      row.unit.padEnd(widths.unit),
    ]
      .join('  ')
      .trimEnd();
  console.log(`\n${line(header)}`);
  console.log(
    [widths.scenario, widths.metric, widths.value, widths.unit]
      .map((w) => '-'.repeat(w))
      .join('  '),
  );
  for (const row of cells) console.log(line(row));
}

async function main() {
  const all = await loadScenarios();
  const selected = all.filter(matches);
  if (selected.length === 0) {
    console.error(
      `no scenario matches ${filters.join(', ')}; scenarios: ${all.map((s) => s.name).join(', ')}`,
    );
    return 1;
  }

  const server = await startPreview({ root });
  console.log(`serving dist/ at ${server.baseURL}`);
  // Browsers a scenario launched and forgot to close (say, after a throw) are closed for it.
  const launched = new Set();
  const launch = async (options = {}) => {
    const app = await launchChromium({ ...options, baseURL: server.baseURL });
    launched.add(app);
    return app;
  };

  const fresh = [];
  const failed = [];
  try {
    for (const scenario of selected) {
      console.log(`\n▶ ${scenario.name}`);
      const started = performance.now();
      const app = await launch();
      try {
        const rows = await scenario.run({
          context: app.context,
          page: app.page,
          baseURL: app.baseURL,
          launch,
        });
        fresh.push(...checkRows(scenario, rows));
        console.log(`  done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      } catch (error) {
        failed.push(scenario.name);
        console.error(
          `  ✖ ${scenario.name} failed: ${error instanceof Error ? error.stack : error}`,
        );
      } finally {
        for (const leftover of launched) {
          await leftover.close().catch((error) => console.warn(`  warning: ${error.message}`));
        }
        launched.clear();
      }
    }
  } finally {
    await server.close();
  }

  // Rows of scenarios that ran are replaced (a failed scenario's old numbers would mislead);
  // rows of scenarios left out by the filter are kept; rows of deleted scenarios are dropped.
  // A partial scenario replaces only the rows it wrote again.
  const ran = new Set(selected.filter((s) => !s.partial).map((s) => s.name));
  const known = new Set(all.map((s) => s.name));
  const written = new Set(fresh.map((row) => `${row.scenario}\n${row.metric}`));
  const kept = (await readPreviousRows()).filter(
    (row) =>
      !ran.has(row.scenario) &&
      known.has(row.scenario) &&
      !written.has(`${row.scenario}\n${row.metric}`),
  );
  const order = all.map((s) => s.name);
  const merged = [...kept, ...fresh].sort(
    (a, b) => order.indexOf(a.scenario) - order.indexOf(b.scenario),
  );

  await mkdir(path.dirname(resultsFile), { recursive: true });
  await writeFile(resultsFile, `${JSON.stringify(merged, null, 2)}\n`);

  printTable(fresh);
  console.log(`\nwrote ${merged.length} rows to ${path.relative(root, resultsFile)}`);
  if (failed.length > 0) {
    console.error(`failed scenarios: ${failed.join(', ')}`);
    return 1;
  }
  return 0;
}

process.exitCode = await main();
