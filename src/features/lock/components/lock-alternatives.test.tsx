import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';

import { createI18n } from '@/i18n';
import type { UnlockMode } from '../lib/unlock-message';

import { LockAlternatives } from './lock-alternatives';

const SENTENCE = 'Use the sentence instead';
const RECOVERY = 'I have forgotten the sentence';
const PIN = 'Use the PIN';

function renderAlternatives(mode: UnlockMode, hasPin: boolean) {
  const onSwitch = vi.fn<(mode: UnlockMode) => void>();
  render(
    <I18nextProvider i18n={createI18n('en')}>
      <LockAlternatives mode={mode} hasPin={hasPin} onSwitch={onSwitch} />
    </I18nextProvider>,
  );
  const offered = screen.getAllByRole('button').map((b) => b.textContent);
  return { offered, onSwitch };
}

describe('the other ways in', () => {
  it.each<[UnlockMode, boolean, string[]]>([
    ['sentence', true, [RECOVERY, PIN]],
    ['sentence', false, [RECOVERY]],
    ['recovery', true, [SENTENCE, PIN]],
    ['recovery', false, [SENTENCE]],
    ['pin', true, [SENTENCE, RECOVERY]],
  ])('in %s mode (PIN set: %s) offers the others, the PIN only where set', (mode, hasPin, want) => {
    expect(renderAlternatives(mode, hasPin).offered).toEqual(want);
  });

  it('switches to the way chosen', async () => {
    const { onSwitch } = renderAlternatives('sentence', true);
    await userEvent.setup().click(screen.getByRole('button', { name: PIN }));
    expect(onSwitch).toHaveBeenCalledWith('pin');
  });
});
