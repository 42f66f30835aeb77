// @vitest-environment node
import { readFileSync } from 'node:fs';

import { seal } from '@/crypto';
import { unzipFiles } from '@/testing/bag-tamper';
import { collect, sampleBook, tinyJpeg } from '@/testing/pack-fixtures';
import { exportPack, type ExportJobDeps, type SealedBytes } from './export-job';
import type { PdfPhoto } from './pdf/pdf';
import { memoryPhotoStore, type PdfPhotoStore } from './pdf/pdf-stream';
import { readPack } from './read-pack';

const fonts = {
  regular: new Uint8Array(readFileSync('public/fonts/atkinson-hyperlegible-regular.ttf')),
  bold: new Uint8Array(readFileSync('public/fonts/atkinson-hyperlegible-bold.ttf')),
};
const ALL = { includeOnlyMe: true, includeProtectedPlaces: true, includeHiddenPhotos: true };

async function exportCounting(
  scaleForPdf: ExportJobDeps['scaleForPdf'],
  pdfPhotoStore?: ExportJobDeps['pdfPhotoStore'],
  /** Stored print copies by photo id (issue 16); a photo without one is an old photo. */
  printFor: (photoId: string, n: number) => Uint8Array | undefined = () => undefined,
) {
  const { data, photoBytes } = await sampleBook();
  const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]);
  const opened = new Map<string, number>();
  const prints = new Map(
    data.photos.flatMap((p, n) => {
      const print = printFor(p.id, n);
      return print ? [[p.id, print] as const] : [];
    }),
  );
  const printReads = new Map<string, number>();
  const readSealed = async (id: string, role: string): Promise<SealedBytes> => {
    const aad = `test:${id}:${role}`;
    if (role === 'print') {
      const print = prints.get(id);
      if (!print) throw new Error('not-found');
      printReads.set(id, (printReads.get(id) ?? 0) + 1);
      const sealed = await seal(key, print, aad);
      return { iv: sealed.iv, ct: new Blob([sealed.ct]), aad };
    }
    opened.set(id, (opened.get(id) ?? 0) + 1);
    const sealed = await seal(key, photoBytes.get(id) ?? new Uint8Array(), aad);
    return { iv: sealed.iv, ct: new Blob([sealed.ct]), aad };
  };
  const writer = await exportPack(
    { data, choices: ALL, key, locale: 'da', appVersion: 'test', fonts },
    { readSealed, scaleForPdf, ...(pdfPhotoStore ? { pdfPhotoStore } : {}) },
  );
  const zip = await collect(writer.stream);
  const report = await writer.done;
  return { zip, report, opened, photoBytes, photos: data.photos, prints, printReads };
}

const pdfOf = (zip: Uint8Array) =>
  new TextDecoder('latin1').decode(
    [...unzipFiles(zip).entries()].find(([n]) => n.endsWith('data/livsbog.pdf'))?.[1],
  );
const latin1 = (b: Uint8Array) => new TextDecoder('latin1').decode(b);

