// @vitest-environment node
import { createHash } from 'node:crypto';

import { makeZip } from 'client-zip';
import { zipSync } from 'fflate';

import {
  editJson,
  rebag,
  retag,
  rootOf,
  setText,
  text,
  unzipFiles,
  zipFiles,
  type Files,
} from '@/testing/bag-tamper';
import { farZip } from '@/testing/far-zip';
import { MeteredBlob } from '@/testing/metered-blob';
import { collect, sampleBook } from '@/testing/pack-fixtures';
import { PackError, type PackErrorCode } from './errors';
import type { ReadLimits } from './limits';
import { readPack } from './read-pack';
import { selectForExport } from './select';
import { writePack } from './write-pack';

let validZip: Uint8Array;

beforeAll(async () => {
  const { data, photoBytes } = await sampleBook();
  const writer = writePack(
    {
      selection: selectForExport(data),
      readPhoto: (id) => Promise.resolve(new Blob([photoBytes.get(id)!])),
      pdf: new TextEncoder().encode('%PDF-1.7 fake'),
    },
    { appVersion: '0.1.0', now: new Date('2026-03-02T12:00:00Z') },
  );
  validZip = await collect(writer.stream);
});

function files(): Files {
  return unzipFiles(validZip);
}

async function codeOf(zip: Uint8Array, limits?: Partial<ReadLimits>): Promise<string> {
  try {
    await readPack(new Blob([zip as Uint8Array<ArrayBuffer>]), limits ? { limits } : {});
  } catch (e) {
    return e instanceof PackError ? e.code : String(e);
  }
  return 'accepted';
}

const firstMedia = (f: Files) => [...f.keys()].find((n) => n.includes('/data/media/'))!;

describe('readPack accepts', () => {
  it('the pack the writer made, with every photo', async () => {
    const out = await readPack(new Blob([validZip as Uint8Array<ArrayBuffer>]));
    expect(out.photoBlobs.size).toBe(3);
    expect(out.report).toMatchObject({ schemaVersion: 3, hasPdf: true, payloadFiles: 8 });
    expect(out.report.bagInfo['Bag-Software-Agent']).toEqual(['Livsbog 0.1.0']);
    expect(out.photoBlobs.get('ph_beach')?.type).toBe('image/jpeg');
  });

  it('each stored photo piece by piece through one buffer, never read whole', async () => {
    const pack = new MeteredBlob(validZip as Uint8Array<ArrayBuffer>);
    const out = await readPack(pack);
    const sizes = out.data.photos.map((p) => p.byteLength);
    expect(sizes).toHaveLength(3);
    // Whole reads are the headers, tag files, livsbog.json and the documents only.
    expect(pack.meter.wholeReads.filter((n) => sizes.includes(n))).toEqual([]);
    expect(pack.meter.streamed).toBe(sizes.reduce((a, b) => a + b, 0));
    for (const photo of out.data.photos) {
      const bytes = new Uint8Array(await out.photoBlobs.get(photo.id)!.arrayBuffer());
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(photo.sha256);
    }
  });

  it('the same bag zipped again with compression, folder entries and OS clutter', async () => {
    const f = files();
    const root = rootOf(f);
    const again: [string, Uint8Array][] = [
      [`${root}/`, new Uint8Array()],
      [`${root}/data/`, new Uint8Array()],
      [`${root}/data/media/`, new Uint8Array()],
      ...f,
      [`__MACOSX/${root}/._bagit.txt`, new Uint8Array([1, 2])],
      [`${root}/data/.DS_Store`, new Uint8Array([3])],
    ];
    const out = await readPack(new Blob([zipFiles(again, 6)]));
    expect(out.photoBlobs.size).toBe(3);
    expect(out.report.ignoredFiles).toEqual([
      `__MACOSX/${root}/._bagit.txt`,
      `${root}/data/.DS_Store`,
    ]);
  });
  // A grown-up's book passes 4 GiB (2^32), where zip64 offsets start, and 8 GiB (2^33).
  it.each([4.5, 9.5])('a pack whose entries lie past %s GiB', async (gib) => {
    const out = await readPack(farZip(validZip, gib * 2 ** 30));
    expect(out.photoBlobs.size).toBe(3);
    for (const photo of out.data.photos) {
      const bytes = new Uint8Array(await out.photoBlobs.get(photo.id)!.arrayBuffer());
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(photo.sha256);
    }
  });
});

