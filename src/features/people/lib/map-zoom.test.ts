import {
  clampScale,
  fitScale,
  MAX_SCALE,
  MIN_SCALE,
  minTargetRadius,
  READABLE_SCALE,
  scrollForZoom,
  startScale,
} from './map-zoom';

const MAP = { width: 1240, height: 1040 };

describe('the network map zoom', () => {
  it('keeps the scale between its limits, and a broken number at 1', () => {
    expect(clampScale(0.01)).toBe(MIN_SCALE);
    expect(clampScale(99)).toBe(MAX_SCALE);
    expect(clampScale(Number.NaN)).toBe(1);
    expect(clampScale(0.5)).toBe(0.5);
  });

  it('fits the whole map by its narrower side', () => {
    expect(fitScale({ width: 620, height: 1040 }, MAP)).toBeCloseTo(0.5);
    expect(fitScale({ width: 1240, height: 520 }, MAP)).toBeCloseTo(0.5);
  });

  it('starts readable on a phone and on a tablet, and whole where that is readable too', () => {
    // 358 px of a 390 px phone would draw names at 4 px: it starts at the readable scale instead.
    expect(startScale({ width: 358, height: 600 }, MAP)).toBe(READABLE_SCALE);
    expect(14 * READABLE_SCALE).toBeCloseTo(12);
    // A 1024×768 tablet's frame (about 960 × 576) fits the map at 0.55: names would be 8 px.
    expect(startScale({ width: 960, height: 576 }, MAP)).toBe(READABLE_SCALE);
    // A big screen shows it all, larger still.
    expect(startScale({ width: 1900, height: 1600 }, MAP)).toBeCloseTo(1900 / 1240);
  });

  it('makes every person at least 44 px to tap at any scale', () => {
    for (const scale of [0.3, READABLE_SCALE, 2]) {
      expect(minTargetRadius(scale) * 2 * scale).toBeCloseTo(44);
    }
  });

  it('keeps the point under the fingers in place while zooming', () => {
    const at = { x: 100, y: 50 };
    const next = scrollForZoom({ left: 200, top: 100 }, at, 1, 2);
    // The map point (300, 150) was under `at`; at twice the size it is at (600, 300).
    expect(next).toEqual({ left: 500, top: 250 });
  });
});
