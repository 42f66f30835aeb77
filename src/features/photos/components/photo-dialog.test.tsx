import { render, screen, within } from '@testing-library/react';
import type { ComponentProps } from 'react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';

import type { Photo } from '@/domain';
import { createI18n } from '@/i18n';
import { makePhotoRecord } from '../lib/test-photos';

import { PhotoDialog } from './photo-dialog';

interface MediaState {
  url?: string;
  error?: 'needs-reload' | 'damaged';
}

const media = vi.hoisted(() => {
  const state: MediaState = {};
  return {
    state,
    read: vi.fn<(bookId: string, item: Photo) => Promise<Blob>>(),
    update: vi.fn<(bookId: string, items: Photo[]) => Promise<void>>(),
  };
});
vi.mock('@/hooks', async (original) => ({
  ...(await original<typeof import('@/hooks')>()),
  useMediaUrl: () => media.state,
}));
vi.mock('@/db', async (original) => ({
  ...(await original<typeof import('@/db')>()),
  readMediaBlob: media.read,
  trackObjectUrl: () => 'blob:paper',
  releaseObjectUrl: () => undefined,
  updatePhotos: media.update,
}));

/** The dialog for `item`, in English unless `props` name another locale. */
function renderDialog(item: Photo, props: Partial<ComponentProps<typeof PhotoDialog>> = {}) {
  const locale = props.locale ?? 'en';
  render(
    <I18nextProvider i18n={createI18n(locale)}>
      <MemoryRouter>
        <PhotoDialog
          photo={item}
          label="the label"
          people={[]}
          entries={[]}
          locale={locale}
          onClose={() => undefined}
          {...props}
        />
      </MemoryRouter>
    </I18nextProvider>,
  );
  return { dialog: screen.getByRole('dialog'), user: userEvent.setup() };
}

const chunked = { chunks: 1, durationMs: 42_000 };

describe('the dialog of each kind', () => {
  beforeEach(() => {
    media.state = { url: 'blob:media' };
    media.read.mockReset();
    media.update.mockReset().mockResolvedValue(undefined);
  });

  it('plays a voice note with the browser’s controls, and edits its title', async () => {
    const voice = makePhotoRecord({ kind: 'voice', mime: 'audio/webm', ...chunked });
    const { dialog, user } = renderDialog(voice);
    expect(within(dialog).getByRole('heading', { name: 'About the sound' })).toBeInTheDocument();
    const audio = dialog.querySelector('audio');
    expect(audio).toHaveAttribute('src', 'blob:media');
    expect(audio).toHaveAttribute('controls');
    expect(audio).toHaveAttribute('aria-label', 'the label');
    await user.type(within(dialog).getByLabelText('Title'), ' Gran sings ');
    expect(within(dialog).queryByLabelText('Who gave it to you?')).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(media.update).toHaveBeenCalledWith('book', [
      expect.objectContaining({ id: voice.id, title: 'Gran sings', kind: 'voice' }),
    ]);
  });

  it('plays a video, and asks for a reload when it cannot open in this tab', () => {
    const video = makePhotoRecord({ kind: 'video', mime: 'video/mp4', ...chunked });
    media.state = { error: 'needs-reload' };
    const { dialog } = renderDialog(video);
    expect(within(dialog).getByRole('heading', { name: 'About the video' })).toBeInTheDocument();
    expect(
      within(dialog).getByText(/too big to open in this tab right now\. Reload the page/),
    ).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Reload the page' })).toBeInTheDocument();
    expect(dialog.querySelector('video')).toBeNull();
    expect(
      within(dialog).getByLabelText('In your own words: what is happening in the video?'),
    ).toBeInTheDocument();
  });

  it('says when a recording is damaged', () => {
    media.state = { error: 'damaged' };
    const { dialog } = renderDialog(makePhotoRecord({ kind: 'voice', mime: 'audio/webm' }));
    expect(within(dialog).getByText(/damaged and cannot be played/)).toBeInTheDocument();
  });

  it('shows a paper’s facts and opens it as a file; a failure is said in words', async () => {
    const paper = makePhotoRecord({
      kind: 'paper',
      mime: 'application/pdf',
      title: 'School report',
      givenBy: 'the school',
      pageCount: 3,
      thumbless: true,
      chunks: 1,
    });
    const { dialog, user } = renderDialog(paper);
    expect(within(dialog).getByRole('heading', { name: 'About the paper' })).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Title')).toHaveValue('School report');
    expect(within(dialog).getByLabelText('Who gave it to you?')).toHaveValue('the school');
    expect(within(dialog).getByText('Pages').nextSibling).toHaveTextContent('3');
    expect(within(dialog).getByRole('img', { name: 'the label' })).toBeInTheDocument();

    const click = vi
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => undefined);
    media.read.mockResolvedValueOnce(new Blob(['%PDF-1.7'], { type: 'application/pdf' }));
    await user.click(within(dialog).getByRole('button', { name: 'Open the paper' }));
    expect(media.read).toHaveBeenCalledWith('book', paper);
    expect(click).toHaveBeenCalledTimes(1);

    media.read.mockRejectedValueOnce(new Error('boom'));
    await user.click(within(dialog).getByRole('button', { name: 'Open the paper' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(/./);
    expect(click).toHaveBeenCalledTimes(1);
    click.mockRestore();
  });

  it('refuses a title over its limit before anything is stored', async () => {
    const paper = makePhotoRecord({ kind: 'paper', mime: 'application/pdf', chunks: 1 });
    const { dialog, user } = renderDialog(paper);
    const title = within(dialog).getByLabelText('Title');
    await user.click(title);
    await user.paste('x'.repeat(121));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(within(dialog).getAllByText(/at most 120 characters/).length).toBeGreaterThanOrEqual(1);
    expect(media.update).not.toHaveBeenCalled();
  });

  it('marks a drawing as a drawing', () => {
    const { dialog } = renderDialog(makePhotoRecord({ kind: 'drawing', mime: 'image/png' }));
    expect(within(dialog).getByRole('heading', { name: 'About the drawing' })).toBeInTheDocument();
    expect(
      within(dialog).getByLabelText('In your own words: what did you draw?'),
    ).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Hide the drawing')).toBeInTheDocument();
    expect(within(dialog).queryByLabelText('Title')).not.toBeInTheDocument();
  });

  it('lets a picture get voice notes, and not a video', () => {
    const { dialog } = renderDialog(makePhotoRecord({ kind: 'drawing', mime: 'image/png' }));
    const notes = within(dialog).getByRole('region', { name: 'Voice notes' });
    expect(within(notes).getByRole('button', { name: /Add a voice note/ })).toBeInTheDocument();
  });

  it('gives a video no voice notes of its own', () => {
    const { dialog } = renderDialog(
      makePhotoRecord({ kind: 'video', mime: 'video/mp4', ...chunked }),
    );
    expect(within(dialog).queryByRole('region', { name: 'Voice notes' })).not.toBeInTheDocument();
  });
});

describe('moving an item to the bin', () => {
  it('offers the bin in the dialog and hands the item over when chosen', async () => {
    const item = makePhotoRecord({ kind: 'video', caption: 'Bike', ...chunked });
    const onBin = vi.fn<(photo: Photo) => void>();
    const { dialog, user } = renderDialog(item, {
      label: 'Bike',
      locale: 'da',
      onBin,
      binError: 'Det kunne ikke gemmes.',
    });
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Det kunne ikke gemmes.');
    await user.click(within(dialog).getByRole('button', { name: 'Læg i skraldespanden' }));
    expect(onBin).toHaveBeenCalledWith(item);
  });
});
