import { configure, screen } from '@testing-library/react';

import { db, listEntries, listPhotos } from '@/db';
import { withFreshDatabase } from '@/testing/db-helpers';
import { installMicrophone, withMicrophoneReset } from '@/testing/fake-media-recorder';
import { renderRoute } from '@/testing/render-route';
import { makeBook } from '@/testing/factories';

import { TimelineArea } from './timeline-area';

withFreshDatabase();
withMicrophoneReset();
configure({ asyncUtilTimeout: 10_000 });

function renderAt(path: string) {
  return renderRoute('/book/:bookId/timeline/*', <TimelineArea />, path, 'en').user;
}

const month = () =>
  `${new Date().toLocaleString('en', { month: 'long' })} ${new Date().getFullYear()}`;

async function recordOnTheRoad() {
  installMicrophone();
  const book = await makeBook({ cover: { ageMode: 'young' } });
  const user = renderAt(`/book/${book.id}/timeline`);
  await screen.findByRole('heading', { name: 'Your road starts here' });
  // The voice comes first: before the picture-only form.
  const links = screen.getAllByRole('link', { name: /Tell it with your voice|Add the first/ });
  expect(links[0]).toHaveAccessibleName('Tell it with your voice');
  await user.click(links[0]!);
  await screen.findByRole('heading', { name: 'Tell a memory with your voice', level: 1 });
  await user.click(screen.getByRole('button', { name: 'Record' }));
  await user.click(await screen.findByRole('button', { name: 'Stop' }));
  await screen.findByLabelText('Listen to your recording');
  return { book, user };
}

describe('telling a memory with one’s voice (young mode)', { timeout: 60_000 }, () => {
  it('saves the voice note and a memory holding it, with no typing', async () => {
    const { book, user } = await recordOnTheRoad();
    expect(screen.queryAllByRole('textbox')).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const title = `Voice memory from ${month()}`;
    await screen.findByRole('heading', { name: new RegExp(title), level: 1 });
    const [entry] = (await listEntries(book.id)).items;
    const [voice] = (await listPhotos(book.id)).items;
    expect(voice).toMatchObject({ kind: 'voice', mime: 'audio/webm', entryIds: [entry?.id] });
    expect(entry).toMatchObject({ kind: 'memory', title, photoIds: [voice?.id] });
  });

  it('says so when the memory cannot be stored, and leaves no voice note behind', async () => {
    const { book, user } = await recordOnTheRoad();
    vi.spyOn(db().table('entries'), 'bulkPut').mockRejectedValueOnce(
      new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    );
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(/^The voice note was not saved\./);
    expect(screen.getByLabelText('Listen to your recording')).toBeInTheDocument();
    expect((await listEntries(book.id)).items).toEqual([]);
    expect((await listPhotos(book.id)).items).toEqual([]);
    expect(await db().blobs.where('bookId').equals(book.id).count()).toBe(0);
  });

  it('is the first action on a road that has memories', async () => {
    const { user } = await recordOnTheRoad();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByRole('heading', { name: /Voice memory from/, level: 1 });
    await user.click(screen.getAllByRole('link', { name: /Timeline|Back/ })[0]!);
    const nav = await screen.findByRole('navigation', { name: 'Timeline' });
    expect(nav.querySelector('a')).toHaveAccessibleName('Tell it with your voice');
  });
});
