import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { PDFArray, PDFDict, PDFDocument, PDFName, PDFString } from '@cantoo/pdf-lib';
import exifr from 'exifr';

import { MEDIA_LIMITS } from '@/domain';
import { withEverything } from '@/testing/exif-builder';
import { withTempDir } from '@/testing/media-tools';
import { hasQpdf, imageStreams } from '@/testing/pdf-checks';
import {
  INFO_AUTHOR,
  INFO_TITLE,
  XMP_MARKER,
  dangers,
  paperPdf,
} from '@/testing/paper-pdf-builder';

import { PaperError, type PaperFailure } from './paper-failure';
import { cleanPdf } from './pdf-clean';
import { findRefusedName } from './pdf-names';

const hasExiftool = spawnSync('exiftool', ['-ver']).status === 0;
const dir = withTempDir('livsbog-paper-');

const latin1 = (b: Uint8Array) => new TextDecoder('latin1').decode(b);

async function reasonOf(bytes: Uint8Array): Promise<PaperFailure | 'accepted'> {
  try {
    await cleanPdf(bytes);
    return 'accepted';
  } catch (e) {
    if (e instanceof PaperError) return e.reason;
    throw e;
  }
}

/** qpdf, the independent reader: the file's check, its page count and every object as JSON. */
function qpdf(bytes: Uint8Array, name: string) {
  const file = join(dir(), name);
  writeFileSync(file, bytes);
  const check = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
  const pages = spawnSync('qpdf', ['--show-npages', file], { encoding: 'utf8' });
  const json = spawnSync('qpdf', ['--json=2', '--json-key=qpdf', file], { encoding: 'utf8' });
  const parsed = JSON.parse(json.stdout) as { qpdf: [unknown, Record<string, unknown>] };
  return { check, pages: Number(pages.stdout.trim()), objects: parsed.qpdf[1] };
}

const photo = () =>
  new Uint8Array(
    readFileSync(
      resolve(
        import.meta.dirname,
        '../../../../shared/fixtures/photos/orientation/Landscape_1.jpg',
      ),
    ),
  );

