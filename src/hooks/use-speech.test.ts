import { pickLocalVoice } from './use-speech';

function voice(
  name: string,
  lang: string,
  localService: boolean,
  isDefault = false,
): SpeechSynthesisVoice {
  return { name, lang, localService, default: isDefault, voiceURI: name };
}

describe('choosing a voice', () => {
  it('never picks a network voice, even the default or the only one for the language', () => {
    expect(pickLocalVoice([voice('Google dansk', 'da-DK', false, true)], 'da')).toBeUndefined();
    expect(
      pickLocalVoice(
        [voice('Google dansk', 'da-DK', false, true), voice('Sara', 'da-DK', true)],
        'da',
      )?.name,
    ).toBe('Sara');
  });

  it('prefers the exact region, then the default, and reads underscores as dashes', () => {
    const list = [
      voice('Kate', 'en-US', true, true),
      voice('Daniel', 'en_GB', true),
      voice('Google UK English', 'en-GB', false),
    ];
    expect(pickLocalVoice(list, 'en')?.name).toBe('Daniel');
    expect(
      pickLocalVoice([voice('Kate', 'en-US', true, true), voice('Ann', 'en-AU', true)], 'en')?.name,
    ).toBe('Kate');
  });

  it('does not read Danish with an English voice', () => {
    expect(pickLocalVoice([voice('Daniel', 'en-GB', true)], 'da')).toBeUndefined();
  });
});
