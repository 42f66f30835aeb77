import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';

import { mapEntries } from '@/domain';
import { createI18n } from '@/i18n';
import { makePerson } from '@/testing/factories';

import { NetworkMap } from './network-map';

const entries = mapEntries([
  makePerson('b1', { name: 'Mia', sector: 'family' }),
  makePerson('b1', { name: 'Ole', sector: 'friends' }),
]);

function renderMap(title?: string) {
  render(
    <I18nextProvider i18n={createI18n('en')}>
      <NetworkMap
        entries={entries}
        centreName="Maja"
        portraits={new Map()}
        {...(title ? { title } : {})}
      />
    </I18nextProvider>,
  );
  return screen.getByRole('img');
}

describe('NetworkMap', () => {
  it('is named as today’s map and says how many people stand round whom', () => {
    const map = renderMap();
    expect(map).toHaveAccessibleName("Maja's network map");
    expect(map).toHaveAccessibleDescription(/2 people/);
    expect(map).toHaveAccessibleDescription(/Maja/);
  });

  it('takes an older map’s own name, with the same description', () => {
    const map = renderMap('An older map');
    expect(map).toHaveAccessibleName('An older map');
    expect(map).toHaveAccessibleDescription(/2 people/);
  });
});
