import { act, renderHook } from '@testing-library/react';

import { hasUnsavedWork } from '@/components';
import { withFreshDatabase } from '@/testing/db-helpers';
import { makeBook } from '@/testing/factories';

import { useExportJob } from './use-export-job';

// The worker is not the point here: an export that runs until it is stopped.
vi.mock('../lib/export-client', () => ({
  runExport: ({ signal }: { signal: AbortSignal }) =>
    new Promise((_resolve, reject) => {
      signal.addEventListener('abort', () => {
        reject(new DOMException('stopped', 'AbortError'));
      });
    }),
}));

withFreshDatabase();

const CHOICES = { includeOnlyMe: false, includeProtectedPlaces: false, includeHiddenPhotos: false };

describe('a running export', () => {
  it('holds "unsaved work" (an update would reload it away) until it ends', async () => {
    const book = await makeBook();
    const { result } = renderHook(() => useExportJob(book.id, 'da'));
    expect(hasUnsavedWork()).toBe(false);

    act(() => {
      result.current.start({ kind: 'pack' }, CHOICES);
    });
    expect(result.current.state.phase).toBe('running');
    expect(hasUnsavedWork()).toBe(true);

    await act(async () => {
      result.current.cancel();
      await Promise.resolve();
    });
    expect(result.current.state.phase).toBe('failed');
    expect(hasUnsavedWork()).toBe(false);
  });
});
