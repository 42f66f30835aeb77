import type { Locator } from 'playwright-core';

import { withTimeout } from '../support/browser';

import { AppPage } from './app-page';

/** What the layout checks found on one screen; every list empty means the screen is fine. */
export interface LayoutReport {
  /** Top of the first piece of content, in px from the top of the page scrolled to its top. */
  firstContentTop: number | null;
  viewportHeight: number;
  /** Elements wider than the viewport, or reaching past its right edge. */
  tooWide: string[];
  /** Words drawn on two lines. */
  brokenWords: string[];
  /** Text containers whose computed style allows breaking a word anywhere or hyphenates nothing. */
  badWrapping: string[];
}

/** An open book on a phone: the top bar with the lock, the tab bar, and the "More" page. */
export class PhoneBookPage extends AppPage {
  topBar(): Locator {
    return this.page.locator('.book-header');
  }

  tabBar(): Locator {
    return this.page.locator('nav.book-nav');
  }

  /** The tab bar's visible links, in order. */
  async tabNames(): Promise<string[]> {
    const links = this.tabBar().locator('a:visible');
    return (await links.allInnerTexts()).map((s) => s.replace(/\s+/g, ' ').trim());
  }

  async openTab(name: string, heading: RegExp | string): Promise<void> {
    await this.tabBar().getByRole('link', { name, exact: true }).click();
    await this.heading().filter({ hasText: heading }).waitFor();
  }

  /** A link on the "More" page, found by its name. */
  async openFromMore(more: string, name: string | RegExp): Promise<void> {
    await this.tabBar().getByRole('link', { name: more, exact: true }).click();
    await this.page.locator('.more-page').waitFor();
    await this.page.locator('.more-page').getByRole('link', { name }).click();
  }

  /** The gallery's "Søg" (its picture only on a phone; the word stays its name). */
  searchToggle(name: string): Locator {
    return this.page.locator('.photos-area').getByRole('button', { name, exact: true });
  }

  /**
   * Where "Søg" is: its size, its right edge, its top as a share of the screen's height, and
   * whether it shares the line of the fold buttons ("Læg billeder ind", the slideshow).
   */
  async searchToggleBox(name: string): Promise<{
    width: number;
    height: number;
    right: number;
    inTopShare: number;
    onFoldLine: boolean;
  }> {
    const toggle = this.searchToggle(name);
    await toggle.waitFor();
    return withTimeout(
      toggle.evaluate((el) => {
        const box = el.getBoundingClientRect();
        const folds = [...document.querySelectorAll('.photos-area .phone-fold-toggle')];
        return {
          width: box.width,
          height: box.height,
          right: box.right,
          inTopShare: box.top / window.innerHeight,
          onFoldLine:
            folds.length > 0 &&
            folds.every((f) => {
              const fold = f.getBoundingClientRect();
              return box.top < fold.bottom && box.bottom > fold.top;
            }),
        };
      }),
      10_000,
      'measuring Søg',
    );
  }

  /** Presses "Søg" and waits for the field, with the focus in it. */
  async openSearch(toggle: string, field: string): Promise<void> {
    await this.searchToggle(toggle).click();
    const input = this.page.getByRole('searchbox', { name: field });
    await input.waitFor();
    if (!(await this.isFocused(input))) throw new Error('the search field did not get the focus');
  }

  async searchFieldCount(field: string): Promise<number> {
    return this.page.getByRole('searchbox', { name: field }).count();
  }

  async isFocused(target: Locator): Promise<boolean> {
    return withTimeout(
      target.evaluate((el) => el === document.activeElement),
      10_000,
      'reading the focus',
    );
  }

  lockIconButton(): Locator {
    return this.topBar().locator('.lock-button');
  }

  /** On a person's page: presses "Delete <name>" and returns the question it asks. */
  async askToDeletePerson(button: RegExp): Promise<Locator> {
    const actions = this.page.locator('.person-page .actions');
    await actions.getByRole('button', { name: button }).click();
    const question = actions.locator('.notice-warning');
    await question.waitFor();
    return question;
  }

