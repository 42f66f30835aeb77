import { afterEach, describe, expect, it, vi } from 'vitest';

import { followSize } from './follow-size';

/** A ResizeObserver the test drives: `resize()` calls back as the browser would. */
class FakeResizeObserver {
  static last: FakeResizeObserver | undefined;
  readonly observed: Element[] = [];
  disconnected = false;
  constructor(private readonly callback: () => void) {
    FakeResizeObserver.last = this;
  }
  observe(target: Element) {
    this.observed.push(target);
  }
  disconnect() {
    this.disconnected = true;
  }
  resize() {
    if (!this.disconnected) this.callback();
  }
}

describe('followSize', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    FakeResizeObserver.last = undefined;
  });

  it('measures at once, again on each resize of the target, and stops on clean-up', () => {
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
    const target = document.createElement('div');
    const measure = vi.fn();
    const stop = followSize(target, measure);
    expect(measure).toHaveBeenCalledTimes(1);
    const observer = FakeResizeObserver.last;
    expect(observer?.observed).toEqual([target]);
    observer?.resize();
    expect(measure).toHaveBeenCalledTimes(2);
    stop?.();
    expect(observer?.disconnected).toBe(true);
    observer?.resize();
    expect(measure).toHaveBeenCalledTimes(2);
  });

  it.each([
    ['there is no target', true, null],
    ['the browser has no ResizeObserver', false, document.createElement('div')],
  ])('measures once and follows nothing when %s', (_, hasObserver, target) => {
    vi.stubGlobal('ResizeObserver', hasObserver ? FakeResizeObserver : undefined);
    const measure = vi.fn();
    expect(followSize(target, measure)).toBeUndefined();
    expect(measure).toHaveBeenCalledTimes(1);
    expect(FakeResizeObserver.last).toBeUndefined();
  });
});
