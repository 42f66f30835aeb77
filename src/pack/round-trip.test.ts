// @vitest-environment node
import Ajv2020 from 'ajv/dist/2020';
import fc from 'fast-check';

import { sha, text, unzipFiles } from '@/testing/bag-tamper';
import { verifyBag } from './bag/bagit-check';
import { bookArb } from '@/testing/pack-arbitraries';
import { collect } from '@/testing/pack-fixtures';
import { readPack } from './read-pack';
import { packJsonSchema } from './schema/schema';
import { selectForExport } from './select';
import { writePack } from './write-pack';

const validate = new Ajv2020({ strict: true }).compile(packJsonSchema());

test('any book survives export and import unchanged, photo bytes and all', async () => {
  await fc.assert(
    fc.asyncProperty(
      bookArb,
      fc.record({
        includeOnlyMe: fc.boolean(),
        includeProtectedPlaces: fc.boolean(),
        includeHiddenPhotos: fc.boolean(),
      }),
      async ({ data, photoBytes }, choices) => {
        const selection = selectForExport(data, choices);
        const writer = writePack(
          { selection, readPhoto: (id) => Promise.resolve(new Blob([photoBytes.get(id)!])) },
          { appVersion: '9.9.9', now: new Date('2026-06-01T08:00:00Z') },
        );
        const zip = await collect(writer.stream);
        expect((await writer.done).changedPhotos).toEqual([]);

        const back = await readPack(new Blob([zip]));
        // structuredClone: fast-check builds null-prototype objects; the values must match exactly.
        expect(back.data).toStrictEqual(structuredClone(selection.data));
        expect(back.report.leftOut).toEqual(selection.leftOut);
        expect([...back.photoBlobs.keys()].sort()).toEqual(
          selection.data.photos.map((p) => p.id).sort(),
        );
        for (const [id, blob] of back.photoBlobs) {
          expect(new Uint8Array(await blob.arrayBuffer())).toEqual(photoBytes.get(id));
        }

        // Independently of the reader: every manifest line against node:crypto, and our checker.
        const files = unzipFiles(zip);
        const root = [...files.keys()][0]!.split('/')[0]!;
        const bagFiles = [...files]
          .filter(([name]) => !name.endsWith('tagmanifest-sha256.txt'))
          .map(([name, bytes]) => ({
            path: name.slice(root.length + 1),
            bytes: bytes.length,
            sha256: sha(bytes),
          }));
        const manifest = text(files, `${root}/manifest-sha256.txt`).trim().split('\n');
        expect(manifest).toHaveLength(bagFiles.filter((f) => f.path.startsWith('data/')).length);
        for (const l of manifest) {
          const [hash, path] = l.split('  ');
          expect(sha(files.get(`${root}/${path ?? ''}`)!)).toBe(hash);
        }
        verifyBag(
          {
            bagit: text(files, `${root}/bagit.txt`),
            bagInfo: text(files, `${root}/bag-info.txt`),
            manifest: text(files, `${root}/manifest-sha256.txt`),
            tagManifest: text(files, `${root}/tagmanifest-sha256.txt`),
          },
          bagFiles,
        );
        const json: unknown = JSON.parse(text(files, `${root}/data/livsbog.json`));
        expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
      },
    ),
    { numRuns: 40 },
  );
});
