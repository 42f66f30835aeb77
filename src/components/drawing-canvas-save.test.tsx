import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';

import { StorageError } from '@/db';
import { createI18n } from '@/i18n';
import { importPhotos, type ImportSummary } from '@/media/import-photos';

import { useSaveDrawing } from './drawing-canvas-save';

vi.mock('@/media/import-photos', () => ({ importPhotos: vi.fn() }));

const i18n = createI18n('en');
const wrapper = ({ children }: { children: ReactNode }) => (
  <I18nextProvider i18n={i18n}>{children}</I18nextProvider>
);
const png = new Blob(['png'], { type: 'image/png' });
const summary = (s: Partial<ImportSummary>): ImportSummary => ({
  added: [],
  duplicates: [],
  failed: [],
  cancelled: false,
  ...s,
});

describe('saving a drawing', () => {
  it('imports the PNG as a drawing titled with its prompt, dated today', async () => {
    const photo = { id: 'd1' };
    vi.mocked(importPhotos).mockResolvedValue(summary({ added: [photo as never] }));
    const { result } = renderHook(() => useSaveDrawing('b1'), { wrapper });
    expect(await result.current({ png, title: 'My home' })).toEqual({ photo });
    const [bookId, files, opts] = vi.mocked(importPhotos).mock.calls[0] ?? [];
    expect(bookId).toBe('b1');
    expect(files?.[0]?.type).toBe('image/png');
    const today = new Date();
    expect(opts).toMatchObject({
      kind: 'drawing',
      details: {
        title: 'My home',
        caption: 'My home',
        takenAt: { year: today.getFullYear(), month: today.getMonth() + 1 },
      },
    });
  });

  it('says in words why the import refused it', async () => {
    vi.mocked(importPhotos).mockResolvedValue(
      summary({ failed: [{ name: 'drawing.png', reason: 'storage-full' }] }),
    );
    const { result } = renderHook(() => useSaveDrawing('b1'), { wrapper });
    const saved = await result.current({ png, title: 'My home' });
    expect(saved).toEqual({
      error: `The drawing was not saved: ${i18n.t('photos.failure.storage-full')}`,
    });
  });

  it('says in words when the book cannot be read (locked), and never rejects', async () => {
    vi.mocked(importPhotos).mockRejectedValue(new StorageError('book-locked'));
    const { result } = renderHook(() => useSaveDrawing('b1'), { wrapper });
    const saved = await result.current({ png, title: 'My home' });
    expect(saved).toEqual({
      error: `The drawing was not saved: ${i18n.t('errors.book-locked')}`,
    });
  });
});
