import { lockBook } from '@/db';

/**
 * Locking reaches every tab of this app. Without this, a book left open in a second tab stayed
 * readable after the child pressed "Lock" in the first. Only deliberate locks travel (the lock
 * button, and the idle lock of a tab in view): a tab that is hidden or closed locks only itself,
 * because that says nothing about a tab the child is still using.
 */
const CHANNEL_NAME = 'livsbog-lock';

interface LockMessage {
  type: 'lock';
  bookId: string;
}

/** Anything may arrive on a channel of this origin (an older build, another script): check it. */
export function isLockMessage(data: unknown): data is LockMessage {
  if (typeof data !== 'object' || data === null) return false;
  const { type, bookId } = data as Record<string, unknown>;
  return type === 'lock' && typeof bookId === 'string' && bookId !== '' && bookId.length <= 200;
}

let channel: BroadcastChannel | null | undefined;

/** One channel per tab for both directions: a tab never receives its own message. */
function lockChannel(): BroadcastChannel | null {
  if (channel === undefined) {
    channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL_NAME) : null;
    channel?.addEventListener('message', (event: MessageEvent<unknown>) => {
      if (isLockMessage(event.data)) lockBook(event.data.bookId, { keepPin: true });
    });
  }
  return channel;
}

/** Locks the book here at once, then in every other tab of this app that has it open. */
export function lockEverywhere(bookId: string): void {
  lockBook(bookId, { keepPin: true });
  const message: LockMessage = { type: 'lock', bookId };
  try {
    lockChannel()?.postMessage(message);
  } catch {
    // A closed channel (tests, a page being torn down): this tab is locked, which matters most.
  }
}

/** Starts listening for locks from other tabs; called once when the app starts. */
export function listenForLocksFromOtherTabs(): void {
  lockChannel();
}

/** Tests only: close the channel so the next call opens a fresh one. */
export function closeLockChannelForTests(): void {
  channel?.close();
  channel = undefined;
}
