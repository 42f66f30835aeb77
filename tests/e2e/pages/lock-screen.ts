import type { Locator } from 'playwright-core';

import { wordCategory } from '../../../src/crypto/word-categories';

import { AppPage } from './app-page';

/** Tap where the page has touch (a phone, a tablet), click where it has a mouse. */
export type PressHow = 'tap' | 'click';

async function press(target: Locator, how: PressHow): Promise<void> {
  await (how === 'tap' ? target.tap() : target.click());
}

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
    // A young book asks by pictures first; typing stays one press away.
    if (await this.pictureKeyboard().isVisible()) await this.inputChoice('typing').click();
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

  // ---- the picture keyboard -----------------------------------------------------------------

  /** The pictures-or-typing switch; shown while the lock asks for the sentence. */
  inputChoice(which: 'pictures' | 'typing'): Locator {
    return this.root()
      .locator('.secret-input-choice')
      .nth(which === 'pictures' ? 0 : 1);
  }

  pictureKeyboard(): Locator {
    return this.root().locator('.picture-keyboard');
  }

  /** The tile of a list word (its Danish form, as in the sentence), in whichever tab is open. */
  pictureTile(word: string): Locator {
    return this.root().locator(`.picture-tile[data-word="${word}"]`);
  }

  /** The words of the chosen pictures, in order (Danish, as the sentence has them). */
  async chosenWords(): Promise<string[]> {
    const words = await this.root()
      .locator('.chosen-picture[data-word]')
      .evaluateAll((items) => items.map((li) => li.getAttribute('data-word') ?? ''));
    return words;
  }

  openButton(): Locator {
    return this.root().locator('.picture-unlock button[type="submit"]');
  }

  /** Turns the picture keyboard on (by a tap, or a click where the page has no touch). */
  async usePictures(how: PressHow = 'tap'): Promise<void> {
    if (!(await this.pictureKeyboard().isVisible())) await press(this.inputChoice('pictures'), how);
    await this.pictureKeyboard().waitFor({ state: 'visible' });
  }

  async useTyping(how: PressHow = 'tap'): Promise<void> {
    if (await this.pictureKeyboard().isVisible()) await press(this.inputChoice('typing'), how);
    await this.secretField().waitFor({ state: 'visible' });
  }

  /** Opens the word's tab and taps its picture. */
  async tapPicture(word: string, how: PressHow = 'tap'): Promise<void> {
    const category = wordCategory(word);
    if (category === undefined) throw new Error(`"${word}" has no picture`);
    await press(this.root().locator(`.picture-tab[data-category="${category}"]`), how);
    await press(this.pictureTile(word), how);
  }

  /** Taps each word's picture in order, opening its tab first, then taps "Open the book". */
  async submitPictures(words: readonly string[], how: PressHow = 'tap'): Promise<void> {
    await this.usePictures(how);
    for (const word of words) await this.tapPicture(word, how);
    await press(this.openButton(), how);
  }

  /** Opens the book with its sentence's pictures, by taps only. */
  async unlockByPictures(words: readonly string[], how: PressHow = 'tap'): Promise<void> {
    await this.submitPictures(words, how);
    await this.waitForUnlocked();
  }

  /** Taps a wrong picture sequence and returns the message it got. */
  async tryWrongPictures(words: readonly string[], how: PressHow = 'tap'): Promise<string> {
    await this.submitPictures(words, how);
    // The chosen pictures are cleared once the try has been judged; then the message is its own.
    await this.root()
      .locator('.chosen-picture[data-word]')
      .first()
      .waitFor({ state: 'detached', timeout: unlockTimeoutMs });
    return this.alertText();
  }

  chosenUndo(): Locator {
    return this.root().locator('.picture-keyboard-undo');
  }
}
