import { screen, waitFor, within } from '@testing-library/react';

import { readDetails } from '@/db';
import { LIKE_PICTURES_MAX } from '@/domain';
import { SECRET_WORDS } from '@/crypto';
import { withFreshDatabase } from '@/testing/db-helpers';
import { makeBook } from '@/testing/factories';
import { renderApp, renderBook } from '@/testing/render-app';

withFreshDatabase();

/** The whole young-mode page renders many picture tiles: room for a busy machine. */
const SLOW = 45_000;

const ANSWERS = { likes: '', goodAt: '', proudOf: '', dreams: '' };

describe('Me now by picture', () => {
  it(
    'saves how the child feels with one tap on a picture, and shows it on the cover',
    async () => {
      const { book, user } = await renderBook({ cover: { nickname: 'Maja', ageMode: 'young' } });
      const feelings = await screen.findByRole('group', { name: 'How I feel now' });
      const happy = within(feelings).getByRole('radio', { name: 'Happy' });
      expect(happy).not.toBeChecked();

      await user.click(happy);
      expect(happy).toBeChecked();
      await waitFor(async () => {
        expect((await readDetails(book.id)).meNow.feeling).toBe('😄');
      });
      const cover = screen.getByRole('region', { name: 'Me now' });
      expect(await within(cover).findByText('How I feel: Happy')).toBeInTheDocument();

      // Arrow keys move between the feelings, as radio buttons do; each choice is saved.
      await user.keyboard('{ArrowRight}');
      expect(within(feelings).getByRole('radio', { name: 'Safe' })).toBeChecked();
      await waitFor(async () => {
        expect((await readDetails(book.id)).meNow.feeling).toBe('😊');
      });
      // "Not now" takes the feeling away again: nothing is stored.
      await user.click(within(feelings).getByRole('radio', { name: 'I do not want to say now' }));
      await waitFor(async () => {
        expect((await readDetails(book.id)).meNow).not.toHaveProperty('feeling');
      });
      // The cover follows the stored details through a live query: it redraws a moment later.
      await waitFor(() => {
        expect(within(cover).queryByText(/How I feel/)).not.toBeInTheDocument();
      });
    },
    SLOW,
  );

  it(
    'chooses likes from the picture keyboard’s pictures, and takes them away again',
    async () => {
      const book = await makeBook({
        cover: { nickname: 'Maja', ageMode: 'young' },
        details: { meNow: { ...ANSWERS, likes: 'my sister' } },
      });
      const { user } = renderApp(`/book/${book.id}`);
      const likes = await screen.findByRole('region', { name: 'Things I like' });
      // Likes come from the secret's own picture list: the child is told not to pick those.
      expect(
        within(likes).getByText(/Do not choose the pictures of your secret sentence/),
      ).toBeInTheDocument();
      const horse = within(likes).getByRole('button', { name: 'horse' });
      expect(horse).toHaveAttribute('aria-pressed', 'false');

      await user.click(horse);
      await user.click(within(likes).getByRole('tab', { name: 'Food' }));
      await user.click(within(likes).getByRole('button', { name: 'pizza' }));
      expect(within(likes).getByRole('button', { name: 'pizza' })).toHaveAttribute(
        'aria-pressed',
        'true',
      );
      const chosen = within(likes).getByRole('list', { name: 'My pictures' });
      const items = within(chosen).getAllByRole('listitem');
      expect(items).toHaveLength(2);
      expect(items[0]).toHaveTextContent(/horse$/);
      expect(items[1]).toHaveTextContent(/pizza$/);
      await waitFor(async () => {
        expect((await readDetails(book.id)).meNow.likePictures).toEqual(['hest', 'pizza']);
      });
      // The typed answer is untouched: pictures and words are two ways to say it.
      expect(screen.getByLabelText('I like')).toHaveValue('my sister');
      const cover = screen.getByRole('region', { name: 'Me now' });
      expect(await within(cover).findByText('Things I like:')).toBeInTheDocument();
      expect(within(cover).getByText('pizza')).toBeInTheDocument();

      await user.click(within(chosen).getByRole('button', { name: 'Take horse away' }));
      await waitFor(async () => {
        expect((await readDetails(book.id)).meNow.likePictures).toEqual(['pizza']);
      });
    },
    SLOW,
  );

  it(
    'says so when all the places are taken, and changes nothing',
    async () => {
      const full = SECRET_WORDS.slice(10, 10 + LIKE_PICTURES_MAX).map((w) => w.da);
      const book = await makeBook({
        cover: { ageMode: 'young' },
        details: { meNow: { ...ANSWERS, likePictures: full } },
      });
      const { user } = renderApp(`/book/${book.id}`);
      const likes = await screen.findByRole('region', { name: 'Things I like' });
      await user.click(within(likes).getByRole('button', { name: 'dog' }));
      expect(
        await within(likes).findByText(
          `You have chosen ${String(LIKE_PICTURES_MAX)} pictures. Take one away before you choose a new one.`,
        ),
      ).toBeInTheDocument();
      expect(within(likes).getByRole('button', { name: 'dog' })).toHaveAttribute(
        'aria-pressed',
        'false',
      );
      expect((await readDetails(book.id)).meNow.likePictures).toEqual(full);
    },
    SLOW,
  );

  it('keeps the like pictures folded away for older children until asked for', async () => {
    const book = await makeBook({ cover: { ageMode: 'teen' } });
    const { user } = renderApp(`/book/${book.id}`);
    const likes = await screen.findByRole('region', { name: 'Things I like' });
    expect(within(likes).getByRole('tablist', { hidden: true })).not.toBeVisible();
    await user.click(within(likes).getByText('Choose with pictures'));
    expect(within(likes).getByRole('tablist')).toBeVisible();
  });

  it('speaks Danish', async () => {
    const book = await makeBook({
      cover: { ageMode: 'young' },
      details: { meNow: { ...ANSWERS, feeling: '😢', likePictures: ['hest'] } },
    });
    renderApp(`/book/${book.id}`, 'da');
    const feelings = await screen.findByRole('group', { name: 'Sådan har jeg det nu' });
    expect(within(feelings).getByRole('radio', { name: 'Ked af det' })).toBeChecked();
    expect(await screen.findByText('Sådan har jeg det: Ked af det')).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Mine billeder' })).toHaveTextContent('hest');
  });
});
