import { render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';

import { createI18n } from '@/i18n';
import type { EntryProblem } from '../lib/entry-form';
import { emptyDraft, type FuzzyDraft, type Precision } from '../lib/fuzzy-draft';

import { FuzzyDateParts } from './fuzzy-date-parts';

function renderParts(draft: FuzzyDraft, problem?: EntryProblem) {
  const onChange = vi.fn();
  render(
    <I18nextProvider i18n={createI18n('en')}>
      <FuzzyDateParts id="when" draft={draft} onChange={onChange} problem={problem} />
    </I18nextProvider>,
  );
  return onChange;
}

/** The labels of the parts on the line, in order. */
function partLabels(): string[] {
  return [...document.querySelectorAll('label')].map((l) => l.textContent);
}

describe('FuzzyDateParts', () => {
  it.each<[Precision, string[]]>([
    ['year', ['Year']],
    ['season', ['Year', 'Season']],
    ['month', ['Year', 'Month']],
    ['day', ['Year', 'Month', 'Day']],
    ['age', ['How old were you?']],
    ['none', []],
  ])('asks for what the precision "%s" needs', (precision, labels) => {
    renderParts(emptyDraft(precision));
    expect(partLabels()).toEqual(labels);
  });

  it('lists seasons, months and days to choose from, and types a year and an age', () => {
    renderParts(emptyDraft('day'));
    expect(screen.getByRole('textbox', { name: 'Year' })).toHaveAttribute('maxLength', '6');
    expect(screen.getByRole('combobox', { name: 'Month' })).toHaveDisplayValue('Choose');
    expect(screen.getAllByRole('option', { name: /^\d+$/ })).toHaveLength(31);
  });

  it('gives an age field four characters', () => {
    renderParts(emptyDraft('age'));
    expect(screen.getByRole('textbox', { name: 'How old were you?' })).toHaveAttribute(
      'maxLength',
      '4',
    );
  });

  it('reports the part that changed, and only a season it knows', async () => {
    const user = userEvent.setup();
    const onChange = renderParts(emptyDraft('season'));
    await user.type(screen.getByRole('textbox', { name: 'Year' }), '7');
    expect(onChange).toHaveBeenLastCalledWith({ year: '7' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Season' }), 'summer');
    expect(onChange).toHaveBeenLastCalledWith({ season: 'summer' });
  });

  it.each<[EntryProblem, string[]]>([
    ['yearMissing', ['Year']],
    ['monthMissing', ['Month']],
    ['dayMissing', ['Day']],
    // A day its month does not have: both the year and the day may be wrong.
    ['dateInvalid', ['Year', 'Day']],
  ])('marks the parts a problem points at (%s)', (problem, marked) => {
    renderParts(emptyDraft('day'), problem);
    const invalid = ['Year', 'Month', 'Day'].filter(
      (name) => screen.getByLabelText(name).getAttribute('aria-invalid') === 'true',
    );
    expect(invalid).toEqual(marked);
  });
});
