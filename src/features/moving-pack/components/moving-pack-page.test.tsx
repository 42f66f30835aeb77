import { screen, within } from '@testing-library/react';

import { addPhotos, db, putRecords } from '@/db';
import type { ExportResult, FromExportWorker } from '@/workers/pack-protocol';
import { withFreshDatabase } from '@/testing/db-helpers';
import { entryWrite, makeBook, makeEntry, makePhoto } from '@/testing/factories';
import { renderApp } from '@/testing/render-app';

withFreshDatabase();

/** A stand-in for the export worker: answers "start" with whatever the test decides. */
function fakeWorker(reply: (msg: unknown) => FromExportWorker[]) {
  const started: unknown[] = [];
  class FakeWorker {
    onmessage: ((e: MessageEvent<FromExportWorker>) => void) | null = null;
    onerror: ((e: ErrorEvent) => void) | null = null;
    postMessage(msg: unknown) {
      if ((msg as { type?: string }).type !== 'start') return;
      started.push(msg);
      for (const m of reply(msg)) {
        queueMicrotask(() => this.onmessage?.(new MessageEvent('message', { data: m })));
      }
    }
    terminate() {
      /* nothing to end */
    }
  }
  vi.stubGlobal('Worker', FakeWorker);
  return started;
}

async function bookWithPrivateThings() {
  const book = await makeBook({ cover: { nickname: 'Alma' } });
  await putRecords('entries', book.id, [
    entryWrite(makeEntry(book.id, { title: 'Open memory' })),
    entryWrite(makeEntry(book.id, { title: 'Secret diary', visibility: 'only-me' })),
    entryWrite(
      makeEntry(book.id, {
        kind: 'home',
        title: 'Where I live now',
        protected: true,
        place: 'Hemmelig Allé 1',
      }),
    ),
  ]);
  const shown = await makePhoto(book.id);
  const hidden = await makePhoto(book.id, { hidden: true, caption: 'Hidden one' });
  await addPhotos(book.id, [shown.item, hidden.item]);
  return book;
}

