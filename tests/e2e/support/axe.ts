import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

import { withTimeout } from '../../support/with-timeout.mjs';

// WCAG 2.2 A and AA too: target-size (24 × 24 px at least, issue 15) and focus-not-obscured.
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

/**
 * Runs axe-core on the current page and throws one Error listing every violation. axe is injected
 * through the DevTools protocol (page.evaluate), which the app's `script-src 'self'` policy does
 * not apply to, so no CSP bypass is needed.
 */
export async function expectNoAxeViolations(
  page: Page,
  label: string,
  options: { exclude?: string[]; timeoutMs?: number } = {},
): Promise<void> {
  // Legacy mode runs axe.run() in the page itself. The default (runPartial + finishRun) opens and
  // closes an extra blank page and injects axe twice per scan, which only matters for
  // cross-origin frames; the app has none. Only violations are collected, which is much faster.
  // `options()` replaces every option, so it comes before `withTags()`.
  let builder = new AxeBuilder({ page })
    .options({ resultTypes: ['violations'] })
    .withTags(tags)
    .setLegacyMode(true);
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
  const results = await withTimeout(
    builder.analyze(),
    options.timeoutMs ?? 60_000,
    `axe on ${label}`,
  );
  if (results.violations.length === 0) return;

  const lines = results.violations.map((violation) => {
    const targets = violation.nodes.map((node) => `      ${node.target.join(' ')}`).join('\n');
    return `  - ${violation.id} (${violation.impact ?? 'unknown impact'}): ${violation.help}\n    ${violation.helpUrl}\n${targets}`;
  });
  throw new Error(
    `axe found ${results.violations.length} violation(s) on ${label} (${page.url()}):\n${lines.join('\n')}`,
  );
}
