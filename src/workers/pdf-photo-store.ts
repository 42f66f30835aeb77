import { open, seal } from '@/crypto';
import { memoryPhotoStore, type PdfPhotoStore, type StoredBytes } from '@/pack/pdf';

const AAD = 'livsbog:pdf-photo';
const PREFIX = 'livsbog-pdf-photos-';
/** Without Web Locks, a file this old cannot belong to a running export. */
const STALE_MS = 24 * 60 * 60 * 1000;

/**
 * Deletes the files of exports whose tab died before `close` (issue 16): each running export
 * holds a Web Lock named as its file, so a file nobody holds a lock for is left over. Where
 * there are no Web Locks, only files a day old go. Never fails the export that called it.
 */
export async function removeStalePhotoFiles(
  dir: FileSystemDirectoryHandle,
  now = Date.now(),
): Promise<string[]> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  const held = locks ? new Set(((await locks.query()).held ?? []).map((l) => l.name)) : undefined;
  const removed: string[] = [];
  for await (const [name, entry] of dir as unknown as AsyncIterable<[string, FileSystemHandle]>) {
    if (!name.startsWith(PREFIX) || entry.kind !== 'file') continue;
    if (held?.has(name)) continue;
    if (!held) {
      const file = await (entry as FileSystemFileHandle).getFile();
      if (now - file.lastModified < STALE_MS) continue;
    }
    await dir.removeEntry(name).then(
      () => removed.push(name),
      () => undefined,
    );
  }
  return removed;
}

/** Holds a Web Lock named `name` until `released` settles, so no other export deletes its file. */
function holdLock(name: string, released: Promise<void>): Promise<void> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (!locks) return Promise.resolve();
  return new Promise((granted) => {
    void locks.request(name, () => {
      granted();
      return released;
    });
  });
}

/**
 * The export's print-size photos, from their scaling to the PDF's stream, in a file of the
 * origin's private file system instead of memory: a book of a thousand photos would otherwise
 * hold a few hundred MB to the end. Each is sealed with a key made for this export alone and
 * never stored, so the file is noise to anyone but this export, and stays noise if the tab
 * dies before `close` deletes it. Where the browser has no such file system, memory.
 */
export async function filePhotoStore(): Promise<PdfPhotoStore> {
  let dir: FileSystemDirectoryHandle;
  try {
    dir = await navigator.storage.getDirectory();
  } catch {
    return memoryPhotoStore();
  }
  const name = `${PREFIX}${crypto.randomUUID()}.tmp`;
  let release: () => void = () => undefined;
  await holdLock(
    name,
    new Promise<void>((resolve) => {
      release = resolve;
    }),
  );
  await removeStalePhotoFiles(dir).catch(() => undefined);
  const handle = await dir.getFileHandle(name, { create: true });
  const writable = await handle.createWritable();
  const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]);
  let end = 0;
  // The file can be read only once its writable has closed: after the last photo.
  let written: Promise<File> | undefined;
  const file = () => {
    written ??= writable.close().then(() => handle.getFile());
    return written;
  };

  const put = async (bytes: Uint8Array): Promise<StoredBytes> => {
    if (written) throw new Error('the PDF photo store is already being read');
    const { iv, ct } = await seal(key, bytes, AAD);
    const at = end;
    const length = ct.byteLength;
    end += length;
    await writable.write({ type: 'write', position: at, data: ct });
    // Only where it lies is kept: the sealed bytes are the file's now.
    return {
      size: bytes.byteLength,
      read: async () => {
        const part = await (await file()).slice(at, at + length).arrayBuffer();
        return open(key, { iv, ct: part }, AAD);
      },
    };
  };

  const close = async (): Promise<void> => {
    if (!written) await writable.abort().catch(() => undefined);
    else await written.catch(() => undefined);
    await dir.removeEntry(name).catch(() => undefined);
    release();
  };
  return { put, close };
}
