import { configure, fireEvent, screen, waitFor } from '@testing-library/react';

import { addPhotos, getEntry, listEntries, listPhotos, saveEntry } from '@/db';
import { withFreshDatabase } from '@/testing/db-helpers';
import { renderRoute } from '@/testing/render-route';
import { makeBook, makeEntry, makePhoto } from '@/testing/factories';

import { TimelineArea } from './timeline-area';

// jsdom cannot decode or shrink a PNG: the drawing is stored as a synthetic drawing instead.
vi.mock('@/components/drawing-canvas-save', async () => {
  const db = await import('@/db');
  const factories = await import('@/testing/factories');
  return {
    useSaveDrawing: (bookId: string) => async (drawing: { title: string }) => {
      const made = await factories.makePhoto(bookId, {
        kind: 'drawing',
        mime: 'image/png',
        title: drawing.title,
        caption: drawing.title,
      });
      await db.addPhotos(bookId, [made.item]);
      return { photo: made.item.photo };
    },
  };
});

withFreshDatabase();
configure({ asyncUtilTimeout: 10_000 });

/** jsdom draws nothing: a 2D context that does nothing, and a canvas that makes a "PNG". */
function fakeCanvas() {
  const ctx = new Proxy({}, { get: () => vi.fn() });
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(
    ctx as unknown as CanvasRenderingContext2D,
  );
  vi.spyOn(HTMLCanvasElement.prototype, 'toBlob').mockImplementation((done) => {
    done(new Blob(['png'], { type: 'image/png' }));
  });
  Object.assign(HTMLElement.prototype, { setPointerCapture: vi.fn() });
}

function renderTimeline(path: string) {
  return renderRoute('/book/:bookId/timeline/*', <TimelineArea />, path);
}

const button = (name: string | RegExp) => screen.getByRole('button', { name });

/** "Draw" in the editor, a line on the paper, saved; the editor says it is saved. */
async function drawInForm(user: ReturnType<typeof renderTimeline>['user']) {
  await user.click(await screen.findByRole('button', { name: 'Draw' }));
  await user.click(button('Draw your home'));
  const paper = screen.getByRole('img', { name: /drawing paper/i });
  fireEvent.pointerDown(paper, { pointerId: 1, pointerType: 'mouse', button: 0, clientX: 5 });
  fireEvent.pointerMove(paper, { pointerId: 1, pointerType: 'mouse', clientX: 20, clientY: 9 });
  fireEvent.pointerUp(paper, { pointerId: 1, pointerType: 'mouse', clientX: 20, clientY: 9 });
  await user.click(button('Save the drawing'));
  await waitFor(() => {
    expect(screen.queryByRole('button', { name: 'Save the drawing' })).not.toBeInTheDocument();
  });
}

async function drawingIds(bookId: string): Promise<string[]> {
  const { items } = await listPhotos(bookId);
  return items.filter((p) => p.kind === 'drawing').map((p) => p.id);
}

describe('a drawing made in the entry editor', { timeout: 60_000 }, () => {
  beforeEach(() => {
    fakeCanvas();
  });

  it('goes for good when a new entry is cancelled', async () => {
    const book = await makeBook();
    const { user } = renderTimeline(`/book/${book.id}/timeline/new`);
    await user.click(await screen.findByRole('radio', { name: /^Memory/ }));
    await drawInForm(user);
    expect(await drawingIds(book.id)).toHaveLength(1);

    await user.click(button('Cancel'));
    await waitFor(async () => {
      expect(await drawingIds(book.id)).toEqual([]);
    });
  });

  it('stays, linked to the entry, when the entry is saved', async () => {
    const book = await makeBook();
    const { user } = renderTimeline(`/book/${book.id}/timeline/new`);
    await user.click(await screen.findByRole('radio', { name: /^Memory/ }));
    await user.type(screen.getByLabelText('Title'), 'Our house');
    await drawInForm(user);
    await user.click(button('Save'));
    await screen.findByRole('heading', { name: /Our house/, level: 1 });

    const ids = await drawingIds(book.id);
    expect(ids).toHaveLength(1);
    const { items } = await listEntries(book.id);
    expect(items[0]?.photoIds).toEqual(ids);
  });

  it('editing an entry with an older drawing and cancelling keeps the older one', async () => {
    const book = await makeBook();
    const older = await makePhoto(book.id, { kind: 'drawing', mime: 'image/png' });
    await addPhotos(book.id, [older.item]);
    const stored = makeEntry(book.id, { title: 'Old one', photoIds: [older.item.photo.id] });
    await saveEntry(stored);
    const { user } = renderTimeline(`/book/${book.id}/timeline/entry/${stored.id}/edit`);
    await screen.findByLabelText('Title');
    await drawInForm(user);
    expect(await drawingIds(book.id)).toHaveLength(2);

    await user.click(button('Cancel'));
    await waitFor(async () => {
      expect(await drawingIds(book.id)).toEqual([older.item.photo.id]);
    });
    expect((await getEntry(book.id, stored.id))?.photoIds).toEqual([older.item.photo.id]);
  });
});
