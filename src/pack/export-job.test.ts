// @vitest-environment node
import { readFileSync } from 'node:fs';

import { seal } from '@/crypto';
import { unzipFiles } from '@/testing/bag-tamper';
import { collect, sampleBook, tinyJpeg } from '@/testing/pack-fixtures';
import { exportPack, type ExportJobDeps, type SealedBytes } from './export-job';
import type { PdfPhoto } from './pdf/pdf';
import { readPack } from './read-pack';

const fonts = {
  regular: new Uint8Array(readFileSync('public/fonts/atkinson-hyperlegible-regular.ttf')),
  bold: new Uint8Array(readFileSync('public/fonts/atkinson-hyperlegible-bold.ttf')),
};
const ALL = { includeOnlyMe: true, includeProtectedPlaces: true, includeHiddenPhotos: true };

async function exportCounting(scaleForPdf: ExportJobDeps['scaleForPdf']) {
  const { data, photoBytes } = await sampleBook();
  const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]);
  const opened = new Map<string, number>();
  const readSealed = async (id: string): Promise<SealedBytes> => {
    opened.set(id, (opened.get(id) ?? 0) + 1);
    const aad = `test:${id}`;
    const sealed = await seal(key, photoBytes.get(id) ?? new Uint8Array(), aad);
    return { iv: sealed.iv, ct: new Blob([sealed.ct]), aad };
  };
  const writer = await exportPack(
    { data, choices: ALL, key, locale: 'da', appVersion: 'test', fonts },
    { readSealed, scaleForPdf },
  );
  const zip = await collect(writer.stream);
  return { zip, report: await writer.done, opened, photoBytes, photos: data.photos };
}

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
