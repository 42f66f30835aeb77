import { configure, screen, waitFor, within } from '@testing-library/react';

import { getEntry, listEntries, saveEntry } from '@/db';
import { listRecords } from '@/db';
import type { Entry, Person } from '@/domain';
import { withFreshDatabase } from '@/testing/db-helpers';
import { renderRoute } from '@/testing/render-route';
import { makeBook, makeEntry } from '@/testing/factories';

import { TimelineArea } from './timeline-area';

withFreshDatabase();
// The whole app decrypts and renders under jsdom: slower than a browser, so wait longer.
configure({ asyncUtilTimeout: 10_000 });

/** The timeline area at a route, in English, as the book's layout mounts it. */
function renderTimeline(path: string) {
  return renderRoute('/book/:bookId/timeline/*', <TimelineArea />, path);
}

async function openEditor(bookId: string, query = '') {
  const app = renderTimeline(`/book/${bookId}/timeline/new${query}`);
  await screen.findByRole('heading', { name: 'Add to the timeline', level: 1 });
  return app;
}

function group(name: string | RegExp): HTMLElement {
  return screen.getByRole('group', { name });
}

// Typing into a whole app under jsdom is slow; these tests walk the form as a child would.
describe('the entry editor', { timeout: 60_000 }, () => {
  it('adds a memory with a date, a feeling and a person added on the spot', async () => {
    const book = await makeBook({ details: { birthDate: { year: 2012, month: 3 } } });
    const { user } = await openEditor(book.id);

    await user.click(screen.getByRole('radio', { name: /^Memory/ }));
    await user.type(screen.getByLabelText('Title'), 'The day at the beach');
    await user.type(screen.getByLabelText('Tell the story'), 'We built a sandcastle.');
    await user.type(within(group('When was it?')).getByLabelText('Year'), '2019');
    await user.click(screen.getByRole('radio', { name: 'Happy' }));
    await user.click(screen.getByRole('button', { name: 'Add a new person' }));
    await user.type(screen.getByLabelText('Name or nickname'), 'Noah');
    await user.type(screen.getByLabelText(/Who are they to you/), 'Little brother');
    await user.click(screen.getByRole('button', { name: 'Add the person' }));
    expect(screen.getByText('Noah')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save' }));

    // Saving opens the new entry.
    expect(
      await screen.findByRole('heading', { name: /The day at the beach/, level: 1 }),
    ).toBeInTheDocument();
    expect(screen.getByText('Memory · 2019 · When I was 7')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Feeling: Happy' })).toBeInTheDocument();
    expect(screen.getByText('Written by me')).toBeInTheDocument();
    expect(screen.getByText('Noah')).toBeInTheDocument();

    const people = await listRecords<Person>('people', book.id);
    expect(people.items).toMatchObject([{ name: 'Noah', relation: 'Little brother' }]);
    const { items } = await listEntries(book.id);
    expect(items).toMatchObject([
      {
        kind: 'memory',
        title: 'The day at the beach',
        text: 'We built a sandcastle.',
        date: { year: 2019 },
        feeling: '😄',
        personIds: [people.items[0]?.id],
        author: { kind: 'child' },
        visibility: 'book',
      },
    ]);
  });

  it('says clearly what is wrong, beside each field and at the top, and saves nothing', async () => {
    const book = await makeBook();
    const { user } = await openEditor(book.id);

    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findAllByText('Choose what you want to tell about.')).toHaveLength(2);
    expect(screen.getByRole('radio', { name: /^Home/ })).toHaveFocus();

    await user.click(screen.getByRole('radio', { name: /^School/ }));
    await user.type(within(group('When did it start?')).getByLabelText('Year'), '2020');
    await user.type(within(group('When did it end?')).getByLabelText('Year'), '2018');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const summary = await screen.findByText('Something needs fixing before it can be saved:');
    expect(summary.closest('[role="alert"]')).toHaveTextContent('Write a title.');
    expect(summary.closest('[role="alert"]')).toHaveTextContent(
      'It cannot end before it started. Check the dates.',
    );
    await waitFor(() => {
      expect(screen.getByLabelText('Title')).toHaveFocus();
    });
    expect(screen.getByLabelText('Title')).toHaveAttribute('aria-invalid', 'true');

    await user.click(screen.getByLabelText('Title'));
    await user.paste('x'.repeat(121));
    expect(await screen.findAllByText('The title can be at most 120 characters.')).not.toHaveLength(
      0,
    );
    expect((await listEntries(book.id)).items).toEqual([]);
  });

  it('refuses a day that does not exist and an adult author without a name', async () => {
    const book = await makeBook();
    const { user } = await openEditor(book.id, '?kind=event');
    const when = group('When was it?');
    await user.type(screen.getByLabelText('Title'), 'Birthday');
    await user.click(within(when).getByRole('radio', { name: 'The day' }));
    await user.type(within(when).getByLabelText('Year'), '2023');
    await user.selectOptions(within(when).getByLabelText('Month'), 'February');
    await user.selectOptions(within(when).getByLabelText('Day'), '30');
    await user.click(screen.getByRole('radio', { name: 'A grown-up' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findAllByText(/That date does not exist/)).toHaveLength(2);
    expect(screen.getAllByText('Write the grown-up’s name.')).toHaveLength(2);

    await user.selectOptions(within(when).getByLabelText('Day'), '28');
    await user.type(screen.getByLabelText('The grown-up’s name'), 'Hanne');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Written by Hanne (adult)')).toBeInTheDocument();
    expect(screen.getByText('Event · 28 February 2023')).toBeInTheDocument();
  });

  it('keeps a new home secret by default and shows its address with a lock', async () => {
    const book = await makeBook();
    const { user } = await openEditor(book.id, '?kind=home');
    await user.type(screen.getByLabelText('Title'), 'My home now');
    await user.type(within(group('When did it start?')).getByLabelText('Year'), '2022');
    await user.click(screen.getByLabelText('It is still like this (until now)'));
    await user.type(screen.getByLabelText('Place or address'), 'Birkevej 3');
    expect(screen.getByLabelText('Secret address 🔒')).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Secret address:')).toBeInTheDocument();
    // Masked until "Show" is pressed (components/secret-address.tsx).
    expect(screen.queryByText(/Birkevej 3/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show secret address' }));
    expect(screen.getByText(/Birkevej 3/)).toBeInTheDocument();
    expect(screen.getByText('Home · since 2022')).toBeInTheDocument();
    const [home] = (await listEntries(book.id)).items;
    expect(home).toMatchObject({
      protected: true,
      place: 'Birkevej 3',
      period: { start: { year: 2022 }, ongoing: true },
    });
  });

  it('edits an entry without losing what the form does not show', async () => {
    const book = await makeBook();
    const stored = {
      ...makeEntry(book.id, {
        title: 'Old title',
        date: { year: 2020, age: 6 },
        photoIds: ['gone'],
      }),
      fromNewerVersion: { keep: true },
    } as Entry;
    await saveEntry(stored);
    const { user } = renderTimeline(`/book/${book.id}/timeline/entry/${stored.id}/edit`);
    const title = await screen.findByLabelText('Title');
    expect(title).toHaveValue('Old title');
    await user.clear(title);
    await user.type(title, 'New title');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByRole('heading', { name: /New title/, level: 1 });

    const saved = await getEntry(book.id, stored.id);
    expect(saved).toEqual({
      ...stored,
      title: 'New title',
      updatedAt: expect.any(String) as string,
    });
  });

  it('seals a letter until a date and says the seal is a ritual', async () => {
    const book = await makeBook();
    const { user } = await openEditor(book.id, '?kind=letter');
    await user.type(screen.getByLabelText('Title'), 'To me at 18');
    await user.type(screen.getByLabelText('Tell the story'), 'Dear me, you made it.');
    await user.click(screen.getByLabelText(/Seal the letter until a date/));
    await user.type(screen.getByLabelText('The letter can be opened on'), '2199-06-01');
    expect(screen.getByText(/It is a ritual, not a lock/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Sealed letter')).toBeInTheDocument();
    expect(screen.getByText(/Can be opened on 1 June 2199/)).toBeInTheDocument();
    expect(screen.getByText(/The seal is a ritual, not a lock/)).toBeInTheDocument();
    expect(screen.queryByText('Dear me, you made it.')).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Edit' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Open the letter anyway' }));
    expect(screen.getByText('Dear me, you made it.')).toBeInTheDocument();
  });

  it('shows the youngest few fields, with the rest behind "more"', async () => {
    const book = await makeBook({ cover: { ageMode: 'young' } });
    const { user } = await openEditor(book.id, '?kind=memory');
    const when = group('When was it?');
    expect(
      within(when)
        .getAllByRole('radio')
        .map((r) => r.getAttribute('value')),
    ).toEqual(['year', 'age', 'none']);
    const more = screen.getByText('More: people, photos and who wrote it').closest('details');
    expect(more).not.toHaveAttribute('open');
    await user.type(screen.getByLabelText('Title'), 'Snow');
    await user.click(within(when).getByRole('radio', { name: 'How old I was' }));
    await user.type(within(when).getByLabelText('How old were you?'), '5');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Memory · when I was 5')).toBeInTheDocument();
  });
});
