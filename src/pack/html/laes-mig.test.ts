// @vitest-environment node
import { renderLaesMig } from './laes-mig';

const base = {
  nickname: 'Åse\u0007 Ærø',
  exportedAt: new Date(2026, 2, 2, 12),
  hasPdf: true,
  photoCount: 12,
  leftOut: { onlyMe: 2, protectedPlaces: 1, hiddenPhotos: 0, onlyMePhotos: 0 },
  appVersion: '1.0.0',
};

describe('LAES-MIG.txt', () => {
  it('is UTF-8 with a byte-order mark and CRLF line ends, Danish first, then English', () => {
    const text = renderLaesMig(base);
    expect(text.startsWith('\uFEFFLÆS MIG')).toBe(true);
    expect(text).not.toMatch(/[^\r]\n/);
    expect(text.indexOf('LÆS MIG')).toBeLessThan(text.indexOf('READ ME'));
    expect(text).toContain('gemt 2. marts 2026');
    expect(text).toContain('saved on 2 March 2026');
    expect(text).toContain('"\u2068Åse  Ærø\u2069"');
  });

  it('says what every file is, how to open it, how to import it and how to check it', () => {
    const text = renderLaesMig(base);
    for (const name of [
      'index.html',
      'livsbog.pdf',
      'livsbog.json',
      'livsbog.schema.json',
      'manifest-sha256.txt',
      'media/',
    ]) {
      expect(text.split(name).length - 1, name).toBeGreaterThanOrEqual(2);
    }
    expect(text).toContain('Indlæs bogen i Livsbog igen');
    expect(text).toContain('Import the book into Livsbog again');
    expect(text).toContain('BagIt');
    expect(text).toContain('certutil -hashfile');
    expect(text).toContain('shasum -a 256');
  });

  it('lists what was left out, and mentions the PDF only when there is one', () => {
    const text = renderLaesMig({ ...base, hasPdf: false });
    expect(text).not.toContain('livsbog.pdf ');
    expect(text).toContain('2 ting, der kun var til mig');
    expect(text).toContain('1 hemmelig adresse (selve hjemmet er med');
    expect(text).toContain('1 secret address (the home is included');
    expect(text).not.toContain('skjulte billeder');
    const none = renderLaesMig({
      ...base,
      leftOut: { onlyMe: 0, protectedPlaces: 0, hiddenPhotos: 0, onlyMePhotos: 0 },
    });
    expect(none).not.toContain('Ikke med i denne udgave');
  });

  it.each([
    [
      1,
      [
        '1 ting, der kun var til mig',
        '1 hemmelig adresse',
        '1 skjult billede',
        '1 billede, der kun hørte til',
        '1 item that was "only for me"',
        '1 secret address',
        '1 hidden photo',
        '1 photo that belonged only',
      ],
    ],
    [
      2,
      [
        '2 hemmelige adresser',
        '2 skjulte billeder',
        '2 billeder, der kun hørte til',
        '2 items that were',
        '2 secret addresses',
        '2 hidden photos',
        '2 photos that belonged only',
      ],
    ],
  ])(
    'counts %i left out of each kind in the singular for one and the plural for more',
    (n, lines) => {
      const leftOut = { onlyMe: n, protectedPlaces: n, hiddenPhotos: n, onlyMePhotos: n };
      const text = renderLaesMig({ ...base, leftOut });
      for (const line of lines) expect(text, line).toContain(line);
    },
  );
});
