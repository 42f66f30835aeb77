import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';

import type { SecretInput } from '@/domain';
import { createI18n } from '@/i18n';

import { SentencePicker } from './sentence-picker';

const PROPOSED = 'hest pizza regnbue raket nøgle';

/** The picker with the state the wizard keeps; the latest sentence and repeat are read back. */
function renderPicker(input: SecretInput) {
  const state = { sentence: PROPOSED, repeat: '' };
  function Harness() {
    const [sentence, setSentence] = useState(PROPOSED);
    const [repeat, setRepeat] = useState('');
    state.sentence = sentence;
    state.repeat = repeat;
    return (
      <SentencePicker
        sentence={sentence}
        repeat={repeat}
        onSentence={setSentence}
        onRepeat={setRepeat}
        problem={null}
        locale="en"
        bookName="Maja"
        input={input}
      />
    );
  }
  const user = userEvent.setup();
  render(
    <I18nextProvider i18n={createI18n('en')}>
      <Harness />
    </I18nextProvider>,
  );
  return { user, state };
}

function chosen(): (string | null)[] {
  const list = screen.getByRole('list', { name: 'Your pictures' });
  return within(list)
    .queryAllByRole('listitem')
    .map((li) => li.textContent);
}

describe('making the sentence by pictures', () => {
  it('shows the proposed five as chosen pictures, which need no repeating', () => {
    const { state } = renderPicker('pictures');
    expect(chosen()).toEqual(['🐎horse', '🍕pizza', '🌈rainbow', '🚀rocket', '🔑key']);
    expect(state.repeat).toBe(PROPOSED);
  });

  it('lets the child start over and tap five own pictures', async () => {
    const { user, state } = renderPicker('pictures');
    await user.click(screen.getByRole('button', { name: 'Start over' }));
    expect(chosen()).toEqual([]);
    expect(state.sentence).toBe('');
    for (const name of ['cat', 'dog', 'owl', 'frog', 'duck']) {
      await user.click(screen.getByRole('button', { name }));
    }
    expect(state.sentence).toBe('kat hund ugle frø and');
    expect(state.repeat).toBe(state.sentence);
    await user.click(screen.getByRole('button', { name: 'Remove the last picture' }));
    expect(state.sentence).toBe('kat hund ugle frø');
    expect(state.repeat).toBe(state.sentence);
  });

  it('switches to typing (the repeat asked for again) and back', async () => {
    const { user, state } = renderPicker('pictures');
    await user.click(screen.getByRole('button', { name: /Typing/ }));
    expect(screen.getByLabelText('Your sentence')).toHaveValue(PROPOSED);
    expect(
      screen.getByLabelText('Write the sentence again, so we know you remember it'),
    ).toHaveValue('');
    await user.clear(screen.getByLabelText('Your sentence'));
    await user.type(screen.getByLabelText('Your sentence'), 'min egen lange sætning her');
    // Own words have no pictures: back to pictures starts afresh.
    await user.click(screen.getByRole('button', { name: /Pictures/ }));
    expect(chosen()).toEqual([]);
    expect(state.sentence).toBe('');
  });

  it('starts with typing where asked, as before', () => {
    renderPicker('typing');
    expect(screen.getByLabelText('Your sentence')).toHaveValue(PROPOSED);
    expect(screen.queryByRole('list', { name: 'Your pictures' })).not.toBeInTheDocument();
  });
});

describe('typing the sentence', () => {
  it('takes both fields exactly as typed: not remembered, capitalised or spell-checked', () => {
    renderPicker('typing');
    for (const name of [/^Your sentence/, /^Write the sentence again/]) {
      const field = screen.getByRole('textbox', { name });
      expect(field).toHaveAttribute('autocomplete', 'off');
      expect(field).toHaveAttribute('autocapitalize', 'none');
      expect(field).toHaveAttribute('spellcheck', 'false');
    }
  });
});