describe('cleanPdf: what a paper keeps and loses', () => {
  it('removes Info, XMP and private data, keeps the pages (qpdf as the checker)', async () => {
    const dirty = await paperPdf({ pages: 3 });
    expect(latin1(dirty)).toContain(INFO_AUTHOR);
    expect(latin1(dirty)).toContain(XMP_MARKER);
    const clean = await cleanPdf(dirty);
    expect(clean.pageCount).toBe(3);
    expect([clean.width, clean.height]).toEqual([595, 842]);
    const text = latin1(clean.bytes);
    for (const gone of [INFO_AUTHOR, INFO_TITLE, XMP_MARKER, 'Testby-private', 'pdf-lib'])
      expect(text).not.toContain(gone);
    if (!hasQpdf) return;
    const q = qpdf(clean.bytes, 'clean.pdf');
    expect(q.check.status).toBe(0);
    expect(q.pages).toBe(3);
    const trailer = (q.objects.trailer as { value: Record<string, unknown> }).value;
    expect(Object.keys(trailer)).not.toContain('/Info');
    expect(Object.keys(trailer)).not.toContain('/ID');
    const all = JSON.stringify(q.objects);
    for (const key of ['/Metadata', '/PieceInfo', '/Author', '/Producer', '/CreationDate'])
      expect(all).not.toContain(`"${key}"`);
  });

  it('keeps web links and links inside the paper; reopens with the same pages', async () => {
    const clean = await cleanPdf(await paperPdf({ edit: dangers.links }));
    const again = await PDFDocument.load(clean.bytes, { updateMetadata: false });
    expect(again.getPageCount()).toBe(2);
    expect(latin1(clean.bytes)).toContain('https://example.org/Info/JS');
  });

  it('drops objects nothing refers to, script in them included', async () => {
    const dirty = await paperPdf({ edit: dangers.orphanScript });
    expect(latin1(dirty)).toContain('orphan()');
    const clean = await cleanPdf(dirty);
    expect(latin1(clean.bytes)).not.toContain('orphan()');
  });

  it('takes EXIF, XMP and comments out of a phone photo inside the PDF', async () => {
    const dirty = await paperPdf({ jpeg: withEverything(photo()) });
    expect(latin1(dirty)).toContain('Testby-XMP');
    const clean = await cleanPdf(dirty);
    const again = await PDFDocument.load(clean.bytes, { updateMetadata: false });
    const jpegs = imageStreams(again);
    expect(jpegs).toHaveLength(1);
    const picture = jpegs[0]!.contents;
    expect(await exifr.gps(picture).catch(() => undefined)).toBeUndefined();
    for (const gone of ['Testby-XMP', 'Testby-IPTC', 'SERIAL-0042', 'Testvej 12'])
      expect(latin1(clean.bytes)).not.toContain(gone);
    if (hasQpdf) expect(qpdf(clean.bytes, 'photo.pdf').check.status).toBe(0);
  });

  it('cleans a clean paper to the same bytes (export, import, export stays identical)', async () => {
    for (const dirty of [
      await paperPdf({ jpeg: withEverything(photo()), edit: dangers.links }),
      await paperPdf({ useObjectStreams: true, pages: 5 }),
    ]) {
      const once = await cleanPdf(dirty);
      const twice = await cleanPdf(once.bytes);
      expect(twice.pageCount).toBe(once.pageCount);
      expect(Buffer.from(twice.bytes).equals(Buffer.from(once.bytes))).toBe(true);
    }
  });

  it.runIf(hasExiftool)(
    'drops an earlier revision exiftool left behind (exiftool checks)',
    async () => {
      // exiftool writes PDF metadata as an incremental update: the old Info stays in the file.
      const file = join(dir(), 'exiftool.pdf');
      writeFileSync(file, await paperPdf());
      const tags = [
        '-Author=Far Testesen',
        '-XMP-dc:Creator=Far XMP',
        '-XMP-photoshop:City=Testby-By',
      ];
      expect(spawnSync('exiftool', ['-q', '-q', '-overwrite_original', ...tags, file]).status).toBe(
        0,
      );
      const dirty = readFileSync(file);
      expect(latin1(dirty)).toContain(INFO_AUTHOR); // the first revision's Info, still there
      const clean = await cleanPdf(dirty);
      for (const gone of [INFO_AUTHOR, 'Far Testesen', 'Far XMP', 'Testby-By'])
        expect(latin1(clean.bytes)).not.toContain(gone);
      writeFileSync(file, clean.bytes);
      const read = spawnSync('exiftool', ['-j', '-PDF:all', '-XMP:all', file], {
        encoding: 'utf8',
      });
      const [found] = JSON.parse(read.stdout) as Record<string, unknown>[];
      expect(Object.keys(found ?? {}).sort()).toEqual(
        ['Linearized', 'PageCount', 'PDFVersion', 'SourceFile'].sort(),
      );
    },
  );

  it('finds the PDF behind a few stray bytes before its header', async () => {
    const dirty = await paperPdf();
    const junk = new Uint8Array([0x0a, 0x20, ...dirty]);
    expect((await cleanPdf(junk)).pageCount).toBe(2);
  });
});

