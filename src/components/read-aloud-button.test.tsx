import { render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';

import type { Locale } from '@/domain';
import { createI18n } from '@/i18n';
import { installSpeech, withSpeechReset } from '@/testing/fake-speech';

import { ReadAloudButton } from './read-aloud-button';

function renderButton(locale: Locale = 'da', ui: Locale = 'en') {
  return render(
    <I18nextProvider i18n={createI18n(ui)}>
      <ReadAloudButton
        speechKey="story-1"
        name="Stranden"
        text="Vi byggede en borg."
        locale={locale}
      />
    </I18nextProvider>,
  );
}

describe('the read-aloud button', () => {
  withSpeechReset();

  it('reads with a voice on the device, never the network voice listed first', async () => {
    const { spoken } = installSpeech([
      { name: 'Google dansk', lang: 'da-DK', localService: false, default: true },
      { name: 'Sara', lang: 'da-DK', localService: true, default: false },
    ]);
    renderButton();
    await userEvent.click(screen.getByRole('button', { name: 'Read aloud: Stranden' }));

    expect(spoken).toEqual([{ text: 'Vi byggede en borg.', lang: 'da-DK', voice: 'Sara' }]);
    await userEvent.click(screen.getByRole('button', { name: 'Stop: Stranden' }));
    expect(screen.getByRole('button', { name: 'Read aloud: Stranden' })).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('says so, and reads nothing, when only network voices speak the language', async () => {
    const { spoken, synth } = installSpeech([
      { name: 'Google dansk', lang: 'da-DK', localService: false, default: true },
      { name: 'Daniel', lang: 'en-GB', localService: true, default: false },
    ]);
    renderButton();
    await userEvent.click(screen.getByRole('button', { name: 'Read aloud: Stranden' }));

    expect(spoken).toEqual([]);
    expect(synth.cancel).not.toHaveBeenCalled();
    expect(screen.getByRole('status')).toHaveTextContent(
      'This device has no voice that can read Danish aloud without sending the text to a service on the internet. So nothing is read aloud.',
    );
    // It does not pretend to be reading.
    expect(screen.queryByRole('button', { name: /^Stop/ })).not.toBeInTheDocument();
  });

  it('says so in Danish too', async () => {
    installSpeech([]);
    renderButton('en', 'da');
    await userEvent.click(screen.getByRole('button', { name: 'Læs højt: Stranden' }));
    expect(screen.getByRole('status')).toHaveTextContent(
      /ingen stemme, der kan læse engelsk højt uden at sende teksten/,
    );
  });

  it('is not offered where the browser cannot speak at all', () => {
    renderButton();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
