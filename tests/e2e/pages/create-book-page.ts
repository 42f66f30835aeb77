import type { Locator } from 'playwright-core';

import { AppPage } from './app-page';

export type AgeMode = 'young' | 'middle' | 'teen';
export type BookLanguage = 'da' | 'en';

export interface CoverInput {
  nickname: string;
  /** English name of the cover picture, e.g. "Owl". */
  avatar?: string;
  /** English name of the colour, e.g. "Sky blue". */
  colour?: string;
  birthDate?: { year: number; month?: number; day?: number };
  ageMode?: AgeMode;
  /** Language of the book; choosing it also switches the wizard's language. */
  language?: BookLanguage;
}

export interface CreatedBook {
  sentence: string;
  recoveryCode: string;
  /** From the URL the book opened at. */
  bookId: string;
}

const ageModeLabels: Record<AgeMode, RegExp> = {
  young: /Mostly pictures/,
  middle: /Pictures and text/,
  teen: /Mostly text/,
};

/**
 * The three-step wizard at `/new`, driven with its English labels (the language choice itself is
 * found by the `lang` value, since choosing Danish turns the labels Danish).
 */
export class CreateBookPage extends AppPage {
  stepHeading(): Locator {
    return this.page.locator('.create-book h2');
  }

  nextButton(): Locator {
    return this.page.locator('.create-book button[type="submit"]');
  }

  nicknameField(): Locator {
    return this.page.getByLabel(/What should the book be called/);
  }

  /** The `role=alert` messages the current step shows. */
  errors(): Locator {
    return this.page.locator('.create-book [role="alert"]');
  }

  async fillCover(input: CoverInput): Promise<void> {
    // The language first: it re-renders every label in that language.
    if (input.language !== undefined) {
      await this.page
        .locator(`.create-book input[type="radio"][value="${input.language}"]`)
        .check();
      await this.page.locator(`html[lang="${input.language}"]`).waitFor({ state: 'attached' });
    }
    await this.page.locator('.create-book .field input').first().fill(input.nickname);
    if (input.avatar !== undefined) {
      await this.page.getByRole('radio', { name: input.avatar, exact: true }).check();
    }
    if (input.colour !== undefined) {
      await this.page.getByRole('radio', { name: input.colour, exact: true }).check();
    }
    if (input.birthDate !== undefined) {
      const selects = this.page.locator('.date-fields select');
      await selects.nth(0).selectOption(String(input.birthDate.year));
      if (input.birthDate.month !== undefined) {
        await selects.nth(1).selectOption(String(input.birthDate.month));
      }
      if (input.birthDate.day !== undefined) {
        await selects.nth(2).selectOption(String(input.birthDate.day));
      }
    }
    if (input.ageMode !== undefined) {
      await this.page.getByRole('radio', { name: ageModeLabels[input.ageMode] }).check();
    }
  }

  /** Presses "Next" and waits for the given step ("Step 2 of 3"). */
  async nextToStep(step: 2 | 3, timeoutMs = 30_000): Promise<void> {
    await this.nextButton().click();
    await this.page
      .locator('.create-book .step-counter', { hasText: new RegExp(`\\b${step}\\b.*\\b3\\b`) })
      .waitFor({ timeout: timeoutMs });
  }

  sentenceField(): Locator {
    return this.page.locator('.sentence-picker .field input').nth(0);
  }

  repeatField(): Locator {
    return this.page.locator('.sentence-picker .field input').nth(1);
  }

  /** The pictures the sentence step shows as chosen (young mode), as the sentence's words. */
  async chosenPictureWords(): Promise<string[]> {
    return this.page
      .locator('.sentence-picker .chosen-picture[data-word]')
      .evaluateAll((items) => items.map((li) => li.getAttribute('data-word') ?? ''));
  }

  /**
   * Reads the proposed sentence and types it again in the repeat field; with pictures (the young
   * mode) the five proposed pictures are kept, which need no repeating.
   */
  async confirmSentence(): Promise<string> {
    if (await this.page.locator('.sentence-picker-pictures').isVisible()) {
      const words = await this.chosenPictureWords();
      if (words.length === 0) throw new Error('the wizard proposed no pictures');
      return words.join(' ');
    }
    const sentence = await this.sentenceField().inputValue();
    if (sentence.trim() === '') throw new Error('the wizard proposed no sentence');
    await this.repeatField().fill(sentence);
    return sentence;
  }

  recoveryCode(): Locator {
    return this.page.locator('[data-testid="recovery-code"]');
  }

  /** Reads the recovery code, ticks "written down" and opens the book on "Me now". */
  async finish(timeoutMs = 15_000): Promise<{ recoveryCode: string; bookId: string }> {
    const recoveryCode = ((await this.recoveryCode().textContent()) ?? '').trim();
    if (recoveryCode === '') throw new Error('the wizard showed no recovery code');
    await this.page.locator('.create-book input[type="checkbox"]').check();
    await this.nextButton().click();
    await this.page.waitForURL(/\/book\/[^/]+$/, { timeout: timeoutMs });
    await this.page.locator('.book-nav').waitFor({ timeout: timeoutMs });
    const match = /\/book\/([^/?#]+)/.exec(this.page.url());
    if (match?.[1] === undefined) throw new Error(`no book id in ${this.page.url()}`);
    return { recoveryCode, bookId: decodeURIComponent(match[1]) };
  }

  /** Runs the whole wizard from the current `/new` page. */
  async create(input: CoverInput): Promise<CreatedBook> {
    await this.fillCover(input);
    await this.nextToStep(2);
    const sentence = await this.confirmSentence();
    // Creating derives two keys (sentence and recovery code): a few seconds on a busy machine.
    await this.nextToStep(3, 60_000);
    const { recoveryCode, bookId } = await this.finish();
    return { sentence, recoveryCode, bookId };
  }
}
