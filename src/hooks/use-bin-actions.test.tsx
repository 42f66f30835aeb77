import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';

import { StorageError } from '@/db';
import { createI18n } from '@/i18n';
import { deferred } from '@/testing/deferred';

import { useBinActions, type BinActions } from './use-bin-actions';

const item = { id: 'p1', title: 'Beach' };
type Item = typeof item;

function renderActions(actions: Partial<BinActions<Item>>) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <I18nextProvider i18n={createI18n('en')}>{children}</I18nextProvider>
  );
  return renderHook(
    () =>
      useBinActions<Item>({
        restore: () => Promise.resolve(),
        remove: () => Promise.resolve(),
        restored: (i) => `“${i.title}” is back.`,
        deleted: (i) => `“${i.title}” is deleted for good.`,
        ...actions,
      }),
    { wrapper },
  );
}

describe('the bin page actions', () => {
  it('keeps the item busy while it is put back, then says it is back', async () => {
    const running = deferred();
    const restore = vi.fn(() => running.promise);
    const { result } = renderActions({ restore });
    let done: Promise<void> = Promise.resolve();
    act(() => {
      done = result.current.act(item, 'restore');
    });
    expect(result.current.busyId).toBe('p1');
    await act(async () => {
      running.resolve();
      await done;
    });
    expect(restore).toHaveBeenCalledWith(item);
    expect(result.current.busyId).toBeNull();
    expect(result.current.status).toEqual({ tone: 'success', text: '“Beach” is back.' });
  });

  it('deletes for good with its own words', async () => {
    const remove = vi.fn(() => Promise.resolve());
    const { result } = renderActions({ remove });
    await act(() => result.current.act(item, 'delete'));
    expect(remove).toHaveBeenCalledWith(item);
    expect(result.current.status).toEqual({
      tone: 'success',
      text: '“Beach” is deleted for good.',
    });
  });

  it('says a failure, translated, and frees the item again', async () => {
    const { result } = renderActions({
      remove: () => Promise.reject(new StorageError('book-locked')),
    });
    await act(() => result.current.act(item, 'delete'));
    expect(result.current.busyId).toBeNull();
    expect(result.current.status).toEqual({
      tone: 'error',
      text: 'The book is locked. Unlock it and try again.',
    });
  });
});
