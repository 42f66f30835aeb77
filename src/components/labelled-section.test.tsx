import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { LabelledSection } from './labelled-section';

describe('LabelledSection', () => {
  it('is a region named by its own heading, with its children under it', () => {
    render(
      <LabelledSection title="Photos of Ada" className="person-photos" headingClassName="big">
        <ul>
          <li>One</li>
        </ul>
      </LabelledSection>,
    );
    const region = screen.getByRole('region', { name: 'Photos of Ada' });
    expect(region.tagName).toBe('SECTION');
    expect(region).toHaveClass('person-photos');
    const heading = screen.getByRole('heading', { level: 2, name: 'Photos of Ada' });
    expect(heading).toHaveClass('big');
    expect(region.firstElementChild).toBe(heading);
    expect(screen.getByRole('listitem')).toHaveTextContent('One');
  });

  it('gives every section a heading id of its own', () => {
    render(
      <>
        <LabelledSection title="First">a</LabelledSection>
        <LabelledSection title="Second" level={3}>
          b
        </LabelledSection>
      </>,
    );
    expect(screen.getByRole('region', { name: 'First' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Second' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Second' })).toBeInTheDocument();
  });

  it('keeps a fixed heading id where one is given', () => {
    render(
      <LabelledSection title="Gallery" headingId="gallery-heading">
        …
      </LabelledSection>,
    );
    const heading = screen.getByRole('heading', { level: 2, name: 'Gallery' });
    expect(heading).toHaveAttribute('id', 'gallery-heading');
    expect(screen.getByRole('region', { name: 'Gallery' })).toHaveAttribute(
      'aria-labelledby',
      'gallery-heading',
    );
  });

  it('says the empty sentence instead of the children while there is nothing to show', () => {
    render(
      <LabelledSection title="Memories" empty="No memories yet." emptyClassName="field-hint">
        <ul aria-label="memories" />
      </LabelledSection>,
    );
    expect(screen.getByText('No memories yet.')).toHaveClass('field-hint');
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });

  it('shows the children when the empty sentence is not given', () => {
    render(
      <LabelledSection title="Memories" empty={false}>
        <p>A day at the sea</p>
      </LabelledSection>,
    );
    expect(screen.getByText('A day at the sea')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Memories' }).querySelectorAll('p')).toHaveLength(1);
  });

  it('passes other section attributes through', () => {
    render(
      <LabelledSection title="Licences" aria-busy>
        …
      </LabelledSection>,
    );
    expect(screen.getByRole('region', { name: 'Licences' })).toHaveAttribute('aria-busy', 'true');
  });
});
