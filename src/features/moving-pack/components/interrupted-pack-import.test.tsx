import { act, screen } from '@testing-library/react';

import {
  beginImport,
  dismissImport,
  forgetRunningImportsForTests,
  interruptedImports,
  openDatabase,
} from '@/db';
import { dumpAllStores, withFreshDatabase } from '@/testing/db-helpers';
import { makeBook } from '@/testing/factories';
import { renderApp } from '@/testing/render-app';

withFreshDatabase();
afterEach(() => {
  forgetRunningImportsForTests();
});

const TEXT = 'Bringing in a moving pack was interrupted. Nothing of it was saved.';

/** A pack import whose tab died before the commit: only its note is left. */
async function interruptedPack(bookId?: string): Promise<string> {
  const running = await beginImport('bundle', 12_345, bookId);
  forgetRunningImportsForTests();
  return running.id;
}

describe('an interrupted pack import', () => {
  it('says nothing was saved; OK forgets the note, leaving the store as before', async () => {
    await openDatabase();
    await makeBook();
    const before = await dumpAllStores();
    await interruptedPack();

    const { user } = renderApp('/');
    expect(await screen.findByText(TEXT)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'OK' }));
    expect(screen.queryByText(TEXT)).not.toBeInTheDocument();
    await vi.waitFor(async () => {
      expect(await interruptedImports()).toEqual([]);
    });
    expect(await dumpAllStores()).toBe(before);
  });

  it('offers to try again on the import page, in Danish too', async () => {
    const book = await makeBook();
    await interruptedPack(book.id);
    await interruptedPack();

    const { user } = renderApp('/', 'da');
    // Two interrupted imports, one message.
    expect(
      await screen.findByText('Hentningen af en flyttepakke blev afbrudt. Intet af den blev gemt.'),
    ).toBeInTheDocument();
    const again = screen.getByRole('link', { name: 'Prøv igen' });
    expect(again).toHaveAttribute('href', '/import');
    await user.click(again);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Hent en flyttepakke' }),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Intet af den blev gemt/)).not.toBeInTheDocument();
    await vi.waitFor(async () => {
      expect(await interruptedImports()).toEqual([]);
    });
  });

  it('is not shown while an import runs, nor for photos, and goes when handled elsewhere', async () => {
    const book = await makeBook();
    const running = await beginImport('bundle', 1, book.id);
    await beginImport('photos', 3, book.id);
    forgetRunningImportsForTests();
    const stillRunning = await beginImport('bundle', 1);
    expect((await interruptedImports()).map((j) => j.kind).sort()).toEqual(['bundle', 'photos']);

    renderApp('/');
    await screen.findByText(TEXT);
    expect(screen.getAllByText(TEXT)).toHaveLength(1);
    // Another tab pressed OK.
    await act(() => dismissImport(running.id));
    await vi.waitFor(() => {
      expect(screen.queryByText(TEXT)).not.toBeInTheDocument();
    });
    await stillRunning.finish();
  });
});
