import { act, cleanup, configure, render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, Route, Routes, useParams } from 'react-router';

import { readPack, selectForExport, writePack, type ExportSelection } from '@/pack';
import { rootOf, unzipFiles, zipFiles } from '@/testing/bag-tamper';
import { collect, sampleBook, tinyJpeg } from '@/testing/pack-fixtures';
import {
  db,
  listBooks,
  listRecords,
  lockBook,
  openDatabase,
  putRecords,
  readPhotoBlob,
  unlockBySentence,
} from '@/db';
import type { Entry, Locale } from '@/domain';
import { generateRecoveryCode } from '@/crypto';
import { createI18n } from '@/i18n';
import { withFreshDatabase } from '@/testing/db-helpers';
import { binEntry } from '@/db';
import { entryWrite, KNOWN_SENTENCE, makeBook } from '@/testing/factories';
import { storeChecksum } from '@/testing/store-checksum';
import { forgetPackImportForTests } from '../hooks/use-pack-import';
import { importPack, type ImportWorkers } from '../lib/import-client';
import { inProcessWorkers } from '../lib/in-process-workers';
import { PackFailure } from '../lib/worker-channel';

import { ImportPage } from './import-page';

// Reading a pack, deriving keys and sealing all run in-process here: give them time.
configure({ asyncUtilTimeout: 10_000 });

withFreshDatabase();
afterEach(() => {
  // Unmount first: the import state outlives the page by design; it must not reach the next test.
  cleanup();
  forgetPackImportForTests();
});

/** jsdom has no Worker: the same steps in-process, failing with the codes the workers send. */
const inProcess = inProcessWorkers(() => new Blob([tinyJpeg()], { type: 'image/jpeg' }));

interface Pack {
  file: File;
  selection: ExportSelection;
  photoBytes: Map<string, Uint8Array>;
}

/** A real moving pack of the sample book; `tamper` may change its files before re-zipping. */
async function makePack(tamper?: (files: Map<string, Uint8Array>) => void): Promise<Pack> {
  const { data, photoBytes } = await sampleBook();
  const selection = selectForExport(data);
  const writer = writePack(
    {
      selection,
      readPhoto: (id) => Promise.resolve(new Blob([photoBytes.get(id) ?? new Uint8Array()])),
    },
    { appVersion: '0.1.0', now: new Date('2026-03-02T12:00:00Z') },
  );
  let zip: Uint8Array<ArrayBuffer> = await collect(writer.stream);
  if (tamper) {
    const files = unzipFiles(zip);
    tamper(files);
    zip = zipFiles(files);
  }
  return {
    file: new File([zip], writer.name, { type: 'application/zip' }),
    selection,
    photoBytes,
  };
}

function BookStub() {
  const { bookId } = useParams();
  return <p data-testid="book-page">{bookId}</p>;
}

function renderImport(locale: Locale = 'en', workers: ImportWorkers = inProcess) {
  const user = userEvent.setup();
  render(
    <I18nextProvider i18n={createI18n(locale)}>
      <MemoryRouter initialEntries={['/import']}>
        <Routes>
          <Route path="/import" element={<ImportPage workers={workers} />} />
          <Route path="/book/:bookId" element={<BookStub />} />
        </Routes>
      </MemoryRouter>
    </I18nextProvider>,
  );
  return { user };
}

async function choosePack(user: ReturnType<typeof userEvent.setup>, file: File) {
  await screen.findByRole('heading', { level: 2, name: 'Choose the moving pack' });
  await user.upload(screen.getByLabelText('Choose a moving pack'), file);
}

