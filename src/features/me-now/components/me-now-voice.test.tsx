import { configure, screen, within } from '@testing-library/react';

import { listPhotos, readDetails } from '@/db';
import { withFreshDatabase } from '@/testing/db-helpers';
import { installMicrophone, withMicrophoneReset } from '@/testing/fake-media-recorder';
import { renderBook } from '@/testing/render-app';

withFreshDatabase();
withMicrophoneReset();
// The whole app renders under jsdom, on a shared machine: wait longer than usual.
configure({ asyncUtilTimeout: 25_000 });

async function answerLikesByVoice() {
  installMicrophone();
  const { book, user } = await renderBook({ cover: { nickname: 'Maja', ageMode: 'young' } });
  await screen.findByRole('heading', { name: 'Me now', level: 1 });
  await user.click(screen.getByRole('button', { name: 'Answer with your voice: I like' }));
  const recorder = screen.getByRole('region', { name: 'Answer with your voice' });
  await user.click(within(recorder).getByRole('button', { name: 'Record' }));
  await user.click(await within(recorder).findByRole('button', { name: 'Stop' }));
  await within(recorder).findByLabelText('Listen to your recording');
  return { book, user, recorder };
}

describe('Mig nu answered in the child’s own voice', { timeout: 120_000 }, () => {
  it('stores the answer as a voice note, links it to the question and plays it on the cover', async () => {
    const { book, user, recorder } = await answerLikesByVoice();
    await user.click(within(recorder).getByRole('button', { name: 'Save' }));

    const label = 'Your answer in your own voice: I like';
    await screen.findAllByLabelText(label);
    const { meNow } = await readDetails(book.id);
    const [voice] = (await listPhotos(book.id)).items;
    expect(voice).toMatchObject({ kind: 'voice', title: 'I like' });
    expect(meNow.voiceIds).toEqual({ likes: voice?.id });
    // Under the question and on the cover.
    expect(screen.getAllByLabelText(label)).toHaveLength(2);
    expect(
      screen.getByRole('button', { name: 'Answer with your voice: I am good at' }),
    ).toBeInTheDocument();
  });

  it('takes the answer away again, keeping the voice note in the book', async () => {
    const { book, user, recorder } = await answerLikesByVoice();
    await user.click(within(recorder).getByRole('button', { name: 'Save' }));
    await user.click(await screen.findByRole('button', { name: 'Remove the voice answer' }));

    await screen.findByRole('button', { name: 'Answer with your voice: I like' });
    expect((await readDetails(book.id)).meNow.voiceIds).toBeUndefined();
    expect((await listPhotos(book.id)).items).toHaveLength(1);
  });
});
