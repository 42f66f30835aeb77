import { createI18n } from '@/i18n';

import { makeVoiceEntry } from './voice-entry';

describe('a voice memory on the road', () => {
  it('is a memory of this month, titled in the UI language, holding the voice note', () => {
    const now = new Date(2026, 11, 7, 9, 30);
    for (const [lang, title] of [
      ['da', 'Lydminde fra december 2026'],
      ['en', 'Voice memory from December 2026'],
    ] as const) {
      const { t } = createI18n(lang);
      const entry = makeVoiceEntry({ bookId: 'b', entryId: 'e', voiceId: 'v', now, t });
      expect(entry).toMatchObject({
        id: 'e',
        bookId: 'b',
        kind: 'memory',
        title,
        text: '',
        date: { year: 2026, month: 12 },
        photoIds: ['v'],
        personIds: [],
        author: { kind: 'child' },
        visibility: 'book',
      });
    }
  });
});
