import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';

import { StorageError } from '@/db';
import { createI18n } from '@/i18n';
import { deferred } from '@/testing/deferred';

import { useBusyStatus } from './use-busy-status';

function renderBusyStatus() {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <I18nextProvider i18n={createI18n('en')}>{children}</I18nextProvider>
  );
  return renderHook(() => useBusyStatus(), { wrapper });
}

describe('useBusyStatus', () => {
  it('is busy while a change runs, then says it in the words given', async () => {
    const running = deferred();
    const { result } = renderBusyStatus();
    let done: Promise<void> = Promise.resolve();
    act(() => {
      done = result.current.busyRun(() => running.promise, 'Saved.');
    });
    expect(result.current.busy).toBe(true);
    expect(result.current.status).toBeNull();
    await act(async () => {
      running.resolve();
      await done;
    });
    expect(result.current.busy).toBe(false);
    expect(result.current.status).toEqual({ tone: 'success', text: 'Saved.' });
  });

  it('says, translated, what went wrong, and is no longer busy', async () => {
    const { result } = renderBusyStatus();
    await act(() =>
      result.current.busyRun(() => Promise.reject(new StorageError('storage-full')), 'Saved.'),
    );
    expect(result.current.busy).toBe(false);
    expect(result.current.status?.tone).toBe('error');
    expect(result.current.status?.text).toMatch(/no more room/);
  });
});
