import { nothingImported } from './import-summary';

describe('nothingImported', () => {
  it('has nothing added, duplicated or failed, and is not cancelled', () => {
    expect(nothingImported()).toEqual({ added: [], duplicates: [], failed: [], cancelled: false });
  });

  it('is a new summary each time, so one import filling it never fills another', () => {
    const first = nothingImported<string>();
    first.failed.push({ name: 'a.jpg', reason: 'unknown' });
    expect(nothingImported<string>().failed).toEqual([]);
  });
});
