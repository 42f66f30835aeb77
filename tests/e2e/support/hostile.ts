import type { Page } from 'playwright-core';

import { withTimeout } from './browser';

/**
 * Records every alert, confirm and prompt a page opens (and dismisses it): hostile text that ran
 * as script would most plainly show itself there. `beforeunload` is the app asking before a tab
 * loses unsaved work, not script from the text: it is accepted and not counted.
 */
export function watchDialogs(page: Page): string[] {
  const seen: string[] = [];
  page.on('dialog', (dialog) => {
    if (dialog.type() === 'beforeunload') {
      void dialog.accept();
      return;
    }
    seen.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return seen;
}

/** `window.__pwned`, which every payload of the hostile corpus sets if it ever runs. */
export function pwned(page: Page): Promise<unknown> {
  return withTimeout(
    page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned),
    10_000,
    'reading window.__pwned',
  );
}

/**
 * Elements in the live DOM that only hostile markup could have made: an event-handler attribute,
 * an inline script, a meta refresh, a base URL, a frame, or anything pointing at evil.example.
 * Returns a short description of each (none is the expected answer).
 */
export function injectedMarkup(page: Page): Promise<string[]> {
  return withTimeout(
    page.evaluate(() => {
      const found: string[] = [];
      // Attributes that load, link or style: user text in an aria-label or a value is just text.
      const urlish = /^(href|src|srcset|srcdoc|action|formaction|xlink:href|poster|data|style)$/i;
      for (const el of document.querySelectorAll('*')) {
        for (const attr of el.getAttributeNames()) {
          const value = el.getAttribute(attr) ?? '';
          if (/^on/i.test(attr)) found.push(`<${el.localName} ${attr}>`);
          if (urlish.test(attr) && /evil\.example|^\s*javascript:|__pwned/i.test(value)) {
            found.push(`<${el.localName} ${attr}="${value.slice(0, 60)}">`);
          }
        }
      }
      for (const el of document.querySelectorAll(
        'script:not([src]), meta[http-equiv="refresh" i], base, iframe, frame, object, embed',
      )) {
        found.push(`<${el.localName}>`);
      }
      return found;
    }),
    15_000,
    'looking for injected markup',
  );
}

/**
 * Whether the page is wider than the window (a long word that does not wrap): `false`, or the
 * elements that reach past the right edge, to say what to fix.
 */
export function overflowsSideways(page: Page): Promise<false | string[]> {
  return withTimeout(
    page.evaluate(() => {
      if (document.documentElement.scrollWidth <= window.innerWidth + 1) return false as const;
      const past: string[] = [];
      for (const el of document.querySelectorAll('body *')) {
        const box = el.getBoundingClientRect();
        if (box.right > window.innerWidth + 1 && el.closest('.table-scroll') === null) {
          past.push(`${el.localName}.${el.className} → ${String(Math.round(box.right))}px`);
        }
      }
      return past.slice(-8);
    }),
    10_000,
    'measuring the page width',
  );
}

/**
 * How long the page takes to answer a trivial evaluate: a main thread busy for seconds (a frozen
 * page) answers late. Milliseconds; throws after `limitMs`.
 */
export async function responseTime(page: Page, limitMs = 2_000): Promise<number> {
  const started = performance.now();
  await withTimeout(
    page.evaluate(() => 1),
    limitMs,
    'the page answering (is it frozen?)',
  );
  return performance.now() - started;
}

/** Text compared as the PDF can show it: printable ASCII only, no white space, no '?'. */
export function pdfComparable(text: string): string {
  return text.normalize('NFC').replace(/[^\x21-\x3E\x40-\x7E]/g, '');
}
