import { hasUnsavedWork } from '@/components';

/**
 * Asks before the page is left or reloaded while work is unsaved (a form with changes, a photo
 * import, a moving pack being made or brought in): the browser shows its own question. A reload
 * the app itself starts after asking (an update, a database taken over) lets itself through.
 */
let allowed = false;
let expiry: ReturnType<typeof setTimeout> | undefined;

function onBeforeUnload(event: BeforeUnloadEvent): void {
  if (allowed || !hasUnsavedWork()) return;
  event.preventDefault();
}

export function installUnloadGuard(): () => void {
  window.addEventListener('beforeunload', onBeforeUnload);
  return () => {
    window.removeEventListener('beforeunload', onBeforeUnload);
  };
}

/**
 * For a reload the app starts after it has asked the child already. Only for a while: if the
 * reload never comes (an update that failed), the guard is back rather than off for good.
 */
export function allowUnload(forMs = 30_000): void {
  allowed = true;
  clearTimeout(expiry);
  expiry = setTimeout(() => {
    allowed = false;
  }, forMs);
}

/** Tests only. */
export function resetUnloadGuardForTests(): void {
  clearTimeout(expiry);
  allowed = false;
}
