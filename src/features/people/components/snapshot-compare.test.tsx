import { render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';

import { createI18n } from '@/i18n';
import { makePerson } from '@/testing/factories';
import { noChanges, type MapComparison } from '../lib/compare-maps';

import { SnapshotCompare } from './snapshot-compare';

const mia = makePerson('b1', { id: 'p-mia', name: 'Mia' });
const ole = makePerson('b1', { id: 'p-ole', name: 'Ole' });
const eva = makePerson('b1', { id: 'p-eva', name: 'Eva' });

const nothing = noChanges();

function renderCompare(comparison: MapComparison) {
  render(
    <I18nextProvider i18n={createI18n('en')}>
      <SnapshotCompare comparison={comparison} date="1 May 2024" />
    </I18nextProvider>,
  );
  return screen.getByRole('region', { name: 'What has changed since 1 May 2024?' });
}

/** Each group's heading and its lines, in the order they stand. */
function groups(region: HTMLElement) {
  return [...region.querySelectorAll('.compare-group')].map((group) => [
    within(group as HTMLElement).getByRole('heading', { level: 3 }).textContent,
    ...within(group as HTMLElement)
      .getAllByRole('listitem')
      .map((li) => li.textContent),
  ]);
}

describe('SnapshotCompare', () => {
  it('lists each kind of change under its heading, and leaves out the kinds with nobody', () => {
    const region = renderCompare({
      ...nothing,
      closer: [
        {
          person: mia,
          then: { closeness: 3, sector: 'family' },
          now: { closeness: 1, sector: 'family' },
        },
      ],
      gone: [ole],
      goneUnknown: 2,
      same: [eva],
    });
    expect(groups(region)).toEqual([
      ['Came closer', expect.stringMatching(/^Mia: from .+ to .+$/)],
      ['No longer on the map', 'Ole', '2 people who were deleted from the book'],
      ['In the same place as then', 'Eva'],
    ]);
    expect(within(region).queryByText('Nothing has changed.')).not.toBeInTheDocument();
  });

  it('says nothing has changed when nobody moved, came or went, and still lists who stayed', () => {
    const region = renderCompare({ ...nothing, same: [eva] });
    expect(within(region).getByText('Nothing has changed.')).toBeInTheDocument();
    expect(groups(region)).toEqual([['In the same place as then', 'Eva']]);
  });
});
