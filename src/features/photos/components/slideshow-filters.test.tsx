import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';

import { createI18n } from '@/i18n';
import { makeEntry, makePerson } from '@/testing/factories';
import type { SlideshowChoices, SlideshowFilter } from '../lib/slideshow-filter';

import { SlideshowFilters } from './slideshow-filters';

const CHOICES: SlideshowChoices = {
  years: [2019, 2021],
  people: [makePerson('b1', { id: 'p1', name: 'Mormor' })],
  places: [makeEntry('b1', { id: 'e1', title: 'Skolen' })],
};

function renderFilters(filter: SlideshowFilter) {
  const onPick = vi.fn();
  render(
    <I18nextProvider i18n={createI18n('en')}>
      <SlideshowFilters choices={CHOICES} filter={filter} onPick={onPick} />
    </I18nextProvider>,
  );
  return { onPick, user: userEvent.setup() };
}

function optionsOf(label: string): [string, string][] {
  return within(screen.getByLabelText(label))
    .getAllByRole('option')
    .map((o) => [(o as HTMLOptionElement).value, o.textContent]);
}

describe('SlideshowFilters', () => {
  it('offers each choice under its name, after its empty choice, and shows what is chosen', () => {
    renderFilters({ year: 2021, entryId: 'e1' });
    expect(optionsOf('Period')).toEqual([
      ['', 'All years'],
      ['2019', '2019'],
      ['2021', '2021'],
    ]);
    expect(optionsOf('Person')).toEqual([
      ['', 'Everyone'],
      ['p1', 'Mormor'],
    ]);
    expect(optionsOf('Place or memory')).toEqual([
      ['', 'All places'],
      ['e1', 'Skolen'],
    ]);
    expect(screen.getByLabelText('Period')).toHaveValue('2021');
    expect(screen.getByLabelText('Person')).toHaveValue('');
    expect(screen.getByLabelText('Place or memory')).toHaveValue('e1');
  });

  it('reports which choice changed and what it now holds', async () => {
    const { onPick, user } = renderFilters({});
    await user.selectOptions(screen.getByLabelText('Period'), '2019');
    await user.selectOptions(screen.getByLabelText('Person'), 'Mormor');
    await user.selectOptions(screen.getByLabelText('Place or memory'), 'Skolen');
    expect(onPick.mock.calls).toEqual([
      ['year', '2019'],
      ['personId', 'p1'],
      ['entryId', 'e1'],
    ]);
  });
});
