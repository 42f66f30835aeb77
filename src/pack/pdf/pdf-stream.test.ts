// @vitest-environment node
import { readFileSync } from 'node:fs';

import { PDFDocument } from '@cantoo/pdf-lib';

import { collect, sampleBook, tinyJpeg } from '@/testing/pack-fixtures';
import { expectQpdfAccepts, hasQpdf, imageStreams } from '@/testing/pdf-checks';
import { buildBookPdf, streamBookPdf, type StoredPdfPhoto } from './pdf';
import { jpegFrame, type StoredBytes } from './pdf-stream';
import { selectForExport } from '../select';

const fonts = {
  regular: new Uint8Array(readFileSync('public/fonts/atkinson-hyperlegible-regular.ttf')),
  bold: new Uint8Array(readFileSync('public/fonts/atkinson-hyperlegible-bold.ttf')),
};

describe('jpegFrame', () => {
  it('keeps only the start and the frame header, with the size and colours pdf-lib reads', async () => {
    const jpeg = tinyJpeg(30, 40, 9);
    const frame = jpegFrame(jpeg);
    expect(frame).toBeDefined();
    expect([...(frame ?? [])].slice(0, 4)).toEqual([0xff, 0xd8, 0xff, 0xc0]);
    expect(frame?.byteLength).toBeLessThan(jpeg.byteLength);
    const doc = await PDFDocument.create();
    const image = await doc.embedJpg(frame ?? new Uint8Array());
    expect([image.width, image.height]).toEqual([30, 40]);
  });

  it('finds no frame in what is not a JPEG or has none', () => {
    expect(jpegFrame(new Uint8Array([0x89, 0x50, 0x4e, 0x47]))).toBeUndefined();
    expect(jpegFrame(new Uint8Array([0xff, 0xd8, 0xff, 0xd9]))).toBeUndefined();
  });
});

/** A real 32×24 baseline JPEG (ffmpeg's test picture), so qpdf decodes what the PDF holds. */
const REAL_JPEG = Uint8Array.from(
  atob(
    '/9j/4AAQSkZJRgABAgAAAQABAAD//gAQTGF2YzU5LjM3LjEwMAD/2wBDAAgQEBMQExYWFhYWFhoYGhsbGxoaGhobGxsdHR0iIiIdHR0bGx0dICAiIiUmJSMjIiMmJigoKDAwLi44ODpFRVP/xACAAAEBAQEBAAAAAAAAAAAAAAAFBwYCAwEBAQEBAAAAAAAAAAAAAAAABQIHBhAAAQEFBgMHBQEBAAAAAAAAAQIAEgMFEYJDITHBBDMyUSOzImEVEzWyhHOBdEEGEQACAgEEAQMFAQAAAAAAAAACAQMRBAAFMSESYVEUQRNScYEk/8AAEQgAGAAgAwEiAAIRAAMRAP/aAAwDAQACEQMRAD8Aw0g2R3BiLWCIYKRWhotQqSkHLAEFVMQCOrcTLH27WjbX/m/jj/VF7qC2JmN3a0butnARJkl2XL/SJavHyJZY9yiIrCBYqjH8fMiMv63y/Re2rzMbu1oxMgmQXEO2intFJehqJHjCM04mpXRVRQGqQScmWmN3a0aUyf5nYfcdwpsI2cmlSfRcr3pk9RjQxyHuhkKZxPEYF9RZCQun6p01xpWS7yXwoJghboeeoRE51gCrxHRI/wBoKN47n0x5Pu5Yu8byry/rNphLryzqzsxu7WjaXtOI5ciT/TlChY0Iy0Pab4rSmbhxzYh5AkcBGgZqFoBOpWK8lTbpcW+tUmaepPod5amnCywrnj0YrY7DeKVD3O3h9pDBKVPIFHwUnwrNDUVzHmGosxu7WjISXgD8cL6SwG35iyYTXxsWPxHooovEuyrm3oHCyTw5pokhkRSQgTlTIjX2ZDXk7VtMVV8K9f/Z',
  ),
  (c) => c.charCodeAt(0),
);

/** The real JPEG made unique by a comment segment right after its start. */
function realJpeg(salt: number): Uint8Array {
  const out = new Uint8Array(REAL_JPEG.byteLength + 5);
  out.set(REAL_JPEG.subarray(0, 2));
  out.set([0xff, 0xfe, 0x00, 0x03, salt & 0xff], 2);
  out.set(REAL_JPEG.subarray(2), 7);
  return out;
}

/** Each photo as a stored JPEG whose reads are counted. */
function storedPhotos(ids: readonly string[]) {
  const reads = new Map<string, number>();
  const bytes = new Map(ids.map((id, i) => [id, realJpeg(i + 1)]));
  const photoFor = (id: string): Promise<StoredPdfPhoto | null> => {
    const jpeg = bytes.get(id);
    if (!jpeg) return Promise.resolve(null);
    const stored: StoredBytes = {
      size: jpeg.byteLength,
      read: () => {
        reads.set(id, (reads.get(id) ?? 0) + 1);
        return Promise.resolve(jpeg);
      },
    };
    return Promise.resolve({ stored, frame: jpegFrame(jpeg) ?? new Uint8Array() });
  };
  return { reads, bytes, photoFor };
}

describe('streamBookPdf', () => {
  it('reads each stored photo only when the stream reaches it, into a PDF pdf-lib and qpdf accept', async () => {
    const { data } = await sampleBook();
    const book = selectForExport(data).data;
    const { reads, bytes, photoFor } = storedPhotos(book.photos.map((p) => p.id));
    const { stream, size } = await streamBookPdf(book, {
      locale: 'en',
      fonts,
      photoForPdf: photoFor,
    });
    expect(reads.size).toBe(0);
    const pdf = await collect(stream);
    expect(pdf.byteLength).toBe(size);
    // Every photo the book draws was read once, as its own bytes.
    expect(reads.size).toBeGreaterThan(0);
    expect([...reads.values()].every((n) => n === 1)).toBe(true);

    const back = await PDFDocument.load(pdf);
    const images = imageStreams(back);
    const read = [...reads.keys()].map((id) => [...(bytes.get(id) ?? [])]);
    expect(images.map((i) => [...i.contents]).sort()).toEqual(read.sort());

    if (hasQpdf) expectQpdfAccepts(pdf);
  });

  it('lays out the same pages as the PDF in one array', async () => {
    const { data } = await sampleBook();
    const book = selectForExport(data).data;
    const now = new Date('2026-06-02T08:00:00Z');
    const streamed = storedPhotos(book.photos.map((p) => p.id));
    const whole = storedPhotos(book.photos.map((p) => p.id));
    const { stream } = await streamBookPdf(book, {
      locale: 'en',
      fonts,
      now,
      photoForPdf: streamed.photoFor,
    });
    const a = await PDFDocument.load(await collect(stream));
    const b = await PDFDocument.load(
      await buildBookPdf(book, { locale: 'en', fonts, now, photoForPdf: whole.photoFor }),
    );
    expect(a.getPageCount()).toBe(b.getPageCount());
    expect(a.getPages().map((p) => p.getSize())).toEqual(b.getPages().map((p) => p.getSize()));
  });
});
