import { holdUnsavedWork } from '@/components';

import { allowUnload, installUnloadGuard, resetUnloadGuardForTests } from './unload-guard';

function leave(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

describe('the guard against leaving with unsaved work', () => {
  let uninstall: () => void;
  beforeEach(() => {
    uninstall = installUnloadGuard();
  });
  afterEach(() => {
    uninstall();
    resetUnloadGuardForTests();
  });

  it('asks only while something is unsaved or running', () => {
    expect(leave()).toBe(false);
    const release = holdUnsavedWork();
    expect(leave()).toBe(true);
    release();
    expect(leave()).toBe(false);
  });

  it('lets through a reload the app starts after asking itself, for a while only', () => {
    vi.useFakeTimers();
    try {
      const release = holdUnsavedWork();
      allowUnload(1000);
      expect(leave()).toBe(false);
      // The reload never came (a failed update): the guard is back.
      vi.advanceTimersByTime(1000);
      expect(leave()).toBe(true);
      release();
    } finally {
      vi.useRealTimers();
    }
  });
});
