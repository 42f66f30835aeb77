import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

import { withTimeout } from '../../support/with-timeout.mjs';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

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
  let builder = new AxeBuilder({ page }).withTags(tags);
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
