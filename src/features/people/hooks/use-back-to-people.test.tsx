import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';

import { createI18n } from '@/i18n';

import { useBackToPeople } from './use-back-to-people';

describe('useBackToPeople', () => {
  it.each([
    ['en', 'All people'],
    ['da', 'Alle mennesker'],
  ] as const)('leads to the book’s list of people, in %s', (locale, label) => {
    const wrapper = ({ children }: { children: ReactNode }) => (
      <I18nextProvider i18n={createI18n(locale)}>{children}</I18nextProvider>
    );
    const { result } = renderHook(() => useBackToPeople('b1'), { wrapper });
    expect(result.current).toEqual({ to: '/book/b1/people', label });
  });
});