describe('the pack page', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('opens from its old address too, so a saved link still works', async () => {
    const book = await makeBook({ cover: { nickname: 'Alma' } });
    renderApp(`/book/${book.id}/handover`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'When I move' }),
    ).toBeInTheDocument();
  });

  it('shows what goes along and lets each left-out kind be chosen', async () => {
    const book = await bookWithPrivateThings();
    const { user } = renderApp(`/book/${book.id}/moving-pack`);
    const review = within(await screen.findByRole('region', { name: 'What comes along' }));
    expect(review.getByText('2 things on the timeline')).toBeInTheDocument();
    expect(review.getByText('1 photo')).toBeInTheDocument();
    expect(
      await screen.findByText('No moving pack has been made of this book yet.'),
    ).toBeInTheDocument();

    await user.click(review.getByRole('checkbox', { name: 'Include 1 thing that is only for me' }));
    expect(review.getByText('3 things on the timeline')).toBeInTheDocument();
    await user.click(review.getByRole('checkbox', { name: 'Include 1 hidden item' }));
    expect(review.getByText('2 photos')).toBeInTheDocument();
    expect(review.getByRole('checkbox', { name: 'Include 1 secret address' })).not.toBeChecked();
  });

  it('sends the choices to the worker, downloads the pack and remembers the export', async () => {
    const book = await bookWithPrivateThings();
    const report = {
      fileName: 'livsbog-alma-2026-11-23.zip',
      rootName: 'livsbog-alma-2026-11-23',
      zipBytes: 2_500_000,
      payloadFiles: 7,
      payloadBytes: 2_400_000,
      photosWritten: 1,
      unreadablePhotos: [],
      changedPhotos: [],
      refusedItems: [],
      leftOut: { onlyMe: 0, protectedPlaces: 1, hiddenPhotos: 1, onlyMePhotos: 0 },
    };
    const result: ExportResult = { kind: 'blob', blob: new Blob(['zip']), report };
    const started = fakeWorker(() => [
      { type: 'progress', phase: 'pack', done: 1, total: 2 },
      { type: 'done', result },
    ]);
    URL.createObjectURL = vi.fn(() => 'blob:fake');
    const click = vi
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => undefined);
    const { user } = renderApp(`/book/${book.id}/moving-pack`);
    const review = within(await screen.findByRole('region', { name: 'What comes along' }));
    await user.click(review.getByRole('checkbox', { name: 'Include 1 thing that is only for me' }));
    await user.click(screen.getByRole('button', { name: 'Make the moving pack' }));

    expect(
      await screen.findByText(
        'The moving pack was downloaded as livsbog-alma-2026-11-23.zip (2.5 MB).',
      ),
    ).toBeInTheDocument();
    expect(click).toHaveBeenCalled();
    expect(screen.getByRole('link', { name: 'Download the file again' })).toHaveAttribute(
      'download',
      report.fileName,
    );
    expect(started).toHaveLength(1);
    expect(started[0]).toMatchObject({
      type: 'start',
      choices: { includeOnlyMe: true, includeProtectedPlaces: false, includeHiddenPhotos: false },
      output: { kind: 'pack' },
    });
    expect(await screen.findByText(/^The last moving pack was made on /)).toBeInTheDocument();
    expect((await db().meta.get(`exported:${book.id}`))?.value).toEqual(expect.any(String));
  });

  it('says clearly why an export failed and that nothing half-done was kept', async () => {
    const book = await bookWithPrivateThings();
    fakeWorker(() => [{ type: 'failed', code: 'disk-full' }]);
    const { user } = renderApp(`/book/${book.id}/moving-pack`);
    await screen.findByRole('region', { name: 'What comes along' });
    await user.click(screen.getByRole('button', { name: 'Make the moving pack' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'There is not enough room on the device for the file. Make room and try again.',
    );
    expect(await db().meta.get(`exported:${book.id}`)).toBeUndefined();
  });

  it('lists the PDF parts for Digital Post and how many messages they make', async () => {
    const book = await bookWithPrivateThings();
    const files = Array.from({ length: 11 }, (_, i) => ({
      name: `livsbog-part-${String(i + 1).padStart(2, '0')}-of-11.pdf`,
      blob: new Blob(['%PDF-']),
      firstPage: i * 2 + 1,
      lastPage: i * 2 + 2,
      oversize: false,
    }));
    const result: ExportResult = {
      kind: 'pdf',
      files,
      messages: [
        { parts: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], bytes: 50, oversize: false },
        { parts: [11], bytes: 5, oversize: false },
      ],
    };
    const started = fakeWorker(() => [{ type: 'done', result }]);
    URL.createObjectURL = vi.fn(() => 'blob:fake');
    const { user } = renderApp(`/book/${book.id}/moving-pack`);
    await screen.findByRole('region', { name: 'What comes along' });
    await user.click(screen.getByRole('radio', { name: '5 MB' }));
    await user.click(screen.getByRole('button', { name: 'Make the PDF' }));
    expect(await screen.findByText('The PDF is ready: 11 files.')).toBeInTheDocument();
    expect(
      screen.getByText(
        'It has to be sent in 2 messages in Digital Post (at most 10 files per message).',
      ),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: /^Save livsbog-part-/ })).toHaveLength(11);
    expect(started[0]).toMatchObject({ output: { kind: 'pdf', maxPartBytes: 5_000_000 } });
    // No share sheet in jsdom: the button appears only where the device can share files.
    expect(screen.queryByRole('button', { name: 'Share the PDF …' })).toBeNull();
  });

  it('offers the share sheet for the PDF where the device can share files', async () => {
    const book = await bookWithPrivateThings();
    const pdf = { name: 'livsbog.pdf', blob: new Blob(['%PDF-']), firstPage: 1, lastPage: 3 };
    const result: ExportResult = {
      kind: 'pdf',
      files: [{ ...pdf, oversize: false }],
      messages: [{ parts: [1], bytes: 5, oversize: false }],
    };
    fakeWorker(() => [{ type: 'done', result }]);
    URL.createObjectURL = vi.fn(() => 'blob:fake');
    const share = vi.fn(() => Promise.resolve());
    // jsdom's navigator has no Web Share; give it one for this test (unstubbed after each).
    vi.stubGlobal('navigator', {
      userAgent: navigator.userAgent,
      language: navigator.language,
      languages: navigator.languages,
      canShare: (data: { files?: File[] }) => (data.files?.length ?? 0) > 0,
      share,
    });
    const { user } = renderApp(`/book/${book.id}/moving-pack`);
    await screen.findByRole('region', { name: 'What comes along' });
    await user.click(screen.getByRole('button', { name: 'Make the PDF' }));
    await user.click(await screen.findByRole('button', { name: 'Share the PDF …' }));
    expect(share).toHaveBeenCalledTimes(1);
    const shared = (share.mock.calls[0] as unknown as [{ files: File[] }])[0].files;
    expect(shared.map((f) => [f.name, f.type])).toEqual([['livsbog.pdf', 'application/pdf']]);
  });
});

describe('the export reminder', () => {
  it('appears when the book changed and the last export is 30 days old or more', async () => {
    const book = await makeBook();
    const day = 86_400_000;
    await db().meta.bulkPut([
      { key: `exported:${book.id}`, value: new Date(Date.now() - 45 * day).toISOString() },
      { key: `changed:${book.id}`, value: new Date(Date.now() - day).toISOString() },
    ]);
    renderApp(`/book/${book.id}`);
    const reminder = await screen.findByText(/it is 45 days since the last moving pack/);
    expect(reminder).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Make a moving pack' })).toHaveAttribute(
      'href',
      `/book/${book.id}/moving-pack`,
    );
  });

  it('stays away when the book was exported after its last change', async () => {
    const book = await makeBook();
    const day = 86_400_000;
    await db().meta.bulkPut([
      { key: `exported:${book.id}`, value: new Date(Date.now() - 40 * day).toISOString() },
      { key: `changed:${book.id}`, value: new Date(Date.now() - 41 * day).toISOString() },
    ]);
    renderApp(`/book/${book.id}`);
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByRole('link', { name: 'Make a moving pack' })).toBeNull();
  });
});
