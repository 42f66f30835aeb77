import type { PackContents } from '@/pack';
import { hasUnsavedWork } from '@/components';
import type { ImportWorkers } from '../lib/import-client';
import { PackFailure } from '../lib/worker-channel';

import {
  openPack,
  reducePackImport,
  resetPackImport,
  type PackImportState,
} from './use-pack-import';

// The reducer only carries the contents along, so a stand-in object is enough here.
const contents = { data: {}, photoBlobs: new Map(), report: {} } as unknown as PackContents;

function importing(phase: 'prepare' | 'seal' | 'save'): PackImportState {
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
    let s: PackImportState = { step: 'idle' };
    s = reducePackImport(s, { type: 'check', fileName: 'pack.zip' });
    s = reducePackImport(s, { type: 'progress', phase: 'check', done: 5, total: 10 });
    expect(s).toMatchObject({ step: 'checking', done: 5, total: 10 });
    s = reducePackImport(s, { type: 'checked', contents });
    s = reducePackImport(s, { type: 'import' });
    expect(s).toMatchObject({ step: 'importing', phase: 'prepare' });
    s = reducePackImport(s, { type: 'progress', phase: 'seal', done: 2, total: 3 });
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
    s = reducePackImport(s, { type: 'done', target: { kind: 'merge' }, outcome });
    expect(s).toMatchObject({ step: 'done', outcome });
  });

  it('refuses to cancel once saving began: the commit is one transaction', () => {
    expect(reducePackImport(importing('seal'), { type: 'cancelling' })).toMatchObject({
      cancelling: true,
    });
    const saving = importing('save');
    expect(reducePackImport(saving, { type: 'cancelling' })).toBe(saving);
  });

  it('keeps a checked pack after a failed import, to try again; not after a failed check', () => {
    const failedImport = reducePackImport(importing('seal'), {
      type: 'failed',
      error: new PackFailure('cancelled'),
    });
    expect(reducePackImport(failedImport, { type: 'back' })).toMatchObject({ step: 'checked' });

    const checking = reducePackImport({ step: 'idle' }, { type: 'check', fileName: 'x.zip' });
    const failedCheck = reducePackImport(checking, { type: 'failed', error: new Error('x') });
    expect(reducePackImport(failedCheck, { type: 'back' })).toBe(failedCheck);
  });

  it('ignores a new file or a reset while a job runs', () => {
    const running = importing('seal');
    expect(reducePackImport(running, { type: 'check', fileName: 'other.zip' })).toBe(running);
    expect(reducePackImport(running, { type: 'reset' })).toBe(running);
  });
});

describe('a running check or import', () => {
  it('holds "unsaved work" (a reload would lose it) until it ends', async () => {
    let fail: (e: unknown) => void = () => undefined;
    const check = new Promise<PackContents>((_resolve, reject) => {
      fail = reject;
    });
    const workers: ImportWorkers = {
      check: () => check,
      seal: () => Promise.resolve([]),
    };
    expect(hasUnsavedWork()).toBe(false);

    openPack(new File(['x'], 'pack.zip'), workers);
    expect(hasUnsavedWork()).toBe(true);

    fail(new PackFailure('not-a-zip'));
    await vi.waitFor(() => {
      expect(hasUnsavedWork()).toBe(false);
    });
    resetPackImport();
  });
});