describe('exportPack, one pass over the photos', () => {
  it('opens each photo once and feeds the PDF scaler the same bytes as the zip', async () => {
    const scaledFrom = new Map<string, Uint8Array>();
    const { zip, report, opened, photoBytes, photos } = await exportCounting((bytes, p) => {
      scaledFrom.set(p.id, bytes.slice());
      return Promise.resolve({
        bytes: tinyJpeg(16, 12, 7),
        mime: 'image/jpeg',
        width: 16,
        height: 12,
      });
    });
    expect(report.photosWritten).toBe(photos.length);
    expect([...opened.values()].every((n) => n === 1)).toBe(true);
    expect([...opened.keys()].sort()).toEqual(photos.map((p) => p.id).sort());
    for (const p of photos) expect(scaledFrom.get(p.id)).toEqual(photoBytes.get(p.id));

    const back = await readPack(new Blob([zip]));
    expect(back.report.hasPdf).toBe(true);
    const files = unzipFiles(zip);
    const names = [...files.keys()].map((n) => n.split('/').slice(1).join('/'));
    const pdfAt = names.indexOf('data/livsbog.pdf');
    // The PDF is drawn after the last photo, from the copies scaled on the way.
    const media = names.filter((n) => n.startsWith('data/media/'));
    expect(media).toHaveLength(photos.length);
    expect(media.every((n) => names.indexOf(n) < pdfAt)).toBe(true);
    const pdf = [...files.values()][pdfAt]!;
    const images = new TextDecoder('latin1').decode(pdf).match(/\/Subtype\s*\/Image/g) ?? [];
    expect(images.length).toBeGreaterThan(0);
  });

  it('keeps each scaled photo in the PDF photo store, not in memory, and closes it at the end', async () => {
    const held: Uint8Array[] = [];
    let reads = 0;
    let closed = 0;
    const store: PdfPhotoStore = {
      put: (bytes) => {
        const copy = bytes.slice();
        held.push(copy);
        return Promise.resolve({
          size: copy.byteLength,
          read: () => {
            reads += 1;
            return Promise.resolve(copy);
          },
        });
      },
      close: () => {
        closed += 1;
        return Promise.resolve();
      },
    };
    let salt = 0;
    const { zip, report, photos } = await exportCounting(
      () => {
        salt += 1;
        return Promise.resolve({
          bytes: tinyJpeg(16, 12, salt),
          mime: 'image/jpeg',
          width: 16,
          height: 12,
        });
      },
      () => Promise.resolve(store),
    );
    expect(report.photosWritten).toBe(photos.length);
    expect(held).toHaveLength(photos.length);
    expect(reads).toBeGreaterThan(0);
    await Promise.resolve();
    expect(closed).toBe(1);
    // The PDF in the zip carries the stored bytes themselves, read back as it was written.
    const files = unzipFiles(zip);
    const pdf = [...files.entries()].find(([n]) => n.endsWith('data/livsbog.pdf'))?.[1];
    const text = new TextDecoder('latin1').decode(pdf);
    const drawn = held.filter((b) => text.includes(new TextDecoder('latin1').decode(b)));
    expect(drawn).toHaveLength(reads);
    const back = await readPack(new Blob([zip]));
    expect(back.report.hasPdf).toBe(true);
  });

  it('makes no Blob copy of a photo for a scaler that draws nothing', async () => {
    // A Blob of the opened bytes is a whole extra copy of every photo (and, in Chromium, memory
    // held outside the heap until collected): only a scaler that decodes may make one.
    const RealBlob = globalThis.Blob;
    const sizes: number[] = [];
    class CountingBlob extends RealBlob {
      constructor(parts?: BlobPart[], options?: BlobPropertyBag) {
        super(parts, options);
        sizes.push(this.size);
      }
    }
    vi.stubGlobal('Blob', CountingBlob);
    try {
      const { report, photoBytes } = await exportCounting(() => Promise.resolve(null));
      expect(report.photosWritten).toBe(photoBytes.size);
      const clearSizes = new Set([...photoBytes.values()].map((b) => b.byteLength));
      expect(sizes.length).toBeGreaterThan(0);
      expect(sizes.filter((n) => clearSizes.has(n))).toEqual([]);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('leaves a gap in the PDF for a photo the scaler cannot draw, and still packs it', async () => {
    const failing = new Set<string>();
    const { report, photos } = await exportCounting((_bytes, p): Promise<PdfPhoto | null> => {
      failing.add(p.id);
      return Promise.reject(new Error('no decoder'));
    });
    expect(failing.size).toBe(photos.length);
    expect(report.photosWritten).toBe(photos.length);
    expect(report.unreadablePhotos).toEqual([]);
  });
});

describe('exportPack, stored print copies (issue 16)', () => {
  it('draws each photo’s stored print copy and never scales or stores one', async () => {
    const scaler = vi.fn<ExportJobDeps['scaleForPdf']>(() => Promise.resolve(null));
    const storeMade = vi.fn(() => Promise.resolve(memoryPhotoStore()));
    const { zip, report, photos, prints, printReads, opened } = await exportCounting(
      scaler,
      storeMade,
      (_id, n) => tinyJpeg(20, 15, 100 + n),
    );
    expect(report.photosWritten).toBe(photos.length);
    // The original is opened once, for the zip; never decoded for the PDF.
    expect(scaler).not.toHaveBeenCalled();
    expect([...opened.values()].every((n) => n === 1)).toBe(true);
    // No scaled copy, so no temporary file.
    expect(storeMade).not.toHaveBeenCalled();
    const pdf = pdfOf(zip);
    const drawn = [...prints.values()].filter((b) => pdf.includes(latin1(b)));
    expect(drawn.length).toBeGreaterThan(0);
    // Read once for its size and again when the stream writes it: never held meanwhile.
    expect([...printReads.values()].every((n) => n <= 2)).toBe(true);
    expect((await readPack(new Blob([zip]))).report.hasPdf).toBe(true);
  });

  it('scales only the photos that have no print copy (stored before them)', async () => {
    const scaled = new Set<string>();
    const withPrint = new Set<string>();
    const { zip, photos } = await exportCounting(
      (_bytes, p) => {
        scaled.add(p.id);
        return Promise.resolve({
          bytes: tinyJpeg(16, 12, 7),
          mime: 'image/jpeg',
          width: 16,
          height: 12,
        });
      },
      undefined,
      (id, n) => {
        if (n % 2 === 1) return undefined;
        withPrint.add(id);
        return tinyJpeg(20, 15, 200 + n);
      },
    );
    expect(photos.length).toBeGreaterThan(1);
    expect(withPrint.size).toBeGreaterThan(0);
    expect([...scaled].sort()).toEqual(
      photos
        .map((p) => p.id)
        .filter((id) => !withPrint.has(id))
        .sort(),
    );
    expect((await readPack(new Blob([zip]))).report.hasPdf).toBe(true);
  });
});
