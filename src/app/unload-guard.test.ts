import { holdUnsavedWork } from '../components/unsaved-work';

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

  it('lets through a reload the app starts after asking itself', () => {
    const release = holdUnsavedWork();
    allowUnload();
    expect(leave()).toBe(false);
    release();
  });
});
