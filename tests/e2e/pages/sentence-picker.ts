import type { Locator } from 'playwright-core';

import { AppPage } from './app-page';

/**
 * The shared secret-sentence picker (`components/secret`), wherever it shows: the create-book
 * wizard, Settings → change the sentence, bringing in a pack as a new book. Found by its class,
 * so it works in any language; `scope` narrows it to one section of the page.
 */
export class SentencePicker extends AppPage {
  private root(scope?: Locator): Locator {
    return (scope ?? this.page.locator('body')).locator('.sentence-picker');
  }

  sentenceField(scope?: Locator): Locator {
    return this.root(scope).locator('.field input').nth(0);
  }

  repeatField(scope?: Locator): Locator {
    return this.root(scope).locator('.field input').nth(1);
  }

  /** The error under the sentence field (`role=alert`), e.g. why the sentence is too weak. */
  sentenceError(scope?: Locator): Locator {
    return this.root(scope).locator('.field').nth(0).getByRole('alert');
  }

  meter(scope?: Locator): Locator {
    return this.root(scope).locator('meter');
  }

  /**
   * Types `sentence` in both fields, presses `submit` and waits for `reason` under the sentence
   * field. Throws (by timeout) if the sentence was accepted or refused for another reason.
   */
  async expectRefused(
    sentence: string,
    reason: string,
    submit: Locator,
    scope?: Locator,
    timeoutMs = 15_000,
  ): Promise<void> {
    await this.sentenceField(scope).fill(sentence);
    await this.repeatField(scope).fill(sentence);
    await submit.click();
    await this.sentenceError(scope)
      .filter({ hasText: reason })
      .waitFor({ state: 'visible', timeout: timeoutMs });
  }
}
