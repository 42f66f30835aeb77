import { describe, expect, it } from 'vitest';

import { createI18n } from './create-i18n';
import { da } from './locales/da';
import { en } from './locales/en';
import { createAppI18n, hasLocale, loadAllWords, loadLocale } from './setup';

// The order matters: `loadAllWords` switches the app to whole languages for good (module state).
describe("the app's words, loaded in parts", () => {
  it('starts in Danish with the start words only', async () => {
    const i18n = await createAppI18n('da');
    expect(i18n.t('shelf.title')).toBe(da.shelf.title);
    expect(i18n.t('packImport.title')).toBe(da.packImport.title);
    expect(i18n.exists('timeline.title')).toBe(false);
    expect(hasLocale(i18n, 'da')).toBe(true);
    expect(hasLocale(i18n, 'en')).toBe(false);
  });

  it('starts in English with every English word (fetched before the first render)', async () => {
    const i18n = await createAppI18n('en');
    expect(i18n.language).toBe('en');
    expect(i18n.t('timeline.title')).toBe(en.timeline.title);
    expect(i18n.t('shelf.title')).toBe(en.shelf.title);
  });

  it('adds a language on demand, then switches to it', async () => {
    const i18n = await createAppI18n('da');
    await loadLocale(i18n, 'en');
    expect(hasLocale(i18n, 'en')).toBe(true);
    await i18n.changeLanguage('en');
    expect(i18n.t('lock.locked')).toBe(en.lock.locked);
  });

  it('brings every Danish word with the first other page, and asks for whole languages after', async () => {
    const i18n = await createAppI18n('da');
    await loadAllWords();
    expect(i18n.t('timeline.title')).toBe(da.timeline.title);
    expect(i18n.t('shelf.title')).toBe(da.shelf.title);
    expect(hasLocale(i18n, 'da')).toBe(true);
    // A fresh start-words instance no longer holds what a page needs now.
    expect(hasLocale(await createAppI18n('da'), 'da')).toBe(false);
  });

  it('an instance made with both languages (tests) holds everything', () => {
    const i18n = createI18n('da');
    expect(hasLocale(i18n, 'da')).toBe(true);
    expect(hasLocale(i18n, 'en')).toBe(true);
  });
});
