import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { emojiFileName, emojiPictureUrl, EmojiPicture } from './emoji-picture';

describe('EmojiPicture', () => {
  it('names a file as Twemoji does: code points in hex, no variation selector', () => {
    expect(emojiFileName('🏠')).toBe('1f3e0');
    expect(emojiFileName('✉️')).toBe('2709');
    expect(emojiFileName('🧑‍🤝‍🧑')).toBe('1f9d1-200d-1f91d-200d-1f9d1');
  });

  it('draws a bundled emoji as a decorative picture of a fixed size', () => {
    const { container } = render(<EmojiPicture emoji="🏫" size={96} />);
    const img = container.querySelector('img');
    expect(img).not.toBeNull();
    expect(img).toHaveAttribute('alt', '');
    expect(img).toHaveAttribute('width', '96');
    expect(img).toHaveAttribute('height', '96');
    expect(img?.getAttribute('src')).toBe(emojiPictureUrl('🏫'));
  });

  it('has a picture for every kind, feeling, cover tile and empty page it is used for', () => {
    for (const emoji of ['🏠', '🏫', '⚽', '🎉', '💭', '✉️', '🌈', '😄', '😊', '🥰', '😮', '😐']) {
      expect(emojiPictureUrl(emoji), emoji).toBeTruthy();
    }
  });

  it('shows an emoji it has no picture for as hidden text, not as a broken image', () => {
    const { container } = render(<EmojiPicture emoji="🦖" />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.firstChild).toHaveAttribute('aria-hidden', 'true');
    expect(container).toHaveTextContent('🦖');
  });
});