describe('cleanPdf: what a paper may not hold', () => {
  const cases: [keyof typeof dangers, PaperFailure][] = [
    ['openActionJs', 'javascript'],
    ['jsNameTree', 'javascript'],
    ['javascriptLink', 'javascript'],
    ['embeddedFile', 'embedded-files'],
    ['fileAttachmentAnnot', 'embedded-files'],
    ['launch', 'actions'],
    ['submitForm', 'actions'],
    ['pageAdditionalActions', 'actions'],
    ['fileLink', 'actions'],
    ['richMedia', 'rich-media'],
    ['xfa', 'xfa'],
  ];
  it.each(cases)('%s is refused as %s', async (danger, reason) => {
    expect(await reasonOf(await paperPdf({ edit: dangers[danger] }))).toBe(reason);
  });

  it('finds script hidden in a compressed object stream', async () => {
    const dirty = await paperPdf({
      useObjectStreams: true,
      edit: (doc) => {
        const js = doc.context.obj({ S: 'JavaScript', JS: PDFString.of('app.alert(1)') });
        doc.catalog.set(PDFName.of('OpenAction'), doc.context.register(js));
      },
    });
    expect(latin1(dirty)).not.toContain('/JavaScript'); // not visible to a byte grep
    expect(await reasonOf(dirty)).toBe('javascript');
  });

  it('reads names written with #-escapes (/J#53 is /JS)', async () => {
    const dirty = latin1(await paperPdf({ edit: dangers.openActionJs }));
    const escaped = dirty.replace('/JS ', '/J#53 ').replace('/JavaScript', '/J#61vaScript');
    const bytes = Uint8Array.from(escaped, (c) => c.charCodeAt(0));
    expect(await reasonOf(bytes)).toBe('javascript');
    expect(findRefusedName(bytes)).toBe('javascript');
  });

  it('the byte net ignores names inside strings and stream data', () => {
    const ok = new TextEncoder().encode(
      '%PDF-1.7\n1 0 obj\n<< /URI (http://x.org/JS) /T <2F4A53> /Length 4 >>\nstream\n/JS \nendstream\nendobj\n',
    );
    expect(findRefusedName(ok)).toBeUndefined();
    expect(findRefusedName(new TextEncoder().encode('<< /S /Launch >>'))).toBe('actions');
  });

  it.runIf(hasQpdf)('refuses encrypted PDFs, with and without a password to open', async () => {
    const plain = join(dir(), 'plain.pdf');
    writeFileSync(plain, await paperPdf());
    for (const user of ['hemmelig', '']) {
      const out = join(dir(), `locked-${user || 'empty'}.pdf`);
      const r = spawnSync('qpdf', ['--encrypt', user, 'owner', '256', '--', plain, out]);
      expect(r.status).toBe(0);
      expect(await reasonOf(readFileSync(out))).toBe('encrypted');
    }
  });

  it('refuses more pages than the limit, empty files, other files and damaged PDFs', async () => {
    expect(await reasonOf(await paperPdf({ pages: MEDIA_LIMITS.paperPages + 1 }))).toBe(
      'too-many-pages',
    );
    expect(await reasonOf(new Uint8Array())).toBe('empty');
    expect(await reasonOf(new TextEncoder().encode('Kære mor, tak for brevet.'))).toBe(
      'not-a-paper',
    );
    expect(await reasonOf(new TextEncoder().encode('%PDF-1.7\n1 0 obj\n<< /Ty'))).toMatch(
      /^(corrupt|no-pages)$/,
    );
    const dirty = await paperPdf();
    expect(await reasonOf(dirty.subarray(0, dirty.length / 3))).toMatch(/^(corrupt|no-pages)$/);
  });

  it('refuses a page tree that contains itself, without hanging', async () => {
    const dirty = await paperPdf({
      edit: (doc) => {
        const pages = doc.catalog.get(PDFName.of('Pages'));
        const kids = doc.catalog.lookup(PDFName.of('Pages'), PDFDict).lookup(PDFName.of('Kids'), PDFArray); // prettier-ignore
        if (pages) kids.push(pages);
      },
    });
    expect(await reasonOf(dirty)).toBe('corrupt');
  });

  it('refuses a file over the byte limit before reading it', async () => {
    const big = new Uint8Array(MEDIA_LIMITS.paperBytes + 1);
    big.set(new TextEncoder().encode('%PDF-1.7\n'));
    expect(await reasonOf(big)).toBe('too-large');
  });
});
