import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { da } from '@/i18n';

import { sentenceForm } from './sentence-form';

describe('sentenceForm', () => {
  it('pastes the sentence into both fields, replacing what was there, then presses submit', async () => {
    const submitted: [string, FormDataEntryValue][][] = [];
    render(
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submitted.push([...new FormData(e.currentTarget).entries()]);
        }}
      >
        <label>
          {da.sentence.yourSentence}
          <input name="sentence" defaultValue="old words" />
        </label>
        <label>
          {da.sentence.repeat}
          <input name="repeat" />
        </label>
        <button type="submit">{da.app.save}</button>
      </form>,
    );
    const form = sentenceForm(userEvent.setup(), screen, da, da.app.save);
    await form.submit('hest raket pizza måne tog');
    expect(submitted).toEqual([
      [
        ['sentence', 'hest raket pizza måne tog'],
        ['repeat', 'hest raket pizza måne tog'],
      ],
    ]);
    expect(form.sentenceField).toHaveValue('hest raket pizza måne tog');
  });
});
