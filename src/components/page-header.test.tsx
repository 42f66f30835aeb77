import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';

import { PageHeader } from './page-header';

describe('PageHeader', () => {
  it('shows the way back, the heading and the lead, in that order', () => {
    const { container } = render(
      <MemoryRouter>
        <PageHeader
          back={{ to: '/book/b1/people', label: 'Back' }}
          title="Map"
          intro="Who is near"
        />
      </MemoryRouter>,
    );
    expect(screen.getByRole('link', { name: 'Back' })).toHaveAttribute('href', '/book/b1/people');
    expect(screen.getByRole('heading', { level: 1, name: 'Map' })).toBeInTheDocument();
    expect(screen.getByText('Who is near')).toHaveClass('lead');
    expect([...container.children].map((el) => el.tagName)).toEqual(['P', 'H1', 'P']);
  });

  it('shows only the heading when there is no way back and no lead', () => {
    const { container } = render(
      <MemoryRouter>
        <PageHeader title="People" />
      </MemoryRouter>,
    );
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    expect([...container.children].map((el) => el.tagName)).toEqual(['H1']);
  });
});
