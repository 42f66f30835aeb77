import { configure, screen, waitFor, within } from '@testing-library/react';

import { binEntry, listBinnedEntries, listEntries, saveEntry } from '@/db';
import { putRecords } from '@/db';
import type { Entry } from '@/domain';
import { withFreshDatabase } from '@/testing/db-helpers';
import { installSpeech, removeSpeech } from '@/testing/fake-speech';
import { renderRoute } from '@/testing/render-route';
import { makeBook, makeEntry, makePerson, personWrite } from '@/testing/factories';

import { TimelineArea } from './timeline-area';

withFreshDatabase();
// The whole app decrypts and renders under jsdom: slower than a browser, so wait longer.
configure({ asyncUtilTimeout: 10_000 });

/** The timeline area at a route, in English, as the book's layout mounts it. */
function renderTimeline(path: string) {
  return renderRoute('/book/:bookId/timeline/*', <TimelineArea />, path);
}

// jsdom has no layout: a tall window lets the virtual list render every row of these small books.
let innerHeight: PropertyDescriptor | undefined;
beforeAll(() => {
  innerHeight = Object.getOwnPropertyDescriptor(window, 'innerHeight');
  Object.defineProperty(window, 'innerHeight', { configurable: true, value: 10_000 });
  window.scrollTo = () => undefined;
});
afterAll(() => {
  if (innerHeight) Object.defineProperty(window, 'innerHeight', innerHeight);
});

async function seed(overrides: Partial<Parameters<typeof makeBook>[0]> = {}) {
  const book = await makeBook({ details: { birthDate: { year: 2009, month: 6 } }, ...overrides });
  const sofie = makePerson(book.id, { name: 'Sofie', relation: 'best friend' });
  await putRecords('people', book.id, [personWrite(sofie)]);
  const entries: Entry[] = [
    makeEntry(book.id, {
      kind: 'home',
      title: 'With Hanne and Jens',
      text: 'An apple tree.',
      date: undefined,
      period: { start: { year: 2013, season: 'autumn' }, end: { year: 2016, month: 6 } },
    }),
    makeEntry(book.id, {
      kind: 'school',
      title: 'River School',
      text: '',
      date: undefined,
      period: { start: { year: 2015, month: 8 }, ongoing: true },
      personIds: [sofie.id],
    }),
    makeEntry(book.id, {
      kind: 'memory',
      title: 'The day at the beach',
      text: 'Noah found a crab.',
      date: { year: 2015, season: 'summer', approx: true },
      feeling: '😄',
    }),
    makeEntry(book.id, { kind: 'dream', title: 'Becoming a vet', text: '', date: { age: 25 } }),
  ];
  for (const e of entries) await saveEntry(e, { year: 2009, month: 6 });
  return { book, sofie, entries };
}

function titles(): string[] {
  return screen
    .queryAllByRole('article')
    .map((a) => within(a).getByRole('heading', { level: 3 }).textContent);
}

