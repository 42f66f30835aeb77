// @vitest-environment node
import { PDFDocument } from '@cantoo/pdf-lib';

import { tinyJpeg } from './pack-fixtures';
import { expectQpdfAccepts, hasQpdf, imageStreams } from './pdf-checks';

async function pdfWithPictures(count: number): Promise<PDFDocument> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([200, 200]);
  for (let i = 0; i < count; i += 1) {
    const image = await doc.embedJpg(tinyJpeg(20, 10, i));
    page.drawImage(image, { x: 10 * i, y: 10, width: 20, height: 10 });
  }
  return doc;
}

describe('imageStreams', () => {
  it('finds each embedded picture and nothing else', async () => {
    expect(imageStreams(await pdfWithPictures(0))).toEqual([]);
    const doc = await PDFDocument.load(await (await pdfWithPictures(2)).save());
    const images = imageStreams(doc);
    expect(images).toHaveLength(2);
    expect(images.map((i) => [...i.contents].slice(0, 2))).toEqual([
      [0xff, 0xd8],
      [0xff, 0xd8],
    ]);
  });
});

describe.skipIf(!hasQpdf)('expectQpdfAccepts', () => {
  it('passes a PDF pdf-lib wrote', async () => {
    expectQpdfAccepts(await (await pdfWithPictures(0)).save());
  });

  it('fails on bytes that are no PDF', () => {
    expect(() => {
      expectQpdfAccepts(new TextEncoder().encode('not a pdf'));
    }).toThrow();
  });
});
