import {
  AUTO_LOCK_CHOICES,
  DEFAULT_AUTO_LOCK_MINUTES,
  bookFromPack,
  clampAutoLockMinutes,
} from './book-settings';
import type { BookCover, BookDetails } from './types';

describe('clampAutoLockMinutes', () => {
  it('keeps every choice Settings offers', () => {
    for (const m of AUTO_LOCK_CHOICES) expect(clampAutoLockMinutes(m)).toBe(m);
  });

  it('never turns idle lock off, and never stretches it past the longest choice', () => {
    expect(clampAutoLockMinutes(0)).toBe(2);
    expect(clampAutoLockMinutes(-5)).toBe(2);
    expect(clampAutoLockMinutes(-Infinity)).toBe(2);
    expect(clampAutoLockMinutes(61)).toBe(60);
    expect(clampAutoLockMinutes(1_000_000)).toBe(60);
    expect(clampAutoLockMinutes(Infinity)).toBe(60);
  });

  it('takes the nearer choice between two, the shorter on a tie', () => {
    expect(clampAutoLockMinutes(7)).toBe(5);
    expect(clampAutoLockMinutes(8)).toBe(10);
    expect(clampAutoLockMinutes(15)).toBe(10);
    expect(clampAutoLockMinutes(45)).toBe(30);
    expect(clampAutoLockMinutes(2.4)).toBe(2);
  });

  it('gives the default for what is not a number', () => {
    for (const v of [NaN, '5', null, undefined, {}]) {
      expect(clampAutoLockMinutes(v)).toBe(DEFAULT_AUTO_LOCK_MINUTES);
    }
  });
});

describe('bookFromPack', () => {
  const cover: BookCover = {
    nickname: 'Alma',
    emoji: '🦊',
    colour: 'sun',
    locale: 'da',
    ageMode: 'middle',
    sample: true,
  };
  const details: BookDetails = {
    birthDate: { year: 2012 },
    meNow: { likes: 'heste', goodAt: '', proudOf: '', dreams: '' },
    autoLockMinutes: 0,
  };

  it('never makes a sample book and clamps the idle lock, keeping everything else', () => {
    const book = bookFromPack(cover, details);
    expect(book.cover).toEqual({
      nickname: 'Alma',
      emoji: '🦊',
      colour: 'sun',
      locale: 'da',
      ageMode: 'middle',
    });
    expect('sample' in book.cover).toBe(false);
    expect(book.details).toEqual({ ...details, autoLockMinutes: 2 });
  });

  it('leaves a pack that is already within range as it was', () => {
    const own = { ...cover };
    delete own.sample;
    expect(bookFromPack(own, { ...details, autoLockMinutes: 20 })).toEqual({
      cover: own,
      details: { ...details, autoLockMinutes: 20 },
    });
  });
});
