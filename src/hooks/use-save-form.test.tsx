import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';

import { StorageError } from '@/db';
import { createI18n } from '@/i18n';
import { deferred } from '@/testing/deferred';

import { useSaveForm, type SaveFormWork } from './use-save-form';

function renderSaveForm(work: SaveFormWork) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <I18nextProvider i18n={createI18n('en')}>{children}</I18nextProvider>
  );
  return renderHook(() => useSaveForm(work), { wrapper });
}

describe('useSaveForm', () => {
  it('says the fields’ problem, writes nothing, and is checked from then on', async () => {
    const write = vi.fn(() => Promise.resolve());
    const { result } = renderSaveForm({ problem: () => 'Too long.', write, done: 'Saved.' });
    expect(result.current.checked).toBe(false);
    await act(() => result.current.saveForm.onSave());
    expect(write).not.toHaveBeenCalled();
    expect(result.current.checked).toBe(true);
    expect(result.current.saveForm.status).toEqual({ tone: 'error', text: 'Too long.' });
  });

  it('drops the last words, is busy while it writes, then says it worked', async () => {
    const running = deferred();
    const { result } = renderSaveForm({
      problem: () => undefined,
      write: () => running.promise,
      done: 'Saved.',
    });
    act(() => {
      result.current.setStatus({ tone: 'error', text: 'Earlier.' });
    });
    let saved: Promise<void> = Promise.resolve();
    act(() => {
      saved = result.current.saveForm.onSave();
    });
    expect(result.current.saveForm.busy).toBe(true);
    expect(result.current.saveForm.status).toBeNull();
    await act(async () => {
      running.resolve();
      await saved;
    });
    expect(result.current.saveForm.busy).toBe(false);
    expect(result.current.saveForm.status).toEqual({ tone: 'success', text: 'Saved.' });
  });

  it('says, translated, why the write failed', async () => {
    const { result } = renderSaveForm({
      problem: () => undefined,
      write: () => Promise.reject(new StorageError('storage-full')),
      done: 'Saved.',
    });
    await act(() => result.current.saveForm.onSave());
    expect(result.current.saveForm.status?.tone).toBe('error');
    expect(result.current.saveForm.status?.text).toMatch(/no more room/);
  });
});
