import { afterEach, describe, expect, it } from 'vitest';

import { endVisitLocale, visitLocale } from './visit-locale';

afterEach(() => {
  endVisitLocale();
  history.replaceState(null, '', '/');
});

describe('visitLocale', () => {
  it('keeps ?lang= for the rest of the visit, also where the address has none', () => {
    history.replaceState(null, '', '/?lang=en');
    expect(visitLocale()).toBe('en');
    history.replaceState(null, '', '/book/b1');
    expect(visitLocale()).toBe('en');
  });

  it('ends with the shelf switch, and ignores a language the app does not have', () => {
    history.replaceState(null, '', '/?lang=en');
    visitLocale();
    endVisitLocale();
    history.replaceState(null, '', '/');
    expect(visitLocale()).toBeUndefined();
    history.replaceState(null, '', '/?lang=xx');
    expect(visitLocale()).toBeUndefined();
  });
});