describe('the timeline', { timeout: 60_000 }, () => {
  it('groups by year with ages, in order, with periods going on beside the moments', async () => {
    await seed();
    renderTimeline(`/book/${(await listBooksFirst()).id}/timeline`);
    await screen.findByRole('heading', { name: '2013 · age 4', level: 2 });
    const years = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(years).toEqual(
      expect.arrayContaining(['2013 · age 4', '2014 · age 5', '2015 · age 6', '2034 · age 25']),
    );
    expect(titles()).toEqual([
      'With Hanne and Jens',
      'The day at the beach',
      'River School',
      'Becoming a vet',
    ]);
    expect(screen.getByText('Memory · about summer 2015')).toBeInTheDocument();
    expect(screen.getByText('Home · autumn 2013–June 2016')).toBeInTheDocument();
    // 2014 has no moments of its own: the home still going on is shown there.
    const y2014 = screen.getByRole('heading', { name: '2014 · age 5' }).parentElement;
    expect(
      within(y2014 ?? document.body).getByRole('link', { name: /With Hanne and Jens/ }),
    ).toBeInTheDocument();
    expect(screen.getAllByText('Written by me')).toHaveLength(4);
  });

  it('filters by kind and by person, and searches inside the open book', async () => {
    const { book } = await seed();
    const { user } = renderTimeline(`/book/${book.id}/timeline`);
    await screen.findByRole('heading', { name: '2013 · age 4' });

    await user.click(screen.getByRole('button', { name: 'School' }));
    expect(screen.getByRole('button', { name: 'School' })).toHaveAttribute('aria-pressed', 'true');
    await waitFor(() => {
      expect(titles()).toEqual(['River School']);
    });
    expect(screen.getByText('Showing 1 of 4')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show everything' }));

    await user.selectOptions(screen.getByLabelText('With'), 'Sofie');
    await waitFor(() => {
      expect(titles()).toEqual(['River School']);
    });
    await user.selectOptions(screen.getByLabelText('With'), 'Everyone');

    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'CRAB');
    await waitFor(() => {
      expect(titles()).toEqual(['The day at the beach']);
      // The feeling is drawn from its bundled picture and still named for screen readers.
      expect(screen.getByRole('img', { name: 'Feeling: Happy' })).toBeInTheDocument();
    });
    await user.clear(screen.getByRole('searchbox', { name: 'Search' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'nothing like this');
    expect(await screen.findByText(/Nothing matches/)).toBeInTheDocument();
    // The empty result: a friendly heading and one big action that brings everything back.
    expect(screen.getByRole('heading', { level: 2, name: 'I could not find that' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Show the whole timeline' }));
    await waitFor(() => {
      expect(titles()).toContain('The day at the beach');
    });
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('');
  });

  it('puts an entry in the bin, undoes it, and restores or deletes from the bin', async () => {
    const { book, entries } = await seed();
    const beach = entries[2];
    if (!beach) throw new Error('no entry');
    const { user } = renderTimeline(`/book/${book.id}/timeline/entry/${beach.id}`);
    await user.click(await screen.findByRole('button', { name: 'Put in the bin' }));

    expect(
      await screen.findByText(
        '“The day at the beach” is in the bin. You can put it back for 30 days.',
      ),
    ).toBeInTheDocument();
    const binLink = await screen.findByRole('link', { name: 'The bin (1)' });
    // Where the row shows the bin as a picture, its count stays in sight beside it.
    expect(within(binLink).getByText('1', { exact: true })).toHaveClass('timeline-bin-count');
    await waitFor(() => {
      expect(titles()).not.toContain('The day at the beach');
    });
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(
      await screen.findByText('“The day at the beach” is back on the timeline.'),
    ).toBeInTheDocument();
    expect((await listEntries(book.id)).items).toHaveLength(4);

    await binEntry(book.id, beach.id);
    await user.click(await screen.findByRole('link', { name: 'The bin (1)' }));
    await screen.findByRole('heading', { name: /The bin/, level: 1 });
    expect(await screen.findByText(/Gone in 30 days/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Put back: The day at the beach' }));
    expect(await screen.findByText('The bin is empty.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Nothing in here' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'See your timeline' })).toHaveAttribute(
      'href',
      `/book/${book.id}/timeline`,
    );

    await binEntry(book.id, beach.id);
    await user.click(
      await screen.findByRole('button', { name: 'Delete for good: The day at the beach' }),
    );
    expect(screen.getByText(/This cannot be undone/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'No, keep it' }));
    await user.click(screen.getByRole('button', { name: 'Delete for good: The day at the beach' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete for good' }));
    expect(
      await screen.findByText('“The day at the beach” has been deleted for good.'),
    ).toBeInTheDocument();
    expect((await listBinnedEntries(book.id)).items).toEqual([]);
    expect((await listEntries(book.id)).items).toHaveLength(3);
  });

  it('lists where I have lived and my schools from the same entries', async () => {
    const { book } = await seed();
    renderTimeline(`/book/${book.id}/timeline/homes`);
    await screen.findByRole('heading', { name: 'Where I have lived', level: 1 });
    expect(await screen.findByRole('link', { name: 'With Hanne and Jens' })).toBeInTheDocument();
    expect(screen.getByText('Home · autumn 2013–June 2016 · From age 4 to 7')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'River School' })).not.toBeInTheDocument();
  });

  it('reads a story aloud in the book’s language with a voice on the device, only where the browser can', async () => {
    const { book } = await seed({ cover: { locale: 'da' } });
    // Chrome lists a network voice first; it would send the story to a remote service.
    const { spoken } = installSpeech([
      { name: 'Google dansk', lang: 'da-DK', localService: false, default: true },
      { name: 'Sara', lang: 'da-DK', localService: true, default: false },
    ]);
    try {
      const { user, unmount } = renderTimeline(`/book/${book.id}/timeline`);
      await screen.findByRole('heading', { name: '2013 · age 4' });
      await user.click(screen.getByRole('button', { name: 'Read aloud: The day at the beach' }));
      expect(spoken).toEqual([
        { text: 'The day at the beach.\nNoah found a crab.', lang: 'da-DK', voice: 'Sara' },
      ]);
      // One button that says what it will do next, rather than a pressed state.
      expect(
        screen.getByRole('button', { name: 'Stop: The day at the beach' }),
      ).toBeInTheDocument();
      unmount();
    } finally {
      removeSpeech();
    }
    renderTimeline(`/book/${book.id}/timeline`);
    await screen.findByRole('heading', { name: '2013 · age 4' });
    expect(screen.queryByRole('button', { name: /Read aloud/ })).not.toBeInTheDocument();
  });
});

async function listBooksFirst() {
  const { listBooks } = await import('@/db');
  const [first] = await listBooks();
  if (!first) throw new Error('no book');
  return first;
}
