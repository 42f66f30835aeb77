import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { VoiceRecordButton } from './voice-record-button';

describe('the way into the voice recorder', () => {
  it('is a secondary button with a microphone and the words given, and opens the recorder', async () => {
    const open = vi.fn();
    render(<VoiceRecordButton onClick={open}>Add a voice note</VoiceRecordButton>);
    const button = screen.getByRole('button', { name: 'Add a voice note' });
    expect(button).toHaveClass('btn', 'btn-secondary');
    // The microphone comes first and is only a picture: the words alone name the button.
    expect(button.firstElementChild).toHaveClass('emoji-picture');

    await userEvent.setup().click(button);
    expect(open).toHaveBeenCalledTimes(1);
  });
});
