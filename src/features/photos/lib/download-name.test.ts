import { downloadName } from './download-name';
import { makePhotoRecord } from './test-photos';

describe('downloadName', () => {
  it('sorts by date and ends as the stored type does', () => {
    const base = { id: 'abcdef1234', takenAt: { year: 2019, month: 7, day: 14 } };
    expect(downloadName(makePhotoRecord(base))).toBe('livsbog-2019-07-14-abcdef12.jpg');
    expect(downloadName(makePhotoRecord({ ...base, mime: 'application/pdf' }))).toBe(
      'livsbog-2019-07-14-abcdef12.pdf',
    );
    expect(downloadName(makePhotoRecord({ id: 'x', mime: 'video/quicktime' }))).toBe(
      'livsbog-x.mov',
    );
  });
});
