import type { Locator } from 'playwright-core';

import { AppPage } from './app-page';

/** Deriving a key from a secret takes 0.5–1 s, more on a busy machine. */
const unlockTimeoutMs = 30_000;

/** What shows instead of any book content while the book is locked. */
export class LockScreen extends AppPage {
  root(): Locator {
    return this.page.locator('.lock-screen');
  }

  async waitForLocked(timeoutMs = 15_000): Promise<void> {
    await this.root().waitFor({ state: 'visible', timeout: timeoutMs });
  }

  async isShown(): Promise<boolean> {
    return this.root().isVisible();
  }

  /** The one text field: the sentence, the recovery code or the PIN, depending on the mode. */
  secretField(): Locator {
    return this.root().locator('form input');
  }

  async secretLabel(): Promise<string> {
    return ((await this.root().locator('form label').textContent()) ?? '').trim();
  }

  unlockButton(): Locator {
    return this.root().locator('form button[type="submit"]');
  }

  /** The error under the field (`role=alert`). */
  alert(): Locator {
    return this.root().getByRole('alert');
  }

  async alertText(timeoutMs = unlockTimeoutMs): Promise<string> {
    await this.alert().waitFor({ timeout: timeoutMs });
    return ((await this.alert().textContent()) ?? '').trim();
  }

  /** The sample book's hint that names its (public) sentence. */
  sampleHint(): Locator {
    return this.root().locator('.notice');
  }

  useSentenceButton(): Locator {
    return this.button('Use the sentence instead');
  }

  useRecoveryButton(): Locator {
    return this.button('I have forgotten the sentence');
  }

  usePinButton(): Locator {
    return this.button('Use the PIN');
  }

  /** True when the lock screen asks for the PIN (the default once a PIN is set). */
  async asksForPin(): Promise<boolean> {
    return (await this.secretField().getAttribute('inputmode')) === 'numeric';
  }

  /** Types a secret and presses Unlock, without waiting for the outcome. */
  async submit(secret: string): Promise<void> {
    await this.secretField().fill(secret);
    await this.unlockButton().click();
  }

  /** Waits until the lock screen is gone and the book (its navigation) shows. */
  async waitForUnlocked(timeoutMs = unlockTimeoutMs): Promise<void> {
    await this.page.locator('.book-nav').waitFor({ state: 'visible', timeout: timeoutMs });
  }

  /** Submits a secret and returns the message it got; throws if the book opened instead. */
  async tryWrong(secret: string, timeoutMs = unlockTimeoutMs): Promise<string> {
    await this.submit(secret);
    // The field is cleared and the button enabled again once the attempt has been judged.
    return this.alertText(timeoutMs);
  }

  async unlockWithSentence(sentence: string): Promise<void> {
    if (await this.useSentenceButton().isVisible()) await this.useSentenceButton().click();
    await this.submit(sentence);
    await this.waitForUnlocked();
  }

  async unlockWithRecoveryCode(code: string): Promise<void> {
    if (await this.useRecoveryButton().isVisible()) await this.useRecoveryButton().click();
    await this.submit(code);
    await this.waitForUnlocked();
  }

  async unlockWithPin(pin: string): Promise<void> {
    if (!(await this.asksForPin())) await this.usePinButton().click();
    await this.submit(pin);
    await this.waitForUnlocked();
  }
}
