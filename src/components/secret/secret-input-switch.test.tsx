import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';

import { createI18n } from '@/i18n';

import { emojiPictureUrl } from '../emoji-picture';
import { SecretInputSwitch } from './secret-input-switch';

describe('SecretInputSwitch', () => {
  it.each([
    ['Pictures', '🖼️'],
    ['Typing', '⌨️'],
  ])('draws the picture on "%s" from the bundled set, not as font text', (name, emoji) => {
    render(
      <I18nextProvider i18n={createI18n('en')}>
        <SecretInputSwitch value="pictures" onChange={() => undefined} />
      </I18nextProvider>,
    );
    const button = screen.getByRole('button', { name });
    const img = button.querySelector('img');
    expect(img?.getAttribute('src')).toBe(emojiPictureUrl(emoji));
    expect(emojiPictureUrl(emoji)).toBeTruthy();
  });
});
