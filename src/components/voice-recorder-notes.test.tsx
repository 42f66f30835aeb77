import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';

import { db, listPhotos, StorageError } from '@/db';
import type { Photo } from '@/domain';
import { createI18n } from '@/i18n';
import { withFreshDatabase } from '@/testing/db-helpers';
import { installMicrophone, withMicrophoneReset } from '@/testing/fake-media-recorder';
import { makeBook } from '@/testing/factories';

import { VoiceNotes } from './voice-recorder-notes';

withFreshDatabase();
withMicrophoneReset();

async function recordOne(onSaved?: (note: Photo) => Promise<void>) {
  installMicrophone();
  const { id: bookId } = await makeBook();
  render(
    <I18nextProvider i18n={createI18n('en')}>
      <VoiceNotes bookId={bookId} notes={[]} links={{ personIds: ['p1'] }} onSaved={onSaved} />
    </I18nextProvider>,
  );
  const user = userEvent.setup();
  await user.click(screen.getByRole('button', { name: 'Add a voice note' }));
  const recorder = screen.getByRole('region', { name: 'Record with your voice' });
  await user.click(within(recorder).getByRole('button', { name: 'Record' }));
  await user.click(await within(recorder).findByRole('button', { name: 'Stop' }));
  await user.click(await within(recorder).findByRole('button', { name: 'Save' }));
  return { bookId };
}

describe('voice notes attached to an entry, a photo or a person', () => {
  it('stores a new note with its links and hands it over', async () => {
    const onSaved = vi.fn<(note: Photo) => Promise<void>>(() => Promise.resolve());
    const { bookId } = await recordOne(onSaved);

    await screen.findByRole('button', { name: 'Add a voice note' });
    const [note] = (await listPhotos(bookId)).items;
    expect(note).toMatchObject({ kind: 'voice', personIds: ['p1'] });
    expect(onSaved).toHaveBeenCalledWith(note);
  });

  it('removes the note again when its link cannot be stored, and says so', async () => {
    const { bookId } = await recordOne(() => Promise.reject(new StorageError('storage-full')));

    expect(await screen.findByRole('alert')).toHaveTextContent(/^The voice note was not saved\./);
    expect((await listPhotos(bookId)).items).toEqual([]);
    expect(await db().blobs.where('bookId').equals(bookId).count()).toBe(0);
  });
});
