import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';

import { createI18n } from '@/i18n';
import { withFreshDatabase } from '@/testing/db-helpers';
import { makeBook, makePerson, storePhoto } from '@/testing/factories';

import { usePeopleDrawing } from './use-people-drawing';

withFreshDatabase();

const wrapper = ({ children }: { children: ReactNode }) => (
  <I18nextProvider i18n={createI18n('en')}>{children}</I18nextProvider>
);

describe('usePeopleDrawing', () => {
  it('gives the photos, the child in the middle and the portraits of the people drawn', async () => {
    const book = await makeBook({ cover: { nickname: 'Maja' } });
    const { item } = await storePhoto(book.id);
    const mia = makePerson(book.id, { name: 'Mia', portraitPhotoId: item.photo.id });
    const ole = makePerson(book.id, { name: 'Ole' });
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:test/portrait');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);

    const { result } = renderHook(() => usePeopleDrawing(book.id, [mia, ole]), { wrapper });
    await waitFor(() => {
      expect(result.current.portraits.get(mia.id)).toBe('blob:test/portrait');
    });
    expect(result.current.centreName).toBe('Maja');
    expect(result.current.photos?.map((p) => p.id)).toEqual([item.photo.id]);
    expect(result.current.portraits.has(ole.id)).toBe(false);
  });

  it('says "Me" in the middle while the book is read, and has no portraits without people', async () => {
    const book = await makeBook({ cover: { nickname: 'Maja' } });
    const { result } = renderHook(() => usePeopleDrawing(book.id, undefined), { wrapper });
    expect(result.current.centreName).toBe('Me');
    await waitFor(() => {
      expect(result.current.centreName).toBe('Maja');
    });
    await waitFor(() => {
      expect(result.current.photos).toEqual([]);
    });
    expect(result.current.portraits.size).toBe(0);
  });
});
