import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { withFreshDatabase } from '@/testing/db-helpers';
import { makeBook } from '@/testing/factories';

import { useAutoLockMinutes } from './use-book-cover';

describe('useAutoLockMinutes', () => {
  withFreshDatabase();

  it('gives the book its own idle time', async () => {
    const book = await makeBook({ details: { autoLockMinutes: 5 } });
    const { result } = renderHook(() => useAutoLockMinutes(book.id));
    await waitFor(() => {
      expect(result.current).toBe(5);
    });
  });

  // A book brought in before packs were clamped may hold 0, which used to turn idle lock off.
  it('never turns idle lock off for a stored 0', async () => {
    const book = await makeBook({ details: { autoLockMinutes: 0 } });
    const { result } = renderHook(() => useAutoLockMinutes(book.id));
    await waitFor(() => {
      expect(result.current).toBe(2);
    });
  });
});
