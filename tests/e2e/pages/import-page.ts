import type { Locator } from 'playwright-core';

import { AppPage, type GotoOptions } from './app-page';

/** The phases the progress bar names while a pack is checked and brought in (English). */
export type ImportPhase = 'check' | 'prepare' | 'seal' | 'save';

const phaseLabels: Record<ImportPhase, RegExp> = {
  check: /^Checking the moving pack/,
  prepare: /^Getting the book ready/,
  seal: /^Locking the photos into the book/,
  save: /^Saving in the book/,
};

/**
 * "Bring in a moving pack" (`/import`): choose a pack, see it checked, bring it in as a new
 * book (with its own secret sentence) or into a book that is here, follow the progress, read
 * the outcome. Driven with its English labels, except where noted.
 */
export class ImportPage extends AppPage {
  root(): Locator {
    return this.page.locator('.pack-import');
  }

  async open(options: GotoOptions = { lang: 'en' }): Promise<this> {
    await this.goto('/import', options);
    await this.fileInput().waitFor({ state: 'attached' });
    return this;
  }

  /** From the shelf's link, as a user gets there. */
  async openFromShelf(): Promise<void> {
    await this.page.getByRole('link', { name: 'Bring in a moving pack' }).click();
    await this.fileInput().waitFor({ state: 'attached' });
  }

  /** The step's heading ("Choose the moving pack", "What is in the moving pack", …). */
  stepHeading(): Locator {
    return this.root().locator('h2');
  }

  fileInput(): Locator {
    return this.page.getByLabel(/^(Choose a moving pack|Vælg en flyttepakke)$/);
  }

  /**
   * Chooses a file, as the picker or a drop would; the check starts at once. The bytes travel to
   * the browser base64-encoded over CDP: 27 MB took 16 s on a loaded 2-core machine.
   */
  async chooseFile(buffer: Buffer, name = 'pack.zip', timeoutMs = 90_000): Promise<void> {
    await this.fileInput().setInputFiles(
      { name, mimeType: 'application/zip', buffer },
      { timeout: timeoutMs },
    );
  }

  /** The failure notice: the pack refused, or the import stopped. */
  failure(): Locator {
    return this.root().locator('.notice-error');
  }

  /** Waits for the failure; returns its text: the reason, then that nothing was changed. */
  async errorText(timeoutMs = 120_000): Promise<string> {
    await this.failure().waitFor({ timeout: timeoutMs });
    const texts = await this.failure().locator('.notice-text p').allTextContents();
    return texts.map((t) => t.trim()).join(' ');
  }

  /** Waits for a step's heading; throws with the app's reason when a failure came instead. */
  private async waitForStep(heading: string, timeoutMs: number): Promise<void> {
    const wanted = this.stepHeading().filter({ hasText: heading });
    const outcome = await Promise.race([
      wanted.waitFor({ timeout: timeoutMs }).then(() => 'ok' as const),
      this.failure()
        .waitFor({ timeout: timeoutMs })
        .then(() => 'failed' as const),
    ]);
    if (outcome === 'failed') throw new Error(`the import failed: ${await this.errorText()}`);
  }

  /** Waits until the pack has passed every check and shows what is in it. */
  async waitChecked(timeoutMs = 120_000): Promise<void> {
    await this.waitForStep('What is in the moving pack', timeoutMs);
  }

  startButton(): Locator {
    return this.page.getByRole('button', { name: 'Bring in the moving pack' });
  }

  /**
   * As a new book: takes the proposed secret sentence (or types `sentence`), repeats it and
   * starts. Does not wait for the outcome, so a test can act while the import runs. Returns the
   * sentence the new book opens with.
   */
  async importAsNewBook(sentence?: string): Promise<string> {
    await this.page.getByRole('radio', { name: 'As a new book' }).check();
    // A young child's pack starts with the picture keyboard: this types, as older ones do.
    const typing = this.page.getByRole('button', { name: 'Typing', exact: true });
    if ((await typing.getAttribute('aria-pressed')) === 'false') await typing.click();
    // The shared sentence picker: the proposed sentence, then the field to repeat it in.
    const fields = this.page.locator('.sentence-picker .field input');
    if (sentence !== undefined) await fields.nth(0).fill(sentence);
    const chosen = await fields.nth(0).inputValue();
    await fields.nth(1).fill(chosen);
    await this.startButton().click();
    return chosen;
  }

  /** Into a book that is here (it must be open); starts without waiting for the outcome. */
  async mergeInto(bookName: string): Promise<void> {
    await this.page.getByRole('radio', { name: `Into the book “${bookName}”` }).check();
    await this.startButton().click();
  }

  /** The pack's photos that stay out, one line each: "<file>: <reason>" (checked and done). */
  refusedPhotos(): Locator {
    return this.root().locator('.pack-refused li');
  }

  async refusedLines(): Promise<string[]> {
    const texts = await this.refusedPhotos().allTextContents();
    return texts.map((t) => t.trim());
  }

  progress(): Locator {
    return this.page.locator('progress');
  }

  /** The progress bar's label, e.g. "Locking the photos into the book: 3 of 30". */
  progressLabel(): Locator {
    return this.root().locator('.pack-progress .progress-label');
  }

  /** Waits until the progress bar shows the phase; returns its label. */
  async waitForPhase(phase: ImportPhase, timeoutMs = 60_000): Promise<string> {
    const label = this.progressLabel().filter({ hasText: phaseLabels[phase] });
    await label.waitFor({ timeout: timeoutMs });
    return ((await label.textContent()) ?? '').trim();
  }

  /** Waits for the report ("The moving pack is in"); returns its status text. */
  async waitDone(timeoutMs = 180_000): Promise<string> {
    await this.waitForStep('The moving pack is in', timeoutMs);
    return (await this.root().getByRole('status').first().textContent()) ?? '';
  }

  /** The recovery code the report shows for a new book. */
  async recoveryCode(): Promise<string> {
    return ((await this.root().getByTestId('recovery-code').textContent()) ?? '').trim();
  }

  /** Confirms the recovery code is kept and opens the new book. */
  async openNewBook(): Promise<void> {
    await this.page
      .getByRole('checkbox', {
        name: 'The code is written down or printed and kept somewhere safe',
      })
      .check();
    await this.page.getByRole('button', { name: 'Open the book' }).click();
    await this.page.locator('nav.book-nav').waitFor();
  }

  /** After a failure whose pack had passed its checks: back to choosing where it goes. */
  async tryAgain(): Promise<void> {
    await this.failure().getByRole('button', { name: 'Try again' }).click();
    await this.waitChecked();
  }
}
