import { render, screen, waitFor } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';

import { StorageError } from '@/db';
import type { VoiceRecording } from '@/hooks';
import { createI18n } from '@/i18n';
import { installMicrophone, MP4_HEAD, withMicrophoneReset } from '@/testing/fake-media-recorder';

import { VoiceRecorder } from './voice-recorder';

const made: string[] = [];
const revoked: string[] = [];

beforeEach(() => {
  made.length = 0;
  revoked.length = 0;
  // jsdom has no object URLs: count them, so a test can see each one is given back.
  Object.assign(URL, {
    createObjectURL: () => {
      const url = `blob:voice-${made.length}`;
      made.push(url);
      return url;
    },
    revokeObjectURL: (url: string) => revoked.push(url),
  });
});

function renderRecorder(
  props: Partial<Parameters<typeof VoiceRecorder>[0]> = {},
  onSave = vi.fn<(recording: VoiceRecording) => Promise<void>>(() => Promise.resolve()),
) {
  const onCancel = vi.fn();
  const view = render(
    <I18nextProvider i18n={createI18n('en')}>
      <VoiceRecorder onSave={onSave} onCancel={onCancel} {...props} />
    </I18nextProvider>,
  );
  return { ...view, onSave, onCancel };
}

describe('the voice recorder', () => {
  withMicrophoneReset();

  it('records, stops, plays back and saves the recording with its real type and length', async () => {
    const mic = installMicrophone();
    const { onSave } = renderRecorder();
    await userEvent.click(screen.getByRole('button', { name: 'Record' }));

    await screen.findByRole('button', { name: 'Stop' });
    expect(screen.getByRole('status')).toHaveTextContent('Recording.');
    expect(screen.getByRole('timer', { name: 'Time' })).toHaveTextContent('0:00');
    expect(mic.askedTypes).toEqual(['audio/webm;codecs=opus']);
    await userEvent.click(screen.getByRole('button', { name: 'Stop' }));

    const audio = await screen.findByLabelText('Listen to your recording');
    expect(audio).toHaveAttribute('src', 'blob:voice-0');
    expect(screen.getByRole('status')).toHaveTextContent(
      /The recording has stopped\. It lasts 0:0\d\./,
    );
    // The microphone is closed as soon as the recording stops.
    expect(mic.stoppedTracks).toBe(1);
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect(onSave).toHaveBeenCalledTimes(1);
    const saved = onSave.mock.calls[0]?.[0];
    expect(saved?.mime).toBe('audio/webm');
    expect(saved?.blob.type).toBe('audio/webm');
    expect(saved?.durationMs).toBeGreaterThanOrEqual(0);
  });

  it('records AAC in MP4 where that is what the browser has', async () => {
    const mic = installMicrophone({
      supported: ['audio/mp4'],
      bytes: Uint8Array.from([...MP4_HEAD, 9, 9, 9]),
    });
    const { onSave } = renderRecorder();
    await userEvent.click(screen.getByRole('button', { name: 'Record' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Stop' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Save' }));
    expect(mic.askedTypes).toEqual(['audio/mp4']);
    expect(onSave.mock.calls[0]?.[0].mime).toBe('audio/mp4');
  });

  it('records again, throwing the first recording away', async () => {
    installMicrophone();
    renderRecorder();
    await userEvent.click(screen.getByRole('button', { name: 'Record' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Stop' }));
    await screen.findByLabelText('Listen to your recording');
    await userEvent.click(screen.getByRole('button', { name: 'Record again' }));

    await screen.findByRole('button', { name: 'Stop' });
    expect(revoked).toEqual(['blob:voice-0']);
    expect(screen.queryByLabelText('Listen to your recording')).not.toBeInTheDocument();
  });

  it('stops by itself at the length limit and says so', async () => {
    installMicrophone();
    renderRecorder({ limitMs: 300 });
    await userEvent.click(screen.getByRole('button', { name: 'Record' }));

    await screen.findByLabelText('Listen to your recording', {}, { timeout: 5000 });
    expect(screen.getByRole('status')).toHaveTextContent(
      'The recording stopped by itself after 0 minutes.',
    );
    expect(screen.getByRole('timer')).toHaveTextContent('0:00');
  });

  it.each([
    ['NotAllowedError', 'The microphone may not be used.'],
    ['NotFoundError', 'There is no microphone.'],
    ['NotReadableError', 'Another program is using the microphone.'],
  ])('says clearly when the microphone refuses (%s)', async (refuse, text) => {
    installMicrophone({ refuse });
    const { onSave } = renderRecorder();
    await userEvent.click(screen.getByRole('button', { name: 'Record' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(text);
    expect(screen.getByRole('button', { name: 'Record' })).toBeInTheDocument();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('says so when the browser cannot record at all', async () => {
    renderRecorder();
    await userEvent.click(screen.getByRole('button', { name: 'Record' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This browser cannot record sound.');
  });

  it('refuses bytes that are no known sound file, and stores nothing', async () => {
    installMicrophone({ bytes: new TextEncoder().encode('RIFF1234WAVEfmt ') });
    const { onSave } = renderRecorder();
    await userEvent.click(screen.getByRole('button', { name: 'Record' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Stop' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('a format the book cannot store');
    expect(screen.queryByRole('button', { name: 'Save' })).not.toBeInTheDocument();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('says when the recording breaks off, and closes the microphone', async () => {
    const mic = installMicrophone();
    renderRecorder();
    await userEvent.click(screen.getByRole('button', { name: 'Record' }));
    await screen.findByRole('button', { name: 'Stop' });
    mic.recorders[0]?.fail();

    expect(await screen.findByRole('alert')).toHaveTextContent('The recording stopped working.');
    expect(mic.stoppedTracks).toBe(1);
  });

  it('keeps the recording on screen when saving fails, with the reason', async () => {
    installMicrophone();
    const onSave = vi.fn(() => Promise.reject(new StorageError('storage-full')));
    renderRecorder({}, onSave);
    await userEvent.click(screen.getByRole('button', { name: 'Record' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Stop' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Save' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('The voice note was not saved.');
    expect(screen.getByLabelText('Listen to your recording')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save' })).toBeInTheDocument();
  });

  it('closes the microphone and forgets the recording when cancelled or left', async () => {
    const mic = installMicrophone();
    const { onCancel, unmount } = renderRecorder();
    await userEvent.click(screen.getByRole('button', { name: 'Record' }));
    await screen.findByRole('button', { name: 'Stop' });
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalled();
    expect(mic.stoppedTracks).toBe(1);

    await userEvent.click(screen.getByRole('button', { name: 'Record' }));
    await screen.findByRole('button', { name: 'Stop' });
    unmount();
    expect(mic.stoppedTracks).toBe(2);
    await waitFor(() => {
      expect(made).toEqual([]);
    });
  });
});
