import type { Locator } from 'playwright-core';

import { AppPage } from './app-page';

/** The licences page (/licences): Livsbog's licence, the LGPL note, the third-party list. */
export class LicencesPage extends AppPage {
  /** From the shelf's link; waits until the generated list has loaded. */
  async openFromShelf(): Promise<void> {
    await this.link('Licences and copyright').click();
    await this.heading()
      .filter({ hasText: /^Licences$/ })
      .waitFor();
    await this.waitForList();
  }

  region(name: string): Locator {
    return this.page.getByRole('region', { name });
  }

  list(): Locator {
    return this.region('Parts in Livsbog');
  }

  async waitForList(timeoutMs = 15_000): Promise<void> {
    await this.list().locator('.licence-list').waitFor({ timeout: timeoutMs });
  }

  /** "name version" of every package listed. */
  async packageHeadings(): Promise<string[]> {
    const texts = await this.list().getByRole('heading', { level: 3 }).allTextContents();
    return texts.map((t) => t.trim());
  }

  /** The list item of one package, by its heading ("react 19.3.1"). */
  item(heading: string): Locator {
    return this.list()
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('heading', { level: 3, name: heading, exact: true }) });
  }
}
