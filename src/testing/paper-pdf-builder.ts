/**
 * PDFs as people's papers arrive, made with pdf-lib so tests can prove what the paper cleaner
 * removes and refuses: an Info dictionary naming a person, XMP metadata, a phone photo with GPS
 * inside, JavaScript, actions, embedded files, films and XFA forms. Test code only; every name
 * and place here is made up.
 */
import { PDFDocument, PDFName, PDFString, StandardFonts, type PDFDict } from '@cantoo/pdf-lib';

export const INFO_AUTHOR = 'Mor Testesen';
export const INFO_TITLE = 'Skoleudtalelse Testby Skole';
export const XMP_MARKER = 'xmp-creator-Testby-Kommune';

/** A small XMP packet, as Word or a scanner writes it. */
export function xmpPacket(): string {
  return `<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/"><dc:creator>${INFO_AUTHOR}</dc:creator><xmp:CreatorTool>${XMP_MARKER}</xmp:CreatorTool></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>`;
}

export interface PaperPdfOptions {
  pages?: number;
  /** A JPEG drawn on the first page (embedded as it is, EXIF and all). */
  jpeg?: Uint8Array;
  /** Changes to the document before it is saved (add the dangerous parts here). */
  edit?: (doc: PDFDocument) => void | Promise<void>;
  useObjectStreams?: boolean;
}

/** A letter with an Info dictionary, XMP metadata on the catalog and on a page, and text. */
export async function paperPdf(opts: PaperPdfOptions = {}): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(INFO_TITLE);
  doc.setAuthor(INFO_AUTHOR);
  doc.setSubject('Udtalelse');
  doc.setKeywords(['skole', 'Testby']);
  doc.setCreator('Testord 2026');
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const image = opts.jpeg ? await doc.embedJpg(opts.jpeg) : undefined;
  for (let i = 0; i < (opts.pages ?? 2); i += 1) {
    const page = doc.addPage([595, 842]);
    page.drawText(`Side ${i + 1}: Kaere Testbarn`, { x: 50, y: 780, size: 14, font });
    if (i === 0 && image) page.drawImage(image, { x: 50, y: 400, width: 200, height: 150 });
  }
  const ctx = doc.context;
  const xmp = ctx.stream(xmpPacket(), { Type: 'Metadata', Subtype: 'XML' });
  doc.catalog.set(PDFName.of('Metadata'), ctx.register(xmp));
  doc.getPage(0).node.set(PDFName.of('Metadata'), ctx.register(ctx.stream(xmpPacket(), {})));
  doc.catalog.set(PDFName.of('PieceInfo'), ctx.obj({ Testord: { Private: 'Testby-private' } }));
  await opts.edit?.(doc);
  return doc.save({ useObjectStreams: opts.useObjectStreams ?? false });
}

function addAnnot(doc: PDFDocument, annot: PDFDict) {
  const ctx = doc.context;
  annot.set(PDFName.of('Type'), PDFName.of('Annot'));
  annot.set(PDFName.of('Rect'), ctx.obj([50, 50, 200, 80]));
  doc.getPage(0).node.set(PDFName.of('Annots'), ctx.obj([ctx.register(annot)]));
}

function uriLink(doc: PDFDocument, uri: string) {
  addAnnot(doc, doc.context.obj({ Subtype: 'Link', A: { S: 'URI', URI: PDFString.of(uri) } }));
}

function setNames(doc: PDFDocument, key: string, tree: PDFDict) {
  doc.catalog.set(PDFName.of('Names'), doc.context.obj({ [key]: tree }));
}

/** The dangerous parts, one per edit (for `paperPdf({ edit })`). */
export const dangers = {
  openActionJs: (doc: PDFDocument) => {
    doc.catalog.set(
      PDFName.of('OpenAction'),
      doc.context.obj({ Type: 'Action', S: 'JavaScript', JS: PDFString.of('app.alert(1)') }),
    );
  },
  jsNameTree: (doc: PDFDocument) => {
    const action = doc.context.register(
      doc.context.obj({ S: 'JavaScript', JS: PDFString.of('this.print()') }),
    );
    setNames(doc, 'JavaScript', doc.context.obj({ Names: [PDFString.of('x'), action] }));
  },
  embeddedFile: async (doc: PDFDocument) => {
    await doc.attach(new TextEncoder().encode('hemmelig fil'), 'hemmelig.txt', {
      mimeType: 'text/plain',
    });
  },
  fileAttachmentAnnot: (doc: PDFDocument) => {
    addAnnot(doc, doc.context.obj({ Subtype: 'FileAttachment', FS: PDFString.of('hemmelig.txt') }));
  },
  launch: (doc: PDFDocument) => {
    addAnnot(
      doc,
      doc.context.obj({ Subtype: 'Link', A: { S: 'Launch', F: PDFString.of('calc.exe') } }),
    );
  },
  submitForm: (doc: PDFDocument) => {
    addAnnot(
      doc,
      doc.context.obj({
        Subtype: 'Link',
        A: { S: 'SubmitForm', F: { FS: 'URL', F: PDFString.of('https://example.invalid/') } },
      }),
    );
  },
  pageAdditionalActions: (doc: PDFDocument) => {
    doc.getPage(0).node.set(PDFName.of('AA'), doc.context.obj({ O: { S: 'Named', N: 'Print' } }));
  },
  fileLink: (doc: PDFDocument) => {
    uriLink(doc, 'file:///etc/passwd');
  },
  javascriptLink: (doc: PDFDocument) => {
    uriLink(doc, 'javascript:alert(1)');
  },
  richMedia: (doc: PDFDocument) => {
    addAnnot(doc, doc.context.obj({ Subtype: 'RichMedia' }));
  },
  xfa: (doc: PDFDocument) => {
    const xfa = doc.context.register(doc.context.stream('<xdp:xdp/>'));
    doc.catalog.set(PDFName.of('AcroForm'), doc.context.obj({ Fields: [], XFA: xfa }));
  },
  /** Harmless: a web link and a link to page 2. */
  links: (doc: PDFDocument) => {
    const ctx = doc.context;
    const web = ctx.register(
      ctx.obj({
        Type: 'Annot',
        Subtype: 'Link',
        Rect: [50, 50, 200, 80],
        A: { S: 'URI', URI: PDFString.of('https://example.org/Info/JS') },
      }),
    );
    const inner = ctx.register(
      ctx.obj({
        Type: 'Annot',
        Subtype: 'Link',
        Rect: [50, 90, 200, 120],
        Dest: [doc.getPage(1).ref, PDFName.of('Fit')],
      }),
    );
    doc.getPage(0).node.set(PDFName.of('Annots'), ctx.obj([web, inner]));
    doc.catalog.set(PDFName.of('OpenAction'), ctx.obj([doc.getPage(0).ref, PDFName.of('Fit')]));
  },
  /** An object nothing refers to, holding script: not part of the document. */
  orphanScript: (doc: PDFDocument) => {
    doc.context.register(doc.context.obj({ S: 'JavaScript', JS: PDFString.of('orphan()') }));
  },
} as const;