describe('bringing in a moving pack', () => {
  it('brings a pack in as a new book, with its own secret and recovery code', async () => {
    const pack = await makePack();
    const { data } = pack.selection;
    const { user } = renderImport();
    await choosePack(user, pack.file);

    const checked = await screen.findByRole('heading', {
      level: 2,
      name: 'What is in the moving pack',
    });
    expect(checked).toHaveFocus();
    expect(screen.getByText('The book is called Åse Ærø')).toBeInTheDocument();
    expect(screen.getByText('The moving pack was made on 2 March 2026.')).toBeInTheDocument();
    expect(screen.getByText(`${data.entries.length} things on the timeline`)).toBeInTheDocument();
    expect(screen.getByText(`${data.photos.length} photos`)).toBeInTheDocument();
    expect(screen.getByText(`${data.people.length} people`)).toBeInTheDocument();
    // The sample book keeps an only-me entry, a protected address and a hidden photo at home.
    expect(screen.getByText('1 thing that was only for the child')).toBeInTheDocument();
    expect(screen.getByText('1 secret address')).toBeInTheDocument();
    expect(screen.getByText('1 hidden photo')).toBeInTheDocument();

    expect(await screen.findByRole('radio', { name: 'As a new book' })).toBeChecked();
    const sentence = screen.getByLabelText<HTMLInputElement>('Your sentence').value;
    await user.type(
      screen.getByLabelText('Write the sentence again, so we know you remember it'),
      sentence,
    );
    await user.click(screen.getByRole('button', { name: 'Bring in the moving pack' }));

    expect(
      await screen.findByRole('heading', { level: 2, name: 'The moving pack is in' }),
    ).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('The book “Åse Ærø” has been brought in.');
    expect(screen.getByText(`${data.entries.length} things on the timeline`)).toBeInTheDocument();
    expect(screen.getByText(`${data.photos.length} photos`)).toBeInTheDocument();
    expect(screen.getByTestId('recovery-code').textContent).toMatch(/\S{4}/);

    const open = screen.getByRole('button', { name: 'Open the book' });
    expect(open).toBeDisabled();
    await user.click(
      screen.getByRole('checkbox', {
        name: 'The code is written down or printed and kept somewhere safe',
      }),
    );
    await user.click(open);
    const bookId = (await screen.findByTestId('book-page')).textContent;

    const books = await listBooks();
    expect(books.map((b) => [b.id, b.cover.nickname])).toEqual([[bookId, 'Åse Ærø']]);
    const entries = await listRecords<Entry>('entries', bookId);
    expect(entries.damaged).toEqual([]);
    expect(entries.items.map((e) => e.id).sort()).toEqual(data.entries.map((e) => e.id).sort());
    expect((await listRecords('people', bookId)).items).toHaveLength(data.people.length);
    const [photo] = data.photos;
    const bytes = await readPhotoBlob(bookId, photo!.id, 'original', photo!.mime);
    expect(new Uint8Array(await bytes.arrayBuffer())).toEqual(pack.photoBytes.get(photo!.id));
    // The new book opens with the sentence chosen on the page.
    lockBook(bookId);
    await unlockBySentence(bookId, sentence);
  });

  it('makes the new book’s sentence with the picture keyboard, as the create wizard does', async () => {
    const pack = await makePack();
    const { user } = renderImport();
    await choosePack(user, pack.file);
    expect(await screen.findByRole('radio', { name: 'As a new book' })).toBeChecked();
    const how = screen.getByRole('group', { name: 'How to enter the sentence' });
    await user.click(within(how).getByRole('button', { name: 'Pictures' }));
    const keyboard = screen.getByRole('group', { name: 'Pictures for your secret sentence' });
    await user.click(within(keyboard).getByRole('button', { name: 'Start over' }));
    await user.click(within(keyboard).getByRole('button', { name: 'horse' }));
    await user.click(within(keyboard).getByRole('button', { name: 'cat' }));
    await user.click(within(keyboard).getByRole('tab', { name: 'Food' }));
    await user.click(within(keyboard).getByRole('button', { name: 'pizza' }));
    await user.click(within(keyboard).getByRole('tab', { name: 'Vehicles' }));
    await user.click(within(keyboard).getByRole('button', { name: 'rocket' }));
    await user.click(within(keyboard).getByRole('tab', { name: 'Nature' }));
    await user.click(within(keyboard).getByRole('button', { name: 'rainbow' }));
    await user.click(screen.getByRole('button', { name: 'Bring in the moving pack' }));

    expect(
      await screen.findByRole('heading', { level: 2, name: 'The moving pack is in' }),
    ).toBeInTheDocument();
    const [book] = await listBooks();
    lockBook(book!.id);
    // The tapped pictures are the sentence, in the order tapped.
    await unlockBySentence(book!.id, 'hest kat pizza raket regnbue');
  }, 60_000);

  it('merges a pack into its own book: nothing twice, and differences kept as on the device', async () => {
    const pack = await makePack();
    const contents = await readPack(pack.file);
    const { bookId } = await importPack(
      contents,
      { kind: 'new', sentence: KNOWN_SENTENCE, recoveryCode: generateRecoveryCode() },
      { workers: inProcess },
    );
    // The child changed a title on the device after the pack was made.
    const beach = (await listRecords<Entry>('entries', bookId)).items.find(
      (e) => e.id === 'e_beach',
    );
    await putRecords('entries', bookId, [entryWrite({ ...beach!, title: 'Ærø, sommer' })]);
    const countsBefore = await rowCounts();
    lockBook(bookId);

    const { user } = renderImport();
    await choosePack(user, pack.file);
    await screen.findByRole('heading', { level: 2, name: 'What is in the moving pack' });
    expect(await screen.findByRole('radio', { name: 'Into the book “Åse Ærø”' })).toBeChecked();
    expect(screen.getByText(/which is already here/)).toBeInTheDocument();

    // Locked: the page says so, links to the book, and waits.
    const start = screen.getByRole('button', { name: 'Bring in the moving pack' });
    expect(start).toBeDisabled();
    expect(screen.getByRole('link', { name: 'Open “Åse Ærø”' })).toHaveAttribute(
      'href',
      `/book/${bookId}`,
    );
    // Unlocked elsewhere (the book's own lock screen): the page notices through the session.
    await act(() => unlockBySentence(bookId, KNOWN_SENTENCE));
    expect(await screen.findByRole('button', { name: 'Bring in the moving pack' })).toBeEnabled();
    expect(screen.queryByRole('link', { name: 'Open “Åse Ærø”' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Bring in the moving pack' }));
    await screen.findByRole('heading', { level: 2, name: 'The moving pack is in' });
    expect(screen.getByRole('status')).toHaveTextContent(
      'The moving pack has been brought into the book “Åse Ærø”.',
    );
    expect(screen.getByText('There was nothing new.')).toBeInTheDocument();
    const { data } = pack.selection;
    const records =
      data.entries.length + data.people.length + data.photos.length + data.snapshots.length;
    expect(
      screen.getByText(`${records - 1} things were already here, exactly as in the moving pack.`),
    ).toBeInTheDocument();
    const differ = screen.getByRole('region', {
      name: 'What is different here from the moving pack',
    });
    expect(within(differ).getByRole('listitem')).toHaveTextContent(
      '1 thing on the timeline. Different: title',
    );
    // No recovery code for a merge: the book keeps its own.
    expect(screen.queryByTestId('recovery-code')).not.toBeInTheDocument();

    expect(await rowCounts()).toEqual(countsBefore);
    const kept = (await listRecords<Entry>('entries', bookId)).items.find(
      (e) => e.id === 'e_beach',
    );
    expect(kept?.title).toBe('Ærø, sommer');
  });

  // A merge plans against the book with its bin: an older pack's copy of a binned record must
  // not count as new and bring it back out of the bin.
  it('keeps what is in the bin on the device when a pack still holds it', async () => {
    const pack = await makePack();
    const { bookId } = await importPack(
      await readPack(pack.file),
      { kind: 'new', sentence: KNOWN_SENTENCE, recoveryCode: generateRecoveryCode() },
      { workers: inProcess },
    );
    // After the pack was made, the child moved a moment to the bin.
    await binEntry(bookId, 'e_beach');
    const countsBefore = await rowCounts();

    const { user } = renderImport();
    await choosePack(user, pack.file);
    expect(await screen.findByRole('radio', { name: 'Into the book “Åse Ærø”' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Bring in the moving pack' }));
    await screen.findByRole('heading', { level: 2, name: 'The moving pack is in' });

    expect(await rowCounts()).toEqual(countsBefore);
    const live = (await listRecords<Entry>('entries', bookId)).items.map((e) => e.id);
    expect(live).not.toContain('e_beach');
    const binned = (await listRecords<Entry>('entries', bookId, { binned: true })).items;
    expect(binned.map((e) => e.id)).toEqual(['e_beach']);
    const differ = screen.getByRole('region', {
      name: 'What is different here from the moving pack',
    });
    expect(within(differ).getByRole('listitem')).toHaveTextContent(
      '1 thing on the timeline. Different: in the bin',
    );
  });

  it('refuses a tampered pack and a file that is no zip, by name, and writes nothing', async () => {
    await makeBook({ cover: { nickname: 'Alma' } });
    const before = await storeChecksum();
    const tampered = await makePack((files) => {
      const name = `${rootOf(files)}/data/LAES-MIG.txt`;
      const bytes = files.get(name)!.slice();
      bytes[10] = (bytes[10] ?? 0) ^ 1;
      files.set(name, bytes);
    });
    const { user } = renderImport();

    await choosePack(user, tampered.file);
    expect(
      await screen.findByRole('heading', { level: 2, name: 'The moving pack was not brought in' }),
    ).toHaveFocus();
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(
      'A file in the moving pack was changed or damaged after the pack was made. It was not brought in.',
    );
    expect(alert).toHaveTextContent('Nothing on this device was changed.');
    expect(await storeChecksum()).toBe(before);

    await user.click(within(alert).getByRole('button', { name: 'Try another file' }));
    await choosePack(user, new File(['not a zip at all'], 'pack.zip', { type: 'application/zip' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The file is not a moving pack (it is not a ZIP file, or it was not fully downloaded).',
    );
    expect(await storeChecksum()).toBe(before);
  });

  it('stops checking when asked, and writes nothing', async () => {
    await makeBook({ cover: { nickname: 'Alma' } });
    const before = await storeChecksum();
    // A checker that never finishes on its own: only the Stop button can end it.
    const stuck: ImportWorkers = { ...inProcess, check: () => new Promise(() => undefined) };
    const { user } = renderImport('en', stuck);
    await choosePack(user, (await makePack()).file);

    await screen.findByRole('heading', { level: 2, name: 'Checking the moving pack' });
    expect(
      screen.getByRole('progressbar', { name: 'Checking the moving pack: 0 %' }),
    ).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Stop' }));

    expect(
      await screen.findByRole('heading', { level: 2, name: 'It was stopped' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(
      'It was stopped. Nothing half-done was saved.',
    );
    expect(await storeChecksum()).toBe(before);
  });

  it('stops an import while the photos are sealed: no book is made', async () => {
    // Opened as the app opens it at start (which notes the schema): then the import writes nothing.
    await openDatabase();
    const before = await storeChecksum();
    // Sealing waits for Stop, then rejects as the real worker channel does.
    const waiting: ImportWorkers = {
      ...inProcess,
      seal: (_key, _book, _photos, opts) =>
        new Promise((_resolve, reject) => {
          opts.onProgress?.('seal', 0, 3);
          opts.signal?.addEventListener('abort', () => {
            reject(new PackFailure('cancelled'));
          });
        }),
    };
    const { user } = renderImport('en', waiting);
    await choosePack(user, (await makePack()).file);
    await screen.findByRole('heading', { level: 2, name: 'What is in the moving pack' });
    const sentence = (await screen.findByLabelText<HTMLInputElement>('Your sentence')).value;
    await user.type(
      screen.getByLabelText('Write the sentence again, so we know you remember it'),
      sentence,
    );
    await user.click(screen.getByRole('button', { name: 'Bring in the moving pack' }));

    await screen.findByRole('progressbar', {
      name: 'Locking the photos into the book: 0 of 3',
    });
    await user.click(screen.getByRole('button', { name: 'Stop' }));

    await screen.findByRole('heading', { level: 2, name: 'It was stopped' });
    expect(await storeChecksum()).toBe(before);
    expect(await listBooks()).toEqual([]);
    // The checked pack is still there, to try again.
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(
      await screen.findByRole('heading', { level: 2, name: 'What is in the moving pack' }),
    ).toBeInTheDocument();
  });

  it('speaks Danish, and English when asked', async () => {
    const { user } = renderImport('da');
    expect(screen.getByRole('heading', { level: 1, name: 'Hent en flyttepakke' })).toBeVisible();
    expect(screen.getByRole('heading', { level: 2, name: 'Vælg flyttepakken' })).toBeVisible();
    await user.upload(
      screen.getByLabelText('Vælg en flyttepakke'),
      new File(['ikke en zip'], 'pakke.zip', { type: 'application/zip' }),
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Filen er ikke en flyttepakke (det er ikke en ZIP-fil, eller den er ikke hentet helt).',
    );
    expect(alert).toHaveTextContent('Intet på enheden er ændret.');
    expect(within(alert).getByRole('button', { name: 'Prøv en anden fil' })).toBeVisible();
  });
});

/** Rows per table, to show a merge of the same pack added none. */
async function rowCounts(): Promise<Record<string, number>> {
  const d = db();
  const counts: Record<string, number> = {};
  for (const table of ['entries', 'people', 'photos', 'blobs', 'snapshots', 'books'] as const) {
    counts[table] = await d.table(table).count();
  }
  return counts;
}
