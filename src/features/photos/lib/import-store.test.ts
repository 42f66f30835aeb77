import type { MixedSummary as ImportSummary } from './mixed-import';

import { cancelImport, dismissImport, importState, startImport } from './import-store';

describe('import store', () => {
  it('reports progress, then the summary, and lets the user dismiss it', async () => {
    let finish: (s: ImportSummary) => void = () => undefined;
    startImport('book-1', [new File(['x'], 'a.jpg')], (_id, _files, opts) => {
      opts.onProgress?.({ done: 0, total: 1 });
      return new Promise((resolve) => {
        finish = resolve;
      });
    });
    expect(importState('book-1')).toEqual({
      phase: 'running',
      done: 0,
      total: 1,
      cancelling: false,
    });
    const summary = { added: [], duplicates: [], failed: [], cancelled: false };
    finish(summary);
    await vi.waitFor(() => {
      expect(importState('book-1')).toEqual({ phase: 'finished', summary });
    });
    dismissImport('book-1');
    expect(importState('book-1')).toEqual({ phase: 'idle' });
  });

  it('cancels through the signal the import was given', async () => {
    let signal: AbortSignal | undefined;
    startImport('book-2', [new File(['x'], 'a.jpg')], (_id, _files, opts) => {
      signal = opts.signal;
      return new Promise((resolve) => {
        opts.signal?.addEventListener('abort', () => {
          resolve({ added: [], duplicates: [], failed: [], cancelled: true });
        });
      });
    });
    cancelImport('book-2');
    expect(signal?.aborted).toBe(true);
    await vi.waitFor(() => {
      expect(importState('book-2')).toMatchObject({
        phase: 'finished',
        summary: { cancelled: true },
      });
    });
  });
});