describe('readPack refuses', () => {
  it('what is not a zip', async () => {
    expect(await codeOf(new TextEncoder().encode('<html>not a zip</html>'))).toBe('not-a-zip');
  });

  it.each([
    ['../x'],
    ['/etc/x'],
    ['C:\\x'],
    ['a/../../x'],
    ['C:/x'],
    ['bag/./x'],
    ['bag//x'],
    ['bag/x\u0000.jpg'],
  ])('the zip-slip path %j', async (name) => {
    const f = files();
    f.set(name, new Uint8Array([1]));
    expect(await codeOf(zipFiles(f))).toBe('bad-path');
  });

  it('the same name twice, also when only Unicode normalisation or case tells them apart', async () => {
    const f = files();
    const root = rootOf(f);
    const entries = [...f].map(([name, input]) => ({ name, input, lastModified: new Date(0) }));
    const twice = [
      ...entries,
      { name: `${root}/bagit.txt`, input: new Uint8Array(), lastModified: new Date(0) },
    ];
    expect(await codeOf(await collect(makeZip(twice)))).toBe('duplicate-name');
    const nfc = new Map(f);
    nfc.set(`${root}/data/media/\u00e5.jpg`, new Uint8Array([1]));
    nfc.set(`${root}/data/media/a\u030a.jpg`, new Uint8Array([1]));
    expect(await codeOf(zipFiles(nfc))).toBe('duplicate-name');
    const cased = new Map(f);
    cased.set(`${root}/BAGIT.TXT`, new Uint8Array([1]));
    expect(await codeOf(zipFiles(cased))).toBe('duplicate-name');
  });

  it('a zip bomb, counted from the real inflated bytes', async () => {
    const f = files();
    const root = rootOf(f);
    f.set(`${root}/data/livsbog.pdf`, new Uint8Array(24 * 1024 * 1024));
    rebag(f);
    const bomb = zipFiles(f, 9);
    expect(bomb.length).toBeLessThan(200_000);
    expect(await codeOf(bomb, { maxFileBytes: 4 * 1024 * 1024 })).toBe('too-large');
    expect(await codeOf(bomb, { maxTotalBytes: 8 * 1024 * 1024 })).toBe('too-large');
    expect(await codeOf(bomb, { maxEntries: 5 })).toBe('too-many-files');
  });

  it('a JSON bigger than its limit', async () => {
    expect(await codeOf(validZip, { maxJsonBytes: 1000 })).toBe('too-large');
  });

  it('an encrypted entry', async () => {
    const zip = zipFiles(files());
    const v = new DataView(zip.buffer);
    const cd = v.getUint32(zip.length - 6, true);
    v.setUint16(cd + 8, v.getUint16(cd + 8, true) | 1, true);
    expect(await codeOf(zip)).toBe('encrypted');
  });

  it('a symbolic link', async () => {
    const f = files();
    const root = rootOf(f);
    const input = Object.fromEntries(f);
    const link = zipSync({
      ...input,
      [`${root}/data/media/0009-x.jpg`]: [
        new TextEncoder().encode('/etc/passwd'),
        { os: 3, attrs: 0o120777 << 16 },
      ],
    });
    expect(await codeOf(link)).toBe('bad-path');
  });

  it('files outside one bag folder, and a bag without bagit.txt', async () => {
    const two = files();
    two.set('other/bagit.txt', new Uint8Array());
    expect(await codeOf(zipFiles(two))).toBe('not-a-bag');
    const loose = files();
    loose.set('readme.txt', new Uint8Array());
    expect(await codeOf(zipFiles(loose))).toBe('not-a-bag');
    const noBagit = files();
    noBagit.delete(`${rootOf(noBagit)}/bagit.txt`);
    expect(await codeOf(zipFiles(noBagit))).toBe('not-a-bag');
  });

  it('a file this format does not write, even when the manifest lists it', async () => {
    const f = files();
    f.set(`${rootOf(f)}/data/run-me.exe`, new Uint8Array([0x4d, 0x5a]));
    rebag(f);
    expect(await codeOf(zipFiles(f))).toBe('unexpected-file');
  });

  it('a media file no photo uses', async () => {
    const f = files();
    f.set(`${rootOf(f)}/data/media/0099-extra.jpg`, new Uint8Array([0xff, 0xd8, 0xff]));
    rebag(f);
    expect(await codeOf(zipFiles(f))).toBe('unexpected-file');
  });

  it('a payload file missing from the manifest, and a manifest line without its file', async () => {
    const f = files();
    const root = rootOf(f);
    const manifest = text(f, `${root}/manifest-sha256.txt`);
    const lines = manifest.trim().split('\n');
    setText(
      f,
      `${root}/manifest-sha256.txt`,
      `${lines.filter((l) => !l.endsWith('index.html')).join('\n')}\n`,
    );
    retag(f);
    expect(await codeOf(zipFiles(f))).toBe('unexpected-file');
    const g = files();
    g.delete(`${root}/data/index.html`);
    expect(await codeOf(zipFiles(g))).toBe('missing-file');
  });

  it('a changed byte (same size), in a document, a photo and a tag file', async () => {
    for (const pick of [
      (f: Files) => `${rootOf(f)}/data/index.html`,
      firstMedia,
      (f: Files) => `${rootOf(f)}/bag-info.txt`,
    ]) {
      const f = files();
      const name = pick(f);
      const bytes = f.get(name)!.slice();
      bytes[bytes.length - 1] = (bytes.at(-1) ?? 0) ^ 1;
      f.set(name, bytes);
      expect(await codeOf(zipFiles(f)), name).toBe('checksum-mismatch');
    }
  });

  it('a Payload-Oxum that does not add up', async () => {
    const f = files();
    const root = rootOf(f);
    setText(
      f,
      `${root}/bag-info.txt`,
      text(f, `${root}/bag-info.txt`).replace(/Payload-Oxum: \d+/, 'Payload-Oxum: 1'),
    );
    retag(f);
    expect(await codeOf(zipFiles(f))).toBe('oxum-mismatch');
  });

  it('a photo that is really SVG text', async () => {
    const f = files();
    const name = firstMedia(f);
    const svg = new TextEncoder().encode(
      '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
    );
    f.set(name, svg);
    editJson(f, (json) => {
      const photo = (json.photos as { file: string; sha256: string; byteLength: number }[]).find(
        (p) => name.endsWith(p.file),
      )!;
      photo.sha256 = createHash('sha256').update(svg).digest('hex');
      photo.byteLength = svg.length;
    });
    rebag(f);
    expect(await codeOf(zipFiles(f))).toBe('bad-photo-type');
  });

  it('a photo whose bytes do not match its record', async () => {
    const f = files();
    editJson(f, (json) => {
      (json.photos as { sha256: string }[])[0]!.sha256 = 'a'.repeat(64);
    });
    rebag(f);
    expect(await codeOf(zipFiles(f))).toBe('checksum-mismatch');
  });

  it('broken JSON, deeply nested JSON, a newer version and an invalid record', async () => {
    const cases: [string, PackErrorCode][] = [
      ['{"format": "livsbog-bundle", "schemaVersion": 1, ', 'bad-json'],
      [`${'['.repeat(100_000)}${']'.repeat(100_000)}`, 'too-deep'],
      [JSON.stringify({ format: 'livsbog-bundle', schemaVersion: 4, future: [] }), 'newer-version'],
      [JSON.stringify({ format: 'livsbog-bundle', schemaVersion: 1 }), 'schema-invalid'],
    ];
    for (const [json, code] of cases) {
      const f = files();
      setText(f, `${rootOf(f)}/data/livsbog.json`, json);
      rebag(f);
      expect(await codeOf(zipFiles(f)), code).toBe(code);
    }
  });

  it('references to records that are not there, and records of another book', async () => {
    const edits: ((json: Record<string, unknown>) => void)[] = [
      (j) => (j.entries as { photoIds: string[] }[])[0]!.photoIds.push('no_such_photo'),
      (j) => (j.entries as { personIds: string[] }[])[0]!.personIds.push('no_such_person'),
      (j) => ((j.people as { portraitPhotoId?: string }[])[0]!.portraitPhotoId = 'nope'),
      (j) =>
        (j.people as { links: object[] }[])[0]!.links.push({
          type: 'sibling-of',
          personId: 'nope',
        }),
      (j) => ((j.photos as { file: string }[])[0]!.file = 'media/9999-missing.jpg'),
      (j) =>
        ((j.snapshots as { people: object[] }[])[0]!.people = [
          { personId: 'nope', sector: 'family', closeness: 1 },
        ]),
      (j) => ((j.entries as { bookId: string }[])[0]!.bookId = 'another_book'),
    ];
    for (const edit of edits) {
      const f = files();
      editJson(f, edit);
      rebag(f);
      expect(await codeOf(zipFiles(f)), edit.toString()).toBe('bad-reference');
    }
    const dup = files();
    editJson(dup, (j) => (j.people as object[]).push((j.people as object[])[0]!));
    rebag(dup);
    expect(await codeOf(zipFiles(dup))).toBe('duplicate-id');
  });

  it('stops when aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      readPack(new Blob([validZip as Uint8Array<ArrayBuffer>]), { signal: controller.signal }),
    ).rejects.toThrow();
  });
});
