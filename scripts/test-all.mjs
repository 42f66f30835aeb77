#!/usr/bin/env node
// `npm test`: every check in one run. It keeps going after a failure so the summary always
// covers everything, and its last line (`tests: N passed, N failed`) is what CI and people read.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tmpDir = path.join(root, '.tmp');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** @type {{ name: string, passed: number, failed: number, note: string, seconds: number }[]} */
const results = [];

function run(command, args) {
  const started = performance.now();
  const child = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
  const seconds = (performance.now() - started) / 1000;
  if (child.error) console.error(`could not start ${command}: ${child.error.message}`);
  return { ok: child.status === 0 && !child.error, status: child.status, seconds };
}

function header(name) {
  console.log(`\n=== ${name} ===\n`);
}

/** A tool that passes or fails as a whole counts as one test. */
function check(name, command, args) {
  header(name);
  const { ok, status, seconds } = run(command, args);
  results.push({
    name,
    passed: ok ? 1 : 0,
    failed: ok ? 0 : 1,
    note: ok ? '' : `exit code ${status}`,
    seconds,
  });
  return ok;
}

/** A vitest run counts its own tests, read from the JSON reporter's file. */
function vitestSuite(name, extraArgs, jsonName) {
  header(name);
  const outputFile = path.join(tmpDir, jsonName);
  // A stale report from an earlier run must never be counted as this run's result.
  rmSync(outputFile, { force: true });
  const { ok, status, seconds } = run(bin('vitest'), [
    'run',
    ...extraArgs,
    '--reporter=default',
    '--reporter=json',
    `--outputFile=${outputFile}`,
  ]);

  let report;
  try {
    report = JSON.parse(readFileSync(outputFile, 'utf8'));
  } catch {
    report = undefined;
  }
  if (report === undefined || typeof report.numPassedTests !== 'number') {
    results.push({ name, passed: 0, failed: 1, note: `no report (exit code ${status})`, seconds });
    return;
  }
  let failed = report.numFailedTests;
  let note = '';
  // A test file that fails to import (syntax error, missing module) reports no tests at all;
  // count each such file as one failure rather than letting it vanish from the totals.
  const brokenFiles = (report.testResults ?? []).filter(
    (file) =>
      file.status === 'failed' &&
      !(file.assertionResults ?? []).some((test) => test.status === 'failed'),
  ).length;
  if (brokenFiles > 0) {
    failed += brokenFiles;
    note = `${brokenFiles} test file(s) failed outside any test`;
  }
  // Vitest can fail with every test green: unhandled errors, a file that failed to import, or
  // no test files at all. Count that as one failure so the exit code and the summary agree.
  if (!ok && failed === 0) {
    failed = 1;
    note = `exit code ${status} with no failed test (unhandled error or failed suite)`;
  }
  results.push({ name, passed: report.numPassedTests, failed, note, seconds });
}

mkdirSync(tmpDir, { recursive: true });

check('typecheck', bin('tsc'), ['-b']);
check('lint', bin('eslint'), ['--max-warnings', '0', '.']);
check('format', bin('prettier'), ['--check', '.']);
vitestSuite('unit', [], 'unit.json');
const built = check('build', npm, ['run', 'build']);

if (process.env.SKIP_E2E === '1') {
  header('e2e');
  console.log('e2e skipped (SKIP_E2E=1)');
  results.push({ name: 'e2e', passed: 0, failed: 0, note: 'skipped (SKIP_E2E=1)', seconds: 0 });
} else if (!built || !existsSync(path.join(root, 'dist', 'index.html'))) {
  // End-to-end tests against an old dist/ would report on code that is not in this tree.
  header('e2e');
  console.log('e2e not run: the build failed');
  results.push({ name: 'e2e', passed: 0, failed: 1, note: 'not run: build failed', seconds: 0 });
} else {
  vitestSuite('e2e', ['--config', 'vitest.e2e.config.ts'], 'e2e.json');
}

const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);

console.log('\n=== summary ===\n');
for (const r of results) {
  const status = r.note.startsWith('skipped') ? 'SKIP' : r.failed > 0 ? 'FAIL' : 'ok  ';
  const counts = `${r.passed} passed, ${r.failed} failed`;
  const note = r.note === '' ? '' : `  (${r.note})`;
  console.log(
    `${status} ${r.name.padEnd(10)} ${counts.padEnd(24)} ${r.seconds.toFixed(1).padStart(6)} s${note}`,
  );
}
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
