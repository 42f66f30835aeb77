// @vitest-environment node
import Ajv2020 from 'ajv/dist/2020';
import { unzipSync } from 'fflate';

import { sha, text, unzipFiles } from '@/testing/bag-tamper';
import { collect, sampleBook, tinyJpeg } from '@/testing/pack-fixtures';
import { readPack } from './read-pack';
import { packJsonSchema } from './schema/schema';
import { selectForExport } from './select';
import type { PackJson } from './types';
import { readCentralDirectory } from './zip/zip-central';
import { READ_AHEAD, READ_AHEAD_BYTES, writePack, type PackSource } from './write-pack';

const NOW = new Date('2026-03-02T12:00:00Z');

async function setup(overrides: Partial<PackSource> = {}) {
  const { data, photoBytes } = await sampleBook();
  const reads: string[] = [];
  const source: PackSource = {
    selection: selectForExport(data),
    readPhoto: (id) => {
      reads.push(id);
      const bytes = photoBytes.get(id);
      return bytes ? Promise.resolve(new Blob([bytes])) : Promise.reject(new Error('gone'));
    },
    ...overrides,
  };
  return { data, photoBytes, source, reads };
}

describe('writePack', () => {
  it('writes a valid bag: every manifest line matches a recomputed SHA-256', async () => {
    const { source } = await setup({ pdf: new Uint8Array([0x25, 0x50, 0x44, 0x46]) });
    const writer = writePack(source, { appVersion: '0.1.0', now: NOW });
    expect(writer.name).toMatch(/^livsbog-aase-aeroe-2026-03-02\.zip$/);
    const zip = await collect(writer.stream);
    const files = unzipFiles(zip);
    const root = 'livsbog-aase-aeroe-2026-03-02';
    const manifest = text(files, `${root}/manifest-sha256.txt`).trim().split('\n');
    const payloadNames = [...files.keys()].filter((n) => n.startsWith(`${root}/data/`));
    expect(manifest).toHaveLength(payloadNames.length);
    for (const line of manifest) {
      const [hash, path] = line.split('  ');
      expect(sha(files.get(`${root}/${path ?? ''}`)!), path).toBe(hash);
    }
    for (const line of text(files, `${root}/tagmanifest-sha256.txt`).trim().split('\n')) {
      const [hash, path] = line.split('  ');
      expect(sha(files.get(`${root}/${path ?? ''}`)!), path).toBe(hash);
    }
    expect(payloadNames.map((n) => n.slice(root.length + 1)).sort()).toEqual([
      'data/LAES-MIG.txt',
      'data/index.html',
      'data/livsbog.json',
      'data/livsbog.pdf',
      'data/livsbog.schema.json',
      'data/media/0001-stranden-paa-aeroe.jpg',
      'data/media/0002-mig.jpg',
      'data/media/0003-mormor.jpg',
    ]);
    const report = await writer.done;
    expect(report).toMatchObject({ payloadFiles: 8, photosWritten: 3, zipBytes: zip.length });
  });

  it('stores every file (no compression), tag files last, photos before the documents', async () => {
    const { source } = await setup();
    const zip = await collect(writePack(source, { appVersion: '0.1.0', now: NOW }).stream);
    const { entries } = await readCentralDirectory(new Blob([zip]), {
      maxEntries: 100,
      maxCentralBytes: 1e6,
    });
    expect(entries.every((e) => e.method === 0)).toBe(true);
    const names = entries.map((e) => e.name.split('/').slice(1).join('/'));
    expect(names.slice(-4)).toEqual([
      'bagit.txt',
      'bag-info.txt',
      'manifest-sha256.txt',
      'tagmanifest-sha256.txt',
    ]);
    expect(names.indexOf('data/livsbog.json')).toBeGreaterThan(
      names.indexOf('data/media/0003-mormor.jpg'),
    );
  });

  it('writes livsbog.json that the JSON Schema beside it accepts', async () => {
    const { source } = await setup();
    const files = unzipSync(
      await collect(writePack(source, { appVersion: '0.1.0', now: NOW }).stream),
    );
    const dir = 'livsbog-aase-aeroe-2026-03-02/data/';
    const json = JSON.parse(new TextDecoder().decode(files[`${dir}livsbog.json`])) as PackJson;
    const schema = JSON.parse(
      new TextDecoder().decode(files[`${dir}livsbog.schema.json`]),
    ) as object;
    expect(schema).toEqual(packJsonSchema());
    const validate = new Ajv2020({ strict: true }).compile(schema);
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(json.leftOut).toEqual({
      onlyMe: 1,
      protectedPlaces: 1,
      hiddenPhotos: 1,
      onlyMePhotos: 1,
    });
    expect(json.photos.map((p) => p.file).sort()).toEqual([
      'media/0001-stranden-paa-aeroe.jpg',
      'media/0002-mig.jpg',
      'media/0003-mormor.jpg',
    ]);
  });

  it('reads photos as the consumer pulls, at most a few ahead', async () => {
    const { data, photoBytes } = await sampleBook();
    // Twenty photos of 64 KiB each, so the zip's chunks are told apart from the photos.
    const template = data.photos[1]!;
    data.photos = [];
    const big = Array.from({ length: 20 }, (_, i) => `big${i}`);
    for (const id of big) {
      const bytes = new Uint8Array(65_536).fill(big.indexOf(id));
      bytes.set([0xff, 0xd8, 0xff]);
      photoBytes.set(id, bytes);
      data.photos.push({
        ...template,
        id,
        caption: id,
        sha256: sha(bytes),
        byteLength: bytes.length,
      });
    }
    const reads: string[] = [];
    const writer = writePack(
      {
        selection: selectForExport(data),
        readPhoto: (id) => {
          reads.push(id);
          return Promise.resolve(new Blob([photoBytes.get(id)!]));
        },
      },
      { appVersion: '0.1.0', now: NOW },
    );
    await new Promise((r) => setTimeout(r, 20));
    // The read-ahead, and the one photo client-zip itself takes ahead of its output.
    expect(reads.length).toBeLessThanOrEqual(READ_AHEAD + 1);
    const reader = writer.stream.getReader();
    let photosOut = 0;
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      if (value.length === 65_536) photosOut += 1;
      expect(reads.length - photosOut).toBeLessThanOrEqual(READ_AHEAD + 1);
    }
    expect(reads).toHaveLength(20);
  });

  it('reads ahead by bytes too: large photos one at a time', async () => {
    const { data, photoBytes } = await sampleBook();
    const template = data.photos[1]!;
    // Records that say each photo is as large as the whole read-ahead: one waits at a time.
    data.photos = Array.from({ length: 6 }, (_, i) => ({
      ...template,
      id: `large${i}`,
      caption: `large${i}`,
      byteLength: READ_AHEAD_BYTES,
    }));
    const bytes = photoBytes.get(template.id)!;
    let reading = 0;
    let most = 0;
    const writer = writePack(
      {
        selection: selectForExport(data),
        readPhoto: async () => {
          reading += 1;
          most = Math.max(most, reading);
          await new Promise((r) => setTimeout(r, 5));
          reading -= 1;
          return new Blob([bytes]);
        },
      },
      { appVersion: '0.1.0', now: NOW },
    );
    await collect(writer.stream);
    expect((await writer.done).photosWritten).toBe(6);
    expect(most).toBe(1);
  });

  it('reports progress up to the total', async () => {
    const { source } = await setup();
    const calls: [number, number][] = [];
    const writer = writePack(source, {
      appVersion: '0.1.0',
      now: NOW,
      onProgress: (done, total) => calls.push([done, total]),
    });
    await collect(writer.stream);
    const report = await writer.done;
    expect(calls.length).toBe(report.payloadFiles);
    for (let i = 1; i < calls.length; i += 1)
      expect(calls[i]![0]).toBeGreaterThan(calls[i - 1]![0]);
    expect(calls.at(-1)).toEqual([report.payloadBytes, report.payloadBytes]);
  });

  it('stops on abort: the stream errors and done rejects', async () => {
    const { source } = await setup();
    const controller = new AbortController();
    const writer = writePack(source, {
      appVersion: '0.1.0',
      now: NOW,
      signal: controller.signal,
      onProgress: () => {
        controller.abort();
      },
    });
    await expect(collect(writer.stream)).rejects.toThrow();
    await expect(writer.done).rejects.toThrow();
  });

  it('rejects done when the consumer cancels the stream', async () => {
    const { source } = await setup();
    const writer = writePack(source, { appVersion: '0.1.0', now: NOW });
    const reader = writer.stream.getReader();
    await reader.read();
    await reader.cancel(new Error('user closed the dialog'));
    await expect(writer.done).rejects.toThrow('user closed the dialog');
  });

  it('leaves out a photo it cannot read, with every reference, and still reads back', async () => {
    const { source, photoBytes } = await setup();
    photoBytes.delete('ph_mormor');
    const writer = writePack(source, { appVersion: '0.1.0', now: NOW });
    const zip = await collect(writer.stream);
    expect((await writer.done).unreadablePhotos).toEqual(['ph_mormor']);
    const back = await readPack(new Blob([zip]));
    expect(back.data.photos.map((p) => p.id).sort()).toEqual(['ph_beach', 'ph_me']);
    expect(back.data.people.find((p) => p.id === 'p_mormor')).not.toHaveProperty('portraitPhotoId');
  });

  it('describes a photo whose bytes changed in storage as it really is', async () => {
    const { source, photoBytes } = await setup();
    const changed = tinyJpeg(99, 99, 42);
    photoBytes.set('ph_beach', changed);
    const writer = writePack(source, { appVersion: '0.1.0', now: NOW });
    const zip = await collect(writer.stream);
    expect((await writer.done).changedPhotos).toEqual(['ph_beach']);
    const back = await readPack(new Blob([zip]));
    const beach = back.data.photos.find((p) => p.id === 'ph_beach');
    expect(beach).toMatchObject({ sha256: sha(changed), byteLength: changed.length });
    expect(new Uint8Array(await back.photoBlobs.get('ph_beach')!.arrayBuffer())).toEqual(changed);
  });

  it('refuses to start a pack it could not read back', async () => {
    const { source } = await setup();
    source.selection.data.entries[0]!.title = 'x'.repeat(5000);
    const writer = writePack(source, { appVersion: '0.1.0', now: NOW });
    await expect(collect(writer.stream)).rejects.toMatchObject({ code: 'schema-invalid' });
    await expect(writer.done).rejects.toMatchObject({ code: 'schema-invalid' });
  });

  it('streams a big item into the zip piece by piece, hashed on its way, with progress', async () => {
    const { source, photoBytes } = await setup();
    const streamedId = [...photoBytes.keys()][0]!;
    const bytes = photoBytes.get(streamedId)!;
    const half = Math.floor(bytes.byteLength / 2);
    const pieces = (b: Uint8Array) =>
      new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(b.slice(0, half));
          controller.enqueue(b.slice(half));
          controller.close();
        },
      });
    const read = source.readPhoto;
    const calls: [number, number][] = [];
    const writer = writePack(
      {
        ...source,
        readPhoto: (id) =>
          id === streamedId
            ? Promise.resolve({ stream: pieces(bytes), size: bytes.byteLength })
            : read(id),
      },
      { appVersion: '0.1.0', now: NOW, onProgress: (done, total) => calls.push([done, total]) },
    );
    const files = unzipFiles(await collect(writer.stream));
    const root = 'livsbog-aase-aeroe-2026-03-02';
    const manifest = text(files, `${root}/manifest-sha256.txt`).trim().split('\n');
    expect(manifest).toHaveLength([...files.keys()].filter((n) => n.includes('/data/')).length);
    for (const line of manifest) {
      const [hash, path] = line.split('  ');
      expect(sha(files.get(`${root}/${path ?? ''}`)!), path).toBe(hash);
    }
    const report = await writer.done;
    expect(report).toMatchObject({ photosWritten: 3, changedPhotos: [], unreadablePhotos: [] });
    expect(calls.at(-1)).toEqual([report.payloadBytes, report.payloadBytes]);

    // A stream shorter than it said fails the pack rather than write a wrong manifest line.
    const short = writePack(
      {
        ...source,
        readPhoto: (id) =>
          id === streamedId
            ? Promise.resolve({ stream: pieces(bytes.slice(1)), size: bytes.byteLength })
            : read(id),
      },
      { appVersion: '0.1.0', now: NOW },
    );
    await expect(collect(short.stream)).rejects.toThrow();
    await expect(short.done).rejects.toThrow();
  });
});
