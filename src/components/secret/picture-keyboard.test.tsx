import { fireEvent, render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';

import { SECRET_WORDS, type SecretWord } from '@/crypto';
import type { Locale } from '@/domain';
import { createI18n } from '@/i18n';
import { installSpeech, withSpeechReset } from '@/testing/fake-speech';

import { PictureKeyboard } from './picture-keyboard';

/** The keyboard with the state a form keeps, reporting the sentence as the unlock gets it. */
function Harness({ onSentence }: { onSentence: (sentence: string) => void }) {
  const [chosen, setChosen] = useState<readonly SecretWord[]>([]);
  return (
    <PictureKeyboard
      chosen={chosen}
      onChange={(next) => {
        setChosen(next);
        onSentence(next.map((w) => w.da).join(' '));
      }}
    />
  );
}

function renderKeyboard(ui: Locale = 'en') {
  const sentences: string[] = [];
  const user = userEvent.setup();
  render(
    <I18nextProvider i18n={createI18n(ui)}>
      <Harness onSentence={(s) => sentences.push(s)} />
    </I18nextProvider>,
  );
  return { user, sentence: () => sentences.at(-1) ?? '' };
}

function chosenWords(): string[] {
  const list = screen.getByRole('list', { name: 'Your pictures' });
  return within(list)
    .queryAllByRole('listitem')
    .map((li) => li.textContent);
}

describe('the picture keyboard', () => {
  withSpeechReset();

  it('makes the sentence from five pictures tapped in order, across the kinds', async () => {
    const { user, sentence } = renderKeyboard();
    await user.click(screen.getByRole('button', { name: 'horse' }));
    await user.click(screen.getByRole('tab', { name: 'Food' }));
    await user.click(screen.getByRole('button', { name: 'pizza' }));
    await user.click(screen.getByRole('tab', { name: 'Nature' }));
    await user.click(screen.getByRole('button', { name: 'rainbow' }));
    await user.click(screen.getByRole('tab', { name: 'Vehicles' }));
    await user.click(screen.getByRole('button', { name: 'rocket' }));
    await user.click(screen.getByRole('tab', { name: 'Things' }));
    await user.click(screen.getByRole('button', { name: 'key' }));

    expect(sentence()).toBe('hest pizza regnbue raket nøgle');
    expect(chosenWords()).toEqual(['🐎horse', '🍕pizza', '🌈rainbow', '🚀rocket', '🔑key']);
    expect(screen.getByRole('status')).toHaveTextContent('key chosen. 5 pictures.');
  });

  it('takes the last picture back with undo, and has nothing to undo when empty', async () => {
    const { user, sentence } = renderKeyboard();
    const undo = screen.getByRole('button', { name: 'Remove the last picture' });
    expect(undo).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'cat' }));
    await user.click(screen.getByRole('button', { name: 'dog' }));
    await user.click(undo);
    expect(sentence()).toBe('kat');
    expect(chosenWords()).toEqual(['🐈cat']);
    expect(screen.getByRole('status')).toHaveTextContent('dog removed. 1 picture left.');
    await user.click(undo);
    expect(sentence()).toBe('');
    expect(undo).toBeDisabled();
  });

  it('shows every word of the list once, under exactly one tab', async () => {
    const { user } = renderKeyboard('da');
    const seen: string[] = [];
    for (const tab of screen.getAllByRole('tab')) {
      await user.click(tab);
      expect(tab).toHaveAttribute('aria-selected', 'true');
      const panel = screen.getByRole('tabpanel');
      expect(panel).toHaveAttribute('aria-labelledby', tab.id);
      for (const tile of within(panel).getAllByRole('button')) seen.push(tile.textContent);
    }
    expect(seen.toSorted()).toEqual(SECRET_WORDS.map((w) => w.emoji + w.da).toSorted());
  });

  it('works from the keyboard: arrows move, Enter and Space choose, Backspace undoes', async () => {
    const { user, sentence } = renderKeyboard();
    await user.tab(); // the tab list
    expect(screen.getByRole('tab', { name: 'Animals' })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Food' })).toHaveFocus();
    expect(screen.getByRole('tab', { name: 'Food' })).toHaveAttribute('aria-selected', 'true');
    await user.tab(); // one tab stop for all the tiles
    expect(screen.getByRole('button', { name: 'apple' })).toHaveFocus();
    await user.keyboard('{ArrowRight}{Enter}');
    await user.keyboard('{ArrowRight} ');
    expect(sentence()).toBe('pære banan');
    await user.keyboard('{Backspace}');
    expect(sentence()).toBe('pære');
    await user.keyboard('{End}');
    expect(screen.getAllByRole('button').at(-1)).toHaveFocus();
    await user.keyboard('{Home}');
    expect(screen.getByRole('button', { name: 'apple' })).toHaveFocus();
  });

  it('reads a picture’s word on a long press with a voice on this device, without choosing it', () => {
    vi.useFakeTimers();
    const speech = installSpeech([
      { name: 'Local', lang: 'en-GB', localService: true, default: true },
    ]);
    const spoken = () => speech.spoken.map((line) => line.text);
    const sentences: string[] = [];
    render(
      <I18nextProvider i18n={createI18n('en')}>
        <Harness onSentence={(s) => sentences.push(s)} />
      </I18nextProvider>,
    );
    const owl = screen.getByRole('button', { name: 'owl' });
    fireEvent.pointerDown(owl, { pointerType: 'touch' });
    vi.advanceTimersByTime(700);
    fireEvent.pointerUp(owl, { pointerType: 'touch' });
    fireEvent.click(owl);
    expect(spoken()).toEqual(['owl']);
    expect(sentences).toEqual([]);

    // A short tap chooses and reads nothing.
    fireEvent.pointerDown(owl, { pointerType: 'touch' });
    vi.advanceTimersByTime(100);
    fireEvent.pointerUp(owl, { pointerType: 'touch' });
    fireEvent.click(owl);
    expect(spoken()).toEqual(['owl']);
    expect(sentences).toEqual(['ugle']);
    vi.useRealTimers();
  });
});
