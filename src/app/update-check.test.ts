import { checkForUpdatesWhenVisible } from './update-check';

function setVisibility(state: DocumentVisibilityState): void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('checking for a new version when the app comes back into view', () => {
  let clock = 0;
  const now = () => clock;
  let stop: (() => void) | undefined;
  beforeEach(() => {
    clock = 0;
  });
  afterEach(() => {
    stop?.();
    setVisibility('visible');
  });

  it('asks the server when visible again, at most once per interval', () => {
    const update = vi.fn(() => Promise.resolve());
    stop = checkForUpdatesWhenVisible({ update }, { minIntervalMs: 1000, now });

    clock = 500;
    setVisibility('hidden');
    setVisibility('visible');
    expect(update).not.toHaveBeenCalled(); // the load has only just checked

    clock = 1500;
    setVisibility('hidden');
    expect(update).not.toHaveBeenCalled(); // never while hidden
    setVisibility('visible');
    expect(update).toHaveBeenCalledOnce();

    clock = 2000;
    setVisibility('visible');
    expect(update).toHaveBeenCalledOnce();
    clock = 2600;
    setVisibility('visible');
    expect(update).toHaveBeenCalledTimes(2);
  });

  it('shrugs off a failed check (offline) and stops when asked', async () => {
    const update = vi.fn(() => Promise.reject(new Error('offline')));
    stop = checkForUpdatesWhenVisible({ update }, { minIntervalMs: 0, now });
    clock = 10;
    setVisibility('visible');
    expect(update).toHaveBeenCalledOnce();
    await Promise.resolve();

    stop();
    clock = 20;
    setVisibility('visible');
    expect(update).toHaveBeenCalledOnce();
  });
});
