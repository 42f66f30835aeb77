import type { Locator } from 'playwright-core';

import { AppPage } from './app-page';

/** The book's Settings page, driven with its English labels. */
export class SettingsPage extends AppPage {
  async waitForSettings(timeoutMs = 15_000): Promise<void> {
    await this.page.locator('.settings').waitFor({ timeout: timeoutMs });
  }

  section(name: string): Locator {
    return this.page.getByRole('region', { name, exact: true });
  }

  /** The success or error message of a section. */
  notice(sectionName: string): Locator {
    return this.section(sectionName).locator('.notice');
  }

  private async noticeText(sectionName: string, timeoutMs = 15_000): Promise<string> {
    const notice = this.notice(sectionName);
    await notice.waitFor({ timeout: timeoutMs });
    return ((await notice.textContent()) ?? '').trim();
  }

  async rename(name: string): Promise<string> {
    const section = this.section('The book');
    await section.getByLabel("The book's name", { exact: true }).fill(name);
    await section.getByRole('button', { name: 'Save', exact: true }).click();
    return this.noticeText('The book');
  }

  /** Chooses the book's language ("Dansk" or "English") and waits until the page shows it. */
  async setLanguage(lang: 'da' | 'en'): Promise<void> {
    // A controlled radio that follows the stored cover: click, then wait for the stored value.
    const radio = this.page.locator(`.settings input[type="radio"][value="${lang}"]`);
    await radio.click();
    await this.page.locator(`html[lang="${lang}"]`).waitFor({ state: 'attached' });
    await this.page
      .locator(`.settings input[type="radio"][value="${lang}"]:checked`)
      .waitFor({ state: 'attached' });
  }

  async setPin(pin: string): Promise<string> {
    const section = this.section('Lock');
    await section.getByLabel(/PIN for quick unlocking/).fill(pin);
    await section.getByRole('button', { name: 'Save PIN', exact: true }).click();
    return this.noticeText('Lock');
  }

  autoLockSelect(): Locator {
    return this.section('Lock').getByLabel(/Lock by itself after/);
  }

  /** The idle times offered, in minutes. */
  async autoLockChoices(): Promise<number[]> {
    const values = await this.autoLockSelect()
      .locator('option')
      .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
    return values.map(Number);
  }

  async setAutoLock(minutes: number): Promise<string> {
    await this.autoLockSelect().selectOption(String(minutes));
    return this.noticeText('Lock');
  }

  /** The removed "remember on this device" option: tests check that it is not there. */
  rememberCheckbox(): Locator {
    return this.section('Lock').getByRole('checkbox', { name: /Remember the book/ });
  }

  /** The option is gone; the section says why the book must be unlocked on every start. */
  noRememberText(): Locator {
    return this.section('Lock').getByText(/^Livsbog does not remember the book on this device/);
  }

  /** Asks for a new sentence, confirms the proposed one and returns it. */
  async changeSentence(timeoutMs = 30_000): Promise<string> {
    const section = this.section('Change the secret sentence');
    await section.getByRole('button', { name: 'New sentence', exact: true }).click();
    const sentence = await section.getByLabel('Your sentence', { exact: true }).inputValue();
    await section.getByLabel(/Write the sentence again/).fill(sentence);
    await section.getByRole('button', { name: 'Save', exact: true }).click();
    const text = await this.noticeText('Change the secret sentence', timeoutMs);
    if (!text.startsWith('The new sentence is saved')) {
      throw new Error(`changing the sentence failed: ${text}`);
    }
    return sentence;
  }

  /** The two sentences of "Storage on the device": persistence and space used/free. */
  async storageTexts(): Promise<{ persisted: string; usage: string }> {
    const section = this.section('Storage on the device');
    await section.waitFor();
    const paragraphs = section.locator('p');
    return {
      persisted: ((await paragraphs.nth(0).textContent()) ?? '').trim(),
      usage: ((await paragraphs.nth(1).textContent()) ?? '').trim(),
    };
  }

  /** Types a name in "Delete the book" and presses the button. Does not wait for the outcome. */
  async submitDelete(typedName: string): Promise<void> {
    const section = this.section('Delete the book');
    await section.getByLabel(/Type the book's name/).fill(typedName);
    await section.getByRole('button', { name: 'Delete the book for ever' }).click();
  }

  deleteError(): Locator {
    return this.section('Delete the book').getByRole('alert');
  }
}
