import { fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';

import { installSpeech, removeSpeech } from '@/testing/fake-speech';
import { createI18n } from '@/i18n';
import { makePhotoRecord } from '../lib/test-photos';

import { SlideshowDialog } from './slideshow-dialog';

function renderSlideshow() {
  const photos = [
    makePhotoRecord({ caption: 'At the beach' }),
    makePhotoRecord({ caption: 'My bike' }),
    makePhotoRecord({}),
  ];
  const onClose = vi.fn();
  render(
    <I18nextProvider i18n={createI18n('en')}>
      <SlideshowDialog photos={photos} locale="en" onClose={onClose} />
    </I18nextProvider>,
  );
  return { onClose };
}

describe('SlideshowDialog', () => {
  it('moves with the big buttons, the arrow keys and a swipe, and shows the captions', () => {
    renderSlideshow();
    const dialog = screen.getByRole('dialog', { name: 'Slideshow' });
    expect(screen.getByText('1 of 3')).toBeInTheDocument();
    expect(screen.getByText('At the beach')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next' })).toHaveFocus();

    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByText('2 of 3')).toBeInTheDocument();
    expect(screen.getByText('My bike')).toBeInTheDocument();

    fireEvent.keyDown(dialog, { key: 'ArrowRight' });
    expect(screen.getByText('3 of 3')).toBeInTheDocument();
    fireEvent.keyDown(dialog, { key: 'ArrowRight' });
    expect(screen.getByText('1 of 3')).toBeInTheDocument();
    fireEvent.keyDown(dialog, { key: 'ArrowLeft' });
    expect(screen.getByText('3 of 3')).toBeInTheDocument();

    const stage = dialog.querySelector('.slide-stage');
    if (!stage) throw new Error('no stage');
    fireEvent.pointerDown(stage, { clientX: 400 });
    fireEvent.pointerUp(stage, { clientX: 200 }); // a swipe to the left: next
    expect(screen.getByText('1 of 3')).toBeInTheDocument();
  });

  it('closes with the close button', () => {
    const { onClose } = renderSlideshow();
    fireEvent.click(screen.getByRole('button', { name: 'Close the slideshow' }));
    expect(onClose).toHaveBeenCalled();
  });

  it('reads captions only with a voice on the device, and says so when there is none', () => {
    const { spoken } = installSpeech([
      { name: 'Google UK English', lang: 'en-GB', localService: false },
    ]);
    try {
      renderSlideshow();
      fireEvent.click(screen.getByRole('button', { name: /Read the captions aloud/ }));
      expect(spoken).toEqual([]);
      expect(
        screen.getByText(/no voice that can read English aloud without sending the text/),
      ).toBeInTheDocument();
    } finally {
      removeSpeech();
    }
  });

  it('offers read-aloud only where the browser can speak', () => {
    renderSlideshow();
    // jsdom has no speechSynthesis.
    expect(screen.queryByRole('button', { name: /Read the captions aloud/ })).toBeNull();
  });
});
