import { screen } from '@testing-library/react';

import { SAMPLE_SENTENCE } from '@/domain';
import { withFreshDatabase } from '@/testing/db-helpers';
import { KNOWN_SENTENCE } from '@/testing/factories';
import { lockedBook, showLockScreen } from '@/testing/lock-screen';

withFreshDatabase();

describe('the lock screen', () => {
  it('shows only the lock while the book is locked', async () => {
    const book = await lockedBook({
      details: { meNow: { likes: 'secret-likes', goodAt: '', proudOf: '', dreams: '' } },
    });
    await showLockScreen(`/book/${book.id}`);

    expect(screen.queryByRole('heading', { name: 'Me now' })).not.toBeInTheDocument();
    expect(screen.queryByText('secret-likes')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Lock the book' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'All books' })).toHaveAttribute('href', '/');
  });

  it('guards every page of the book, not just the first', async () => {
    const book = await lockedBook();
    await showLockScreen(`/book/${book.id}/settings`);
    expect(screen.queryByRole('heading', { name: 'Settings' })).not.toBeInTheDocument();
  });

  it('says so when the sentence is wrong, and opens with the right one', async () => {
    const book = await lockedBook({
      details: { meNow: { likes: 'drawing', goodAt: '', proudOf: '', dreams: '' } },
    });
    const { user } = await showLockScreen(`/book/${book.id}`);
    const unlock = screen.getByRole('button', { name: 'Unlock' });
    expect(unlock).toBeDisabled();

    await user.type(screen.getByLabelText('Your secret sentence'), 'rød hest løber hurtigt');
    await user.click(unlock);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'That was not the right sentence. Try again.',
    );
    expect(screen.getByLabelText('Your secret sentence')).toHaveValue('');
    expect(screen.queryByRole('heading', { name: 'Me now' })).not.toBeInTheDocument();

    await user.type(screen.getByLabelText('Your secret sentence'), KNOWN_SENTENCE.toUpperCase());
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(await screen.findByRole('heading', { name: 'Me now' })).toBeInTheDocument();
    expect(await screen.findByLabelText('I like')).toHaveValue('drawing');
  });

  it('locks again with the lock button', async () => {
    const book = await lockedBook();
    const { user } = await showLockScreen(`/book/${book.id}`);
    await user.type(screen.getByLabelText('Your secret sentence'), KNOWN_SENTENCE);
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    await screen.findByRole('heading', { name: 'Me now' });

    await user.click(screen.getByRole('button', { name: 'Lock the book' }));

    expect(
      await screen.findByRole('heading', { name: "Maja's book is locked" }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Me now' })).not.toBeInTheDocument();
  });

  it('explains a recovery code that is not written correctly', async () => {
    const book = await lockedBook();
    const { user } = await showLockScreen(`/book/${book.id}`);

    await user.click(screen.getByRole('button', { name: 'I have forgotten the sentence' }));
    await user.type(screen.getByLabelText('Recovery code'), 'ABCD-1234');
    await user.click(screen.getByRole('button', { name: 'Unlock' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The recovery code is not written correctly. It has 27 characters in groups of four.',
    );
    expect(screen.queryByRole('heading', { name: 'Me now' })).not.toBeInTheDocument();
  });

  it('opens with the recovery code', async () => {
    const book = await lockedBook();
    const { user } = await showLockScreen(`/book/${book.id}`);

    await user.click(screen.getByRole('button', { name: 'I have forgotten the sentence' }));
    await user.type(screen.getByLabelText('Recovery code'), book.recoveryCode.toLowerCase());
    await user.click(screen.getByRole('button', { name: 'Unlock' }));

    expect(await screen.findByRole('heading', { name: 'Me now' })).toBeInTheDocument();
  });

  it('shows the public sentence only for the sample book', async () => {
    const sample = await lockedBook({
      cover: { nickname: 'Maja', sample: true },
      sentence: SAMPLE_SENTENCE,
    });
    const first = await showLockScreen(`/book/${sample.id}`);
    expect(
      screen.getByText(`This is a sample book. Its sentence is: ${SAMPLE_SENTENCE}`),
    ).toBeInTheDocument();
    first.unmount();

    const own = await lockedBook();
    await showLockScreen(`/book/${own.id}`);
    expect(screen.queryByText(/This is a sample book/)).not.toBeInTheDocument();
  });
});
