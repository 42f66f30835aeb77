import { screen, waitFor, within } from '@testing-library/react';

import { hasBooksMarker, lockBook } from '@/db';
import { setBooksMarker } from '@/db';
import { withFreshDatabase } from '@/testing/db-helpers';
import { makeBook } from '@/testing/factories';
import { renderApp } from '@/testing/render-app';

withFreshDatabase();
afterEach(() => {
  // The language switch remembers the shelf's language.
  localStorage.clear();
});

describe('the shelf', () => {
  it('says there are no books yet, and offers to make one', async () => {
    renderApp('/');
    expect(await screen.findByText('There are no books here yet.')).toBeInTheDocument();
    // A friendly empty shelf: a heading, a picture that adds nothing for a screen reader, and
    // one big "make a new book" (only one, not a second one in the row below).
    const empty = screen.getByRole('heading', { name: 'Your book will stand here' }).parentElement;
    expect(empty?.querySelector('.empty-state-picture img')).toHaveAttribute('alt', '');
    expect(screen.getAllByRole('link', { name: 'Make a new book' })).toHaveLength(1);
    expect(screen.getByRole('link', { name: 'Make a new book' })).toHaveAttribute('href', '/new');
    expect(screen.getByRole('link', { name: 'Bring in a moving pack' })).toHaveAttribute(
      'href',
      '/import',
    );
    expect(screen.getByRole('button', { name: 'See a sample book' })).toBeInTheDocument();
  });

  it('lists every book by name, also while locked, with a link to open it', async () => {
    const alma = await makeBook({ cover: { nickname: 'Alma' } });
    const noah = await makeBook({ cover: { nickname: 'Noah', emoji: '🚀' } });
    lockBook(alma.id);
    lockBook(noah.id);
    renderApp('/');

    const almaLink = await screen.findByRole('link', { name: 'Open the book: Alma' });
    expect(almaLink).toHaveAttribute('href', `/book/${alma.id}`);
    expect(screen.getByRole('link', { name: 'Open the book: Noah' })).toHaveAttribute(
      'href',
      `/book/${noah.id}`,
    );
    expect(screen.getAllByRole('link', { name: /^Open the book: / })).toHaveLength(2);
    expect(screen.queryByText('There are no books here yet.')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Make a new book' })).toBeInTheDocument();
  });

  it('marks the sample book and offers to open it instead of making another', async () => {
    await makeBook({ cover: { nickname: 'Sam', sample: true } });
    renderApp('/');

    const link = await screen.findByRole('link', { name: 'Open the book: Sam' });
    expect(within(link).getByText('Sample')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Open the sample book' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'See a sample book' })).not.toBeInTheDocument();
  });

  it('opens a book from its link', async () => {
    const book = await makeBook({ cover: { nickname: 'Alma' } });
    lockBook(book.id);
    const { user } = renderApp('/');

    await user.click(await screen.findByRole('link', { name: 'Open the book: Alma' }));

    expect(
      await screen.findByRole('heading', { name: "Alma's book is locked" }),
    ).toBeInTheDocument();
  });

  it('switches language with buttons that say which one is chosen', async () => {
    const { user } = renderApp('/');
    const group = await screen.findByRole('group', { name: 'Language' });
    const english = within(group).getByRole('button', { name: 'English' });
    const danish = within(group).getByRole('button', { name: 'Dansk' });
    expect(english).toHaveAttribute('aria-pressed', 'true');
    expect(danish).toHaveAttribute('aria-pressed', 'false');

    await user.click(danish);

    // The shelf may draw once with the start words and again when the rest of Danish has
    // loaded (a new element each time): wait for the page as it ends, not for the first draw.
    await waitFor(() => {
      expect(document.documentElement.lang).toBe('da');
      expect(screen.getByRole('link', { name: 'Lav en ny bog' })).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Dansk' })).toHaveAttribute('aria-pressed', 'true');
      expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute(
        'aria-pressed',
        'false',
      );
    });
  });

  describe('when the books this device had are gone', () => {
    const notice =
      'Your books are no longer on this device. The browser may have cleared its storage. Bring them back from your latest moving pack.';

    it('says so and points to the latest moving pack', async () => {
      // Storage cleared by the browser: the cookie marker survived, the books did not.
      setBooksMarker();
      renderApp('/');
      const region = await screen.findByRole('region', { name: notice });
      expect(within(region).getByRole('link', { name: 'Bring in a moving pack' })).toHaveAttribute(
        'href',
        '/import',
      );
      expect(screen.getByText('There are no books here yet.')).toBeInTheDocument();
    });

    it('stops saying so once dismissed, also after a new visit', async () => {
      setBooksMarker();
      const { user, unmount } = renderApp('/');
      const region = await screen.findByRole('region', { name: notice });
      await user.click(within(region).getByRole('button', { name: 'Do not show this again' }));
      expect(screen.queryByRole('region', { name: notice })).not.toBeInTheDocument();
      expect(hasBooksMarker()).toBe(false);
      unmount();

      renderApp('/');
      await screen.findByText('There are no books here yet.');
      expect(screen.queryByText(notice)).not.toBeInTheDocument();
    });

    it('says nothing on a device that never had a book, or while a book is here', async () => {
      const first = renderApp('/');
      await screen.findByText('There are no books here yet.');
      expect(screen.queryByText(notice)).not.toBeInTheDocument();
      first.unmount();

      await makeBook({ cover: { nickname: 'Alma' } });
      expect(hasBooksMarker()).toBe(true);
      renderApp('/');
      await screen.findByRole('link', { name: 'Open the book: Alma' });
      expect(screen.queryByText(notice)).not.toBeInTheDocument();
    });

    it('still says so when only the sample book is here', async () => {
      setBooksMarker();
      await makeBook({ cover: { nickname: 'Sam', sample: true } });
      renderApp('/');
      await screen.findByRole('link', { name: 'Open the book: Sam' });
      expect(screen.getByRole('region', { name: notice })).toBeInTheDocument();
    });
  });
});
