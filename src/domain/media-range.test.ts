import { MEDIA_CHUNK_BYTES } from './media-kinds';
import { nextStep, parseRange, rangeHeaders } from './media-range';

const C = MEDIA_CHUNK_BYTES;

describe('parseRange', () => {
  it('reads the ranges a video element sends', () => {
    expect(parseRange('bytes=0-', 1000)).toEqual({ start: 0, end: 1000 });
    expect(parseRange('bytes=100-199', 1000)).toEqual({ start: 100, end: 200 });
    expect(parseRange('bytes=990-5000', 1000)).toEqual({ start: 990, end: 1000 });
    expect(parseRange('bytes=-10', 1000)).toEqual({ start: 990, end: 1000 });
    expect(parseRange('bytes=-5000', 1000)).toEqual({ start: 0, end: 1000 });
    expect(parseRange(' Bytes = 5 - 5 ', 1000)).toEqual({ start: 5, end: 6 });
  });

  it('says when a range lies past the end', () => {
    expect(parseRange('bytes=1000-', 1000)).toBe('unsatisfiable');
    expect(parseRange('bytes=-0', 1000)).toBe('unsatisfiable');
    expect(parseRange('bytes=0-', 0)).toBe('unsatisfiable');
  });

  it('answers the whole item to no header, several ranges or a garbled one', () => {
    expect(parseRange(null, 1000)).toBeUndefined();
    expect(parseRange('bytes=0-1,5-9', 1000)).toBeUndefined();
    expect(parseRange('bytes=-', 1000)).toBeUndefined();
    expect(parseRange('items=0-5', 1000)).toBeUndefined();
    expect(parseRange('bytes=9-3', 1000)).toBeUndefined();
  });
});

describe('rangeHeaders', () => {
  it('names the range, the total and the type, and keeps it out of caches', () => {
    expect(rangeHeaders({ start: 100, end: 200 }, 1000, 'video/mp4')).toEqual({
      'Content-Type': 'video/mp4',
      'Content-Length': '100',
      'Accept-Ranges': 'bytes',
      'Cache-Control': 'no-store',
      'Content-Range': 'bytes 100-199/1000',
    });
    expect(rangeHeaders(undefined, 1000, 'audio/webm')).toMatchObject({
      'Content-Length': '1000',
    });
    expect(rangeHeaders(undefined, 1000, 'audio/webm')).not.toHaveProperty('Content-Range');
  });
});

describe('nextStep', () => {
  it('stops at the edge of a stored piece', () => {
    expect(nextStep(0, 10 * C)).toEqual({ start: 0, end: C });
    expect(nextStep(C - 1, 10 * C)).toEqual({ start: C - 1, end: C });
    expect(nextStep(C, C + 5)).toEqual({ start: C, end: C + 5 });
  });
});
