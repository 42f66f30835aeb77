import { configure, screen, within } from '@testing-library/react';

import { addPhotos, db, listEntries } from '@/db';
import { dumpAllStores, withFreshDatabase } from '@/testing/db-helpers';
import { renderRoute } from '@/testing/render-route';
import { makeBook, makePhoto } from '@/testing/factories';

import { TimelineArea } from './timeline-area';

withFreshDatabase();
// The whole area decrypts and renders under jsdom: slower than a browser, so wait longer.
configure({ asyncUtilTimeout: 10_000 });

function renderAt(path: string, lang: 'da' | 'en' = 'en') {
  return renderRoute('/book/:bookId/timeline/*', <TimelineArea />, path, lang).user;
}

/** A young book with one photo, and the picture-only form open on it. */
async function openQuickAdd(lang: 'da' | 'en' = 'en') {
  const book = await makeBook({ cover: { ageMode: 'young' } });
  const photo = await makePhoto(book.id, { caption: 'The tree house' });
  await addPhotos(book.id, [photo.item]);
  const user = renderAt(`/book/${book.id}/timeline/new`, lang);
  return { book, photo: photo.item.photo, user };
}

const month = (lang: string) =>
  new Date().toLocaleString(lang, { month: 'long' }) + ` ${new Date().getFullYear()}`;

describe('adding a memory with pictures only (young mode)', { timeout: 60_000 }, () => {
  it('saves a kind, a feeling and a photo with a made title, with no text field on the way', async () => {
    const { book, photo, user } = await openQuickAdd();
    await screen.findByRole('heading', { name: 'Put a memory on the road', level: 1 });
    // Nothing to type: no text box and no text area.
    expect(screen.queryAllByRole('textbox')).toEqual([]);

    await user.click(screen.getByRole('radio', { name: /^Memory/ }));
    await user.click(screen.getByRole('radio', { name: 'Happy' }));
    await user.click(await screen.findByRole('checkbox', { name: 'The tree house' }));
    expect(screen.getByText('1 photo chosen')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Done' }));

    const title = `A memory from ${month('en')}`;
    await screen.findByRole('heading', { name: new RegExp(title), level: 1 });
    const stored = (await listEntries(book.id)).items;
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      kind: 'memory',
      title,
      text: '',
      feeling: '😄',
      photoIds: [photo.id],
      date: { year: new Date().getFullYear(), month: new Date().getMonth() + 1 },
    });
    // Words can come later: the entry offers its editor.
    expect(screen.getByRole('link', { name: /Edit/ })).toBeInTheDocument();
  });

  it('refuses "Done" without a kind with a clear message, and stores nothing', async () => {
    const { book, user } = await openQuickAdd('da');
    await screen.findByRole('heading', { name: 'Læg et minde på vejen', level: 1 });
    const before = await dumpAllStores();
    await user.click(screen.getByRole('radio', { name: 'Glad' }));
    await user.click(screen.getByRole('button', { name: 'Færdig' }));
    expect(
      await screen.findByText('Tryk på et billede for at vælge, hvad det er.'),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole('group', { name: /Hvad vil du fortælle om/ })).getAllByRole(
        'radio',
      )[0],
    ).toHaveFocus();
    expect((await listEntries(book.id)).items).toEqual([]);
    expect(await dumpAllStores()).toBe(before);
  });

  it('says so when the disk is full, keeps the choices and writes nothing', async () => {
    const { book, user } = await openQuickAdd();
    await screen.findByRole('heading', { name: 'Put a memory on the road', level: 1 });
    await user.click(screen.getByRole('radio', { name: /^Dream/ }));
    const before = await dumpAllStores();
    vi.spyOn(db().table('entries'), 'bulkPut').mockRejectedValueOnce(
      new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    );
    await user.click(screen.getByRole('button', { name: 'Done' }));
    expect(await screen.findByText(/^The memory was not saved\./)).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: /^Dream/ })).toBeChecked();
    expect(await dumpAllStores()).toBe(before);
    expect((await listEntries(book.id)).items).toEqual([]);
  });

  it('keeps the full editor for those who would rather write', async () => {
    const { user } = await openQuickAdd();
    await user.click(await screen.findByRole('link', { name: /I would rather write/ }));
    await screen.findByRole('heading', { name: 'Add to the timeline', level: 1 });
    expect(screen.getByRole('button', { name: 'Save' })).toBeInTheDocument();
  });
});

describe('the road (young mode)', { timeout: 60_000 }, () => {
  it('starts empty with a picture and one big action to the picture-only form', async () => {
    const book = await makeBook({ cover: { ageMode: 'young' } });
    const user = renderAt(`/book/${book.id}/timeline`);
    await screen.findByRole('heading', { name: 'Your road starts here' });
    await user.click(screen.getByRole('link', { name: /Add the first memory/ }));
    await screen.findByRole('heading', { name: 'Put a memory on the road', level: 1 });
  });
});
