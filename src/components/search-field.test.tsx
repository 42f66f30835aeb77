import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { SearchField } from './search-field';

describe('SearchField', () => {
  it('is a search box named by its label, with no autofill of earlier searches', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    render(
      <SearchField label="Search" hint="Words" defaultValue="" onValueChange={onValueChange} />,
    );
    const box = screen.getByRole('searchbox', { name: 'Search' });
    expect(box).toHaveAttribute('autocomplete', 'off');
    expect(box).toHaveAccessibleDescription('Words');
    await user.type(box, 'ko');
    expect(onValueChange).toHaveBeenLastCalledWith('ko');
  });
});
