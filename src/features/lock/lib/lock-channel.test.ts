import { isUnlocked, lockBook } from '@/db';
import { withFreshDatabase } from '@/testing/db-helpers';
import { makeBook } from '@/testing/factories';

import {
  closeLockChannelForTests,
  isLockMessage,
  listenForLocksFromOtherTabs,
  lockEverywhere,
} from './lock-channel';

withFreshDatabase();

/** Another tab of the app: its own channel of the same name. */
let otherTab: BroadcastChannel;
beforeEach(() => {
  otherTab = new BroadcastChannel('livsbog-lock');
});
afterEach(() => {
  otherTab.close();
  closeLockChannelForTests();
});

function nextMessage(channel: BroadcastChannel): Promise<unknown> {
  return new Promise((resolve) => {
    channel.addEventListener(
      'message',
      (event: MessageEvent<unknown>) => {
        resolve(event.data);
      },
      { once: true },
    );
  });
}

describe('locking in every tab', () => {
  it('locks here at once and tells the other tabs which book', async () => {
    const book = await makeBook();
    const told = nextMessage(otherTab);

    lockEverywhere(book.id);

    expect(isUnlocked(book.id)).toBe(false);
    expect(await told).toEqual({ type: 'lock', bookId: book.id });
  });

  it('locks the book when another tab says so, and leaves other books open', async () => {
    const book = await makeBook();
    const other = await makeBook({ cover: { nickname: 'Anden' } });
    listenForLocksFromOtherTabs();
    // A second listener in this test stands in for the app's, to know when the message is in.
    const probe = new BroadcastChannel('livsbog-lock');
    const arrived = nextMessage(probe);

    otherTab.postMessage({ type: 'lock', bookId: book.id });
    await arrived;
    probe.close();

    await vi.waitFor(() => {
      expect(isUnlocked(book.id)).toBe(false);
    });
    expect(isUnlocked(other.id)).toBe(true);
    lockBook(other.id);
  });

  it('ignores messages that are not a lock of one book', async () => {
    const book = await makeBook();
    const marker = await makeBook({ cover: { nickname: 'Markør' } });
    listenForLocksFromOtherTabs();
    for (const junk of [
      null,
      'lock',
      { type: 'unlock', bookId: book.id },
      { type: 'lock' },
      { type: 'lock', bookId: 42 },
      { type: 'lock', bookId: '' },
    ]) {
      otherTab.postMessage(junk);
    }
    // Messages from one sender arrive in order: once this one has worked, the junk was seen.
    otherTab.postMessage({ type: 'lock', bookId: marker.id });
    await vi.waitFor(() => {
      expect(isUnlocked(marker.id)).toBe(false);
    });

    expect(isUnlocked(book.id)).toBe(true);
  });

  it('checks the shape of a message', () => {
    expect(isLockMessage({ type: 'lock', bookId: 'b1' })).toBe(true);
    expect(isLockMessage({ type: 'lock', bookId: 'x'.repeat(201) })).toBe(false);
    expect(isLockMessage(undefined)).toBe(false);
  });
});
