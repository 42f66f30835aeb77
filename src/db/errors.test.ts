import { DamagedRecordError } from '@/crypto';

import { isDamaged, noteDatabaseClosed, StorageError, toStorageError } from './errors';

describe('toStorageError', () => {
  it('maps a QuotaExceededError to storage-full', () => {
    const e = new DOMException('full', 'QuotaExceededError');
    expect(toStorageError(e).code).toBe('storage-full');
  });

  it('maps an AbortError that wraps a quota error (as Dexie reports it) to storage-full', () => {
    const abort = Object.assign(new Error('Transaction aborted'), {
      name: 'AbortError',
      inner: new DOMException('full', 'QuotaExceededError'),
    });
    expect(toStorageError(abort).code).toBe('storage-full');
  });

  it("maps Chromium's blob write failure to storage-full", () => {
    expect(toStorageError(new Error('Failed to write blobs (InvalidBlob)')).code).toBe(
      'storage-full',
    );
  });

  it('keeps other errors as write-failed and passes StorageErrors through', () => {
    expect(toStorageError(new Error('boom')).code).toBe('write-failed');
    const own = new StorageError('newer-data');
    expect(toStorageError(own)).toBe(own);
  });
});

describe('a database closed under this tab', () => {
  afterEach(() => {
    noteDatabaseClosed(undefined);
  });

  it('turns a call already under way into the reason it was closed', () => {
    const closed = Object.assign(new Error('Database has been closed'), {
      name: 'DatabaseClosedError',
    });
    expect(toStorageError(closed).code).toBe('write-failed');
    noteDatabaseClosed('replaced');
    expect(toStorageError(closed).code).toBe('replaced');
    expect(toStorageError(new Error('boom')).code).toBe('write-failed');
  });
});

describe('isDamaged', () => {
  it('knows damage from other failures', () => {
    expect(isDamaged(new DamagedRecordError())).toBe(true);
    expect(isDamaged(new StorageError('damaged'))).toBe(true);
    expect(isDamaged(new StorageError('book-locked'))).toBe(false);
    expect(isDamaged(new Error('locked'))).toBe(false);
  });
});
