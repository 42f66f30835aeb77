import type { BundleContents } from '@/bundle';
import { hasUnsavedWork } from '@/components';
import type { ImportWorkers } from '../lib/import-client';
import { HandoverFailure } from '../lib/worker-channel';

import {
  openBundle,
  reduceBundleImport,
  resetBundleImport,
  type BundleImportState,
} from './use-bundle-import';

// The reducer only carries the contents along, so a stand-in object is enough here.
const contents = { data: {}, photoBlobs: new Map(), report: {} } as unknown as BundleContents;

function importing(phase: 'prepare' | 'seal' | 'save'): BundleImportState {
  return {
    step: 'importing',
    fileName: 'pack.zip',
    contents,
    phase,
    done: 0,
    total: 1,
    cancelling: false,
  };
}

describe('the import state machine', () => {
  it('walks idle → checking → checked → importing → done', () => {
    let s: BundleImportState = { step: 'idle' };
    s = reduceBundleImport(s, { type: 'check', fileName: 'pack.zip' });
    s = reduceBundleImport(s, { type: 'progress', phase: 'check', done: 5, total: 10 });
    expect(s).toMatchObject({ step: 'checking', done: 5, total: 10 });
    s = reduceBundleImport(s, { type: 'checked', contents });
    s = reduceBundleImport(s, { type: 'import' });
    expect(s).toMatchObject({ step: 'importing', phase: 'prepare' });
    s = reduceBundleImport(s, { type: 'progress', phase: 'seal', done: 2, total: 3 });
    expect(s).toMatchObject({ phase: 'seal', done: 2, total: 3 });
    const outcome = {
      bookId: 'b',
      summary: {
        added: { entries: 0, people: 0, photos: 0, snapshots: 0 },
        same: 0,
        differ: [],
        duplicatePhotos: 0,
      },
    };
    s = reduceBundleImport(s, { type: 'done', target: { kind: 'merge' }, outcome });
    expect(s).toMatchObject({ step: 'done', outcome });
  });

  it('refuses to cancel once saving began: the commit is one transaction', () => {
    expect(reduceBundleImport(importing('seal'), { type: 'cancelling' })).toMatchObject({
      cancelling: true,
    });
    const saving = importing('save');
    expect(reduceBundleImport(saving, { type: 'cancelling' })).toBe(saving);
  });

  it('keeps a checked pack after a failed import, to try again; not after a failed check', () => {
    const failedImport = reduceBundleImport(importing('seal'), {
      type: 'failed',
      error: new HandoverFailure('cancelled'),
    });
    expect(reduceBundleImport(failedImport, { type: 'back' })).toMatchObject({ step: 'checked' });

    const checking = reduceBundleImport({ step: 'idle' }, { type: 'check', fileName: 'x.zip' });
    const failedCheck = reduceBundleImport(checking, { type: 'failed', error: new Error('x') });
    expect(reduceBundleImport(failedCheck, { type: 'back' })).toBe(failedCheck);
  });

  it('ignores a new file or a reset while a job runs', () => {
    const running = importing('seal');
    expect(reduceBundleImport(running, { type: 'check', fileName: 'other.zip' })).toBe(running);
    expect(reduceBundleImport(running, { type: 'reset' })).toBe(running);
  });
});

describe('a running check or import', () => {
  it('holds "unsaved work" (a reload would lose it) until it ends', async () => {
    let fail: (e: unknown) => void = () => undefined;
    const check = new Promise<BundleContents>((_resolve, reject) => {
      fail = reject;
    });
    const workers: ImportWorkers = {
      check: () => check,
      seal: () => Promise.resolve([]),
    };
    expect(hasUnsavedWork()).toBe(false);

    openBundle(new File(['x'], 'pack.zip'), workers);
    expect(hasUnsavedWork()).toBe(true);

    fail(new HandoverFailure('not-a-zip'));
    await vi.waitFor(() => {
      expect(hasUnsavedWork()).toBe(false);
    });
    resetBundleImport();
  });
});
