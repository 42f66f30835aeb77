/**
 * A pdf-lib document written as a stream whose photos are read only as the stream reaches
 * them. pdf-lib serialises a document into one array and holds every embedded image until
 * then, so a book's PDF costs memory in proportion to its photos. Here each stored photo is
 * embedded as a stub of its size (a JPEG header: pdf-lib needs the width, height and colours),
 * and the writer below puts the stored bytes where the stub's would go. The layout is the
 * classic one (objects, then a cross-reference table and the trailer), offsets counted from
 * the sizes pdf-lib reports, so the file is known to the byte before it is written.
 */
import {
  PDFCrossRefSection,
  PDFName,
  PDFNumber,
  PDFTrailer,
  PDFTrailerDict,
  type PDFDocument,
  type PDFObject,
  type PDFRef,
  PDFStream,
} from '@cantoo/pdf-lib';

/** A photo's print-size JPEG kept outside memory until the PDF's stream reaches it. */
export interface StoredBytes {
  size: number;
  read: () => Promise<Uint8Array>;
}

/** Where the PDF's print-size photos wait, out of the heap, from their scaling to the end. */
export interface PdfPhotoStore {
  put: (bytes: Uint8Array) => Promise<StoredBytes>;
  /** Frees what the store holds; called once, when the export ends in any way. */
  close: () => Promise<void>;
}

/** The store the pack uses when none is given: the bytes stay in memory, as they always did. */
export function memoryPhotoStore(): PdfPhotoStore {
  return {
    put: (bytes) => Promise.resolve({ size: bytes.byteLength, read: () => Promise.resolve(bytes) }),
    close: () => Promise.resolve(),
  };
}

/** Start-of-frame markers pdf-lib reads a JPEG's size and colours from. */
function isFrame(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}

/**
 * A JPEG's start and frame header alone, copied from the JPEG itself: all pdf-lib reads to
 * embed one (size, bits and colours), as a stub whose bytes never reach the file. Undefined
 * when no frame header is found where the segments say it is.
 */
export function jpegFrame(jpeg: Uint8Array): Uint8Array | undefined {
  if (jpeg[0] !== 0xff || jpeg[1] !== 0xd8) return undefined;
  let at = 2;
  while (at + 4 <= jpeg.byteLength && jpeg[at] === 0xff) {
    const marker = jpeg[at + 1] ?? 0;
    const length = ((jpeg[at + 2] ?? 0) << 8) | (jpeg[at + 3] ?? 0);
    if (isFrame(marker)) {
      if (at + 2 + length > jpeg.byteLength) return undefined;
      const frame = new Uint8Array(4 + length + 2);
      frame.set([0xff, 0xd8]);
      frame.set(jpeg.subarray(at, at + 2 + length), 2);
      frame.set([0xff, 0xd9], 4 + length);
      return frame;
    }
    at += 2 + length;
  }
  return undefined;
}

type Part = Uint8Array | StoredBytes;

const ascii = (s: string) => new TextEncoder().encode(s);

function objectBytes(ref: PDFRef, object: PDFObject): Uint8Array {
  const head = ascii(`${String(ref.objectNumber)} ${String(ref.generationNumber)} obj\n`);
  const tail = ascii('\nendobj\n\n');
  const out = new Uint8Array(head.byteLength + object.sizeInBytes() + tail.byteLength);
  out.set(head);
  const end = head.byteLength + object.copyBytesInto(out, head.byteLength);
  out.set(tail, end);
  return out;
}

/** A stub image object with the stored bytes as its contents: three parts, the middle read late. */
function storedObject(ref: PDFRef, stub: PDFObject, stored: StoredBytes): Part[] {
  if (!(stub instanceof PDFStream)) throw new Error('a stored photo is not an image stream');
  stub.dict.set(PDFName.of('Length'), PDFNumber.of(stored.size));
  const dict = new Uint8Array(stub.dict.sizeInBytes());
  stub.dict.copyBytesInto(dict, 0);
  const head = ascii(`${String(ref.objectNumber)} ${String(ref.generationNumber)} obj\n`);
  return [head, dict, ascii('\nstream\n'), stored, ascii('\nendstream\nendobj\n\n')];
}

function sizeOf(part: Part): number {
  return part instanceof Uint8Array ? part.byteLength : part.size;
}

/** The document's parts in file order; `stored` maps an image's object number to its bytes. */
async function documentParts(
  doc: PDFDocument,
  stored: ReadonlyMap<number, StoredBytes>,
): Promise<Part[]> {
  if (doc.getPageCount() === 0) doc.addPage();
  await doc.flush();
  const { context } = doc;
  const header = new Uint8Array(context.header.sizeInBytes() + 2);
  context.header.copyBytesInto(header, 0);
  header.set(ascii('\n\n'), header.byteLength - 2);
  const parts: Part[] = [header];
  let offset = header.byteLength;
  const xref = PDFCrossRefSection.create();
  for (const [ref, object] of context.enumerateIndirectObjects()) {
    xref.addEntry(ref, offset);
    const photo = stored.get(ref.objectNumber);
    const own = photo ? storedObject(ref, object, photo) : [objectBytes(ref, object)];
    for (const part of own) offset += sizeOf(part);
    parts.push(...own);
  }
  const { trailerInfo } = context;
  const trailerDict = PDFTrailerDict.of(
    context.obj({
      Size: context.largestObjectNumber + 1,
      Root: trailerInfo.Root,
      Encrypt: trailerInfo.Encrypt,
      Info: trailerInfo.Info,
      ID: trailerInfo.ID,
    }),
  );
  const trailer = PDFTrailer.forLastCrossRefSectionOffset(offset);
  const end = new Uint8Array(
    xref.sizeInBytes() + 1 + trailerDict.sizeInBytes() + 2 + trailer.sizeInBytes(),
  );
  let at = xref.copyBytesInto(end, 0);
  end[at++] = 0x0a;
  at += trailerDict.copyBytesInto(end, at);
  end.set([0x0a, 0x0a], at);
  trailer.copyBytesInto(end, at + 2);
  parts.push(end);
  return parts;
}

/**
 * The document as a stream of known size: the text and drawing objects are serialised now
 * (they are small), each stored photo is read when the stream reaches it and dropped after.
 */
export async function pdfStream(
  doc: PDFDocument,
  stored: ReadonlyMap<number, StoredBytes>,
): Promise<{ stream: ReadableStream<Uint8Array>; size: number }> {
  const parts = await documentParts(doc, stored);
  const size = parts.reduce((sum, p) => sum + sizeOf(p), 0);
  let next = 0;
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const part = parts[next];
      if (!part) {
        controller.close();
        return;
      }
      // Let go of each part as it leaves: a read photo is not kept to the end.
      parts[next] = new Uint8Array(0);
      next += 1;
      const bytes = part instanceof Uint8Array ? part : await part.read();
      if (bytes.byteLength !== sizeOf(part)) throw new Error('a stored photo changed its size');
      controller.enqueue(bytes);
    },
  });
  return { stream, size };
}
