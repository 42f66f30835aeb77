import { render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';

import type { Locale } from '@/domain';
import { createI18n } from '@/i18n';

import { PhoneFold } from './phone-fold';
import { SecretAddress } from './secret-address';

const ADDRESS = 'Skovvej 12, 1. th.';

function renderIn(locale: Locale, ui: React.ReactElement) {
  return render(<I18nextProvider i18n={createI18n(locale)}>{ui}</I18nextProvider>);
}

describe('SecretAddress', () => {
  it('keeps the address out of the page until "Vis", and hides it again', async () => {
    const user = userEvent.setup();
    const { container } = renderIn('da', <SecretAddress address={ADDRESS} />);
    expect(container.textContent).not.toContain(ADDRESS);
    expect(screen.getByRole('img', { name: 'skjult' })).toBeInTheDocument();

    const show = screen.getByRole('button', { name: 'Vis hemmelig adresse' });
    expect(show).toHaveTextContent('Vis');
    expect(show).toHaveAttribute('aria-expanded', 'false');
    await user.click(show);
    expect(container.textContent).toContain(ADDRESS);

    await user.click(screen.getByRole('button', { name: 'Skjul hemmelig adresse' }));
    expect(container.textContent).not.toContain(ADDRESS);
  });

  it('speaks English in an English book', () => {
    renderIn('en', <SecretAddress address={ADDRESS} />);
    expect(screen.getByText(/Secret address/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Show secret address' })).toHaveTextContent('Show');
  });
});

describe('PhoneFold', () => {
  it('folds its panel behind one button that says how many choices are in use', async () => {
    const user = userEvent.setup();
    renderIn(
      'da',
      <PhoneFold label="Søg og filtrer" active={2}>
        <label>
          Søg <input />
        </label>
      </PhoneFold>,
    );
    const toggle = screen.getByRole('button', { name: /Søg og filtrer/ });
    expect(toggle).toHaveTextContent('2 valgt');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    const panel = document.getElementById(toggle.getAttribute('aria-controls') ?? '');
    expect(panel).toHaveAttribute('data-open', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(panel).toHaveAttribute('data-open', 'true');
  });

  it('keeps its words as the name when only the picture shows', () => {
    renderIn(
      'en',
      <PhoneFold label="Slideshow" compact>
        <p>inside</p>
      </PhoneFold>,
    );
    expect(screen.getByRole('button', { name: 'Slideshow' })).toBeInTheDocument();
  });
});
