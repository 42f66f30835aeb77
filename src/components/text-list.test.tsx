import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { TextList } from './text-list';

describe('TextList', () => {
  it('lists each line as its own item, in order, under the class given', () => {
    render(<TextList items={['Photos', 'Voice notes']} className="plain-list yes-list" />);
    const list = screen.getByRole('list');
    expect(list).toHaveClass('plain-list', 'yes-list');
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Photos',
      'Voice notes',
    ]);
  });

  it('is an empty list when there are no lines', () => {
    render(<TextList items={[]} />);
    expect(screen.getByRole('list')).toBeEmptyDOMElement();
  });
});
