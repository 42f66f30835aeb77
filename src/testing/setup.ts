import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';

import { Blob as NodeBlob, File as NodeFile } from 'node:buffer';
import { webcrypto } from 'node:crypto';

import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';

import { setArgon2CostForTests, setKdfIterationsForTests } from '@/crypto';

// Bytes read back from fake-indexeddb must be of the test realm, as in a browser.
import './same-realm-clone';

// jsdom's Blob is a plain object to Node's structuredClone, so blobs stored through
// fake-indexeddb would come back as {}. Node's own Blob survives the round trip.
Object.assign(globalThis, { Blob: NodeBlob, File: NodeFile });
if (!('subtle' in globalThis.crypto)) Object.assign(globalThis, { crypto: webcrypto });

beforeAll(() => {
  // Unit tests use few PBKDF2 iterations and a tiny Argon2id cost; tests in crypto/ check the
  // production defaults.
  setKdfIterationsForTests(1000);
  setArgon2CostForTests({ memoryKiB: 64, iterations: 1 });
});

afterEach(() => {
  cleanup();
});
