import { StorageError, toStorageError } from './errors';

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
