import { render, screen } from '@testing-library/react';

import type { Photo } from '@/domain';

import { EntryThumb } from './entry-thumb';

// The sealed bytes are not what this test looks at: every thumbnail opens at once.
vi.mock('@/hooks', async (original) => ({
  ...(await original<typeof import('@/hooks')>()),
  usePhotoUrl: () => 'blob:thumb',
}));

function item(overrides: Partial<Photo>): Photo {
  return {
    id: 'p1',
    bookId: 'b1',
    mime: 'image/jpeg',
    width: 1200,
    height: 1600,
    byteLength: 1000,
    sha256: 'hash',
    personIds: [],
    entryIds: [],
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}

describe('EntryThumb', () => {
  it('shows an upright drawing and a paper whole, a photo filling its box', () => {
    render(
      <>
        <EntryThumb photo={item({ kind: 'drawing', mime: 'image/png' })} alt="My home" />
        <EntryThumb photo={item({ kind: 'paper', mime: 'application/pdf' })} alt="A letter" />
        <EntryThumb photo={item({})} alt="At the beach" />
        <EntryThumb photo={item({ kind: undefined })} alt="An old photo" />
      </>,
    );
    // timeline.css letterboxes `.is-whole` (contain, on white paper); the rest are cropped.
    expect(screen.getByRole('img', { name: 'My home' })).toHaveClass('entry-thumb', 'is-whole');
    expect(screen.getByRole('img', { name: 'A letter' })).toHaveClass('is-whole');
    expect(screen.getByRole('img', { name: 'At the beach' })).not.toHaveClass('is-whole');
    expect(screen.getByRole('img', { name: 'An old photo' })).not.toHaveClass('is-whole');
    // The upright shape is kept in the attributes, so the box is reserved before it loads.
    expect(screen.getByRole('img', { name: 'My home' })).toHaveAttribute('width', '90');
  });
});