  /** `target` and each of its buttons that does not lie wholly inside the viewport's width. */
  async outsideScreen(target: Locator): Promise<string[]> {
    return withTimeout(
      target.evaluate((root) => {
        const width = document.documentElement.clientWidth;
        return [root, ...root.querySelectorAll('button')]
          .map((el) => ({ el, box: el.getBoundingClientRect() }))
          .filter(({ box }) => box.left < 0 || box.right > width + 1)
          .map(
            ({ el, box }) => `${el.textContent} ${Math.round(box.left)}–${Math.round(box.right)}px`,
          );
      }),
      10_000,
      'measuring the question',
    );
  }

  /**
   * Scrolls to the top and measures the screen: where `firstContent` starts, what is wider than
   * the viewport, and which words are broken over two lines. Words are found with
   * Intl.Segmenter in the page's language, so a word is what the browser itself would not split.
   */
  async layoutReport(firstContent: string): Promise<LayoutReport> {
    return withTimeout(
      this.page.evaluate((selector) => {
        window.scrollTo(0, 0);
        const describe = (el: Element): string =>
          `${el.localName}${el.id ? `#${el.id}` : ''}${el.classList.length > 0 ? `.${[...el.classList].join('.')}` : ''}`;
        const visible = (el: Element): boolean => {
          const box = el.getBoundingClientRect();
          return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
        };
        const first = [...document.querySelectorAll(selector)].find(visible);
        const firstContentTop = first ? first.getBoundingClientRect().top + window.scrollY : null;

        const width = document.documentElement.clientWidth;
        const tooWide: string[] = [];
        if (document.documentElement.scrollWidth > width + 1) {
          tooWide.push(`the page scrolls sideways (${document.documentElement.scrollWidth}px)`);
        }
        // Inside a box that scrolls sideways on its own (a row of buttons, a table) is fine.
        const inScroller = (el: Element): boolean => {
          for (let up = el.parentElement; up !== null; up = up.parentElement) {
            if (['auto', 'scroll'].includes(getComputedStyle(up).overflowX)) return true;
          }
          return false;
        };
        for (const el of document.querySelectorAll('body *')) {
          if (!visible(el) || el.closest('.visually-hidden') !== null || inScroller(el)) continue;
          const box = el.getBoundingClientRect();
          if (box.width > width + 1 || box.right > width + 1) {
            tooWide.push(`${describe(el)} ${Math.round(box.left)}–${Math.round(box.right)}px`);
          }
        }

        const brokenWords: string[] = [];
        const badWrapping: string[] = [];
        const segmenter = new Intl.Segmenter(document.documentElement.lang, {
          granularity: 'word',
        });
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        const checked = new Set<Element>();
        for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
          const text = node.textContent ?? '';
          const parent = node.parentElement;
          if (parent === null || text.trim() === '') continue;
          if (parent.closest('script, style, svg, .visually-hidden, [hidden]') !== null) continue;
          if (!visible(parent)) continue;
          if (!checked.has(parent)) {
            checked.add(parent);
            const style = getComputedStyle(parent);
            if (style.wordBreak === 'break-all' || style.hyphens !== 'auto') {
              badWrapping.push(
                `${describe(parent)}: word-break ${style.wordBreak}, hyphens ${style.hyphens}`,
              );
            }
          }
          for (const part of segmenter.segment(text)) {
            if (part.isWordLike !== true || part.segment.length < 2) continue;
            const range = document.createRange();
            range.setStart(node, part.index);
            range.setEnd(node, part.index + part.segment.length);
            const tops = new Set(
              [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)),
            );
            if (tops.size > 1) brokenWords.push(`"${part.segment}" in ${describe(parent)}`);
          }
        }
        return {
          firstContentTop,
          viewportHeight: window.innerHeight,
          tooWide,
          brokenWords,
          badWrapping,
        };
      }, firstContent),
      15_000,
      'measuring the layout',
    );
  }
}
