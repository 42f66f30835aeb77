import { COVER_TINT } from '@/domain';

import { bookStyle, coverColour } from './html-style';

describe('coverColour', () => {
  it.each(Object.entries(COVER_TINT))('gives %s its tint', (id, tint) => {
    expect(coverColour(id)).toBe(tint);
    expect(bookStyle(id)).toContain(`--accent: ${tint};`);
  });

  it.each(['constructor', 'toString', '__proto__', 'red; } body { display: none', ''])(
    'gives the paper colour to %j, never the text itself',
    (id) => {
      expect(coverColour(id)).toBe('#fff8ef');
    },
  );
});
