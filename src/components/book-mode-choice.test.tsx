import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';

import { createI18n } from '@/i18n';

import { BookModeChoice, type BookModeChoiceProps } from './book-mode-choice';

interface Case {
  name: string;
  language: 'da' | 'en';
  props:
    | Omit<BookModeChoiceProps<'ageMode'>, 'onChange'>
    | Omit<BookModeChoiceProps<'locale'>, 'onChange'>;
  legend: string;
  offered: string[];
  checked: string;
  pick: string;
  picked: string;
}

describe('a book mode choice', () => {
  it.each<Case>([
    {
      name: 'how the book should look, youngest first',
      language: 'en',
      props: { mode: 'ageMode', value: 'middle' },
      legend: 'How should the book look?',
      offered: [
        'Mostly pictures (age 5–9)',
        'Pictures and text (age 10–13)',
        'Mostly text (age 14 and up)',
      ],
      checked: 'Pictures and text (age 10–13)',
      pick: 'Mostly text (age 14 and up)',
      picked: 'teen',
    },
    {
      name: 'the book’s language, Danish first, each in its own words',
      language: 'da',
      props: { mode: 'locale', value: 'da' },
      legend: 'Bogens sprog',
      offered: ['Dansk', 'English'],
      checked: 'Dansk',
      pick: 'English',
      picked: 'en',
    },
  ])('asks $name, the chosen value checked', async (c) => {
    const onChange = vi.fn();
    render(
      <I18nextProvider i18n={createI18n(c.language)}>
        <BookModeChoice {...c.props} onChange={onChange} />
      </I18nextProvider>,
    );
    expect(screen.getByRole('group', { name: c.legend })).toBeInTheDocument();
    const offered = screen.getAllByRole('radio').map((r) => r.closest('label')?.textContent);
    expect(offered).toEqual(c.offered);
    expect(screen.getByRole('radio', { name: c.checked })).toBeChecked();
    await userEvent.setup().click(screen.getByRole('radio', { name: c.pick }));
    expect(onChange).toHaveBeenCalledWith(c.picked);
  });
});
