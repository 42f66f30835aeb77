/** The sections of livsbog.pdf, in the same order and words as index.html (outline.ts). */
import { rgb, type PDFImage } from '@cantoo/pdf-lib';

import { mediaKindOf, type Entry, type Person } from '@/domain';
import { coverColour } from '../html/html-style';
import { localDay } from '../names';
import type { BookOutline } from './outline';
import { A4, INK, MARGIN, MUTED, type PdfFlow } from './pdf-flow';
import { layoutPhotoGrid, type GridCell } from './photo-grid';
import { hex } from './pdf-network';
import { clean, wrapText } from './pdf-text';
import {
  authorText,
  dateText,
  entryTitle,
  entryWhen,
  feelingName,
  isoDayText,
  likePictures,
  linkText,
  mediaFacts,
  mediaTitle,
  namesOf,
  relationText,
  subKindText,
  type DocText,
} from '../strings/strings';
import type { BookData } from '../types';

export interface PdfContext {
  flow: PdfFlow;
  t: DocText;
  outline: BookOutline;
  data: BookData;
  now: Date;
  /** Embedded images of these photos, in order; photos the caller could not provide are skipped. */
  images: (photoIds: readonly string[]) => Promise<PDFImage[]>;
}

/** Largest side of the child's photo on the cover, and its white frame. */
const COVER_PHOTO = 300;
const PAPER = hex('#fff8ef');

export async function coverPage(ctx: PdfContext): Promise<void> {
  const { flow, t, data } = ctx;
  const page = flow.newPage();
  // The cover colour fills the whole cover, as the app's cover does.
  page.drawRectangle({
    x: 0,
    y: 0,
    width: A4[0],
    height: A4[1],
    color: hex(coverColour(data.book.cover.colour)),
  });
  const { photoId } = data.book.details.meNow;
  const [photo] = photoId ? await ctx.images([photoId]) : [];
  let y = A4[1] * 0.62;
  if (photo) {
    const box = COVER_PHOTO;
    const scale = Math.min(box / photo.width, box / photo.height);
    const w = photo.width * scale;
    const h = photo.height * scale;
    const top = A4[1] - MARGIN - 40;
    page.drawRectangle({
      x: (A4[0] - w) / 2 - 6,
      y: top - h - 6,
      width: w + 12,
      height: h + 12,
      color: PAPER,
    });
    page.drawImage(photo, { x: (A4[0] - w) / 2, y: top - h, width: w, height: h });
    y = top - h - 60;
  }
  const centred = (text: string, at: number, size: number, bold = false) => {
    const font = bold ? flow.fonts.bold : flow.fonts.regular;
    const line = clean(text, flow.charset);
    page.drawText(line, {
      x: (A4[0] - font.widthOfTextAtSize(line, size)) / 2,
      y: at,
      size,
      font,
      color: INK,
    });
  };
  centred(data.book.cover.nickname, y, 34, true);
  centred(t.s.bookTitle, y - 44, 18);
  const birth = data.book.details.birthDate;
  const foot = Math.min(A4[1] * 0.38, y - 100);
  if (birth) centred(t.s.born(dateText(t, birth)), foot, 13);
  centred(t.s.savedOn(isoDayText(t, localDay(ctx.now))), foot - 22, 11);
}

export async function meNowSection(ctx: PdfContext): Promise<void> {
  const { flow, t, data } = ctx;
  const { meNow } = data.book.details;
  const keys = (['likes', 'goodAt', 'proudOf', 'dreams'] as const).filter(
    (k) => meNow[k].trim() !== '',
  );
  const [photo] = meNow.photoId ? await ctx.images([meNow.photoId]) : [];
  // The PDF's font has no emoji: a feeling shows by its name, likes by their words.
  const feeling = meNow.feeling ? feelingName(t, meNow.feeling) : undefined;
  const likes = likePictures(t, meNow.likePictures).map((l) => l.word);
  if (keys.length === 0 && !photo && !feeling && likes.length === 0) return;
  flow.newPage();
  flow.heading(t.s.sections.meNow, 1);
  if (photo) flow.image(photo, 260);
  if (feeling) {
    flow.text(t.s.meNow.feeling, { bold: true, size: 12, after: 2 });
    flow.text(feeling, { after: 10 });
  }
  if (likes.length > 0) {
    flow.text(t.s.meNow.likePictures, { bold: true, size: 12, after: 2 });
    flow.text(likes.join(', '), { after: 10 });
  }
  for (const k of keys) {
    flow.text(t.s.meNow[k], { bold: true, size: 12, after: 2 });
    flow.text(meNow[k], { after: 10 });
  }
}

export async function entrySection(
  ctx: PdfContext,
  title: string,
  entries: readonly Entry[],
): Promise<void> {
  if (entries.length === 0) return;
  ctx.flow.newPage();
  ctx.flow.heading(title, 1);
  for (const e of entries) await entryBlock(ctx, e, 2);
}

export async function timelineSection(ctx: PdfContext): Promise<void> {
  if (ctx.outline.timeline.length === 0) return;
  ctx.flow.newPage();
  ctx.flow.heading(ctx.t.s.sections.timeline, 1);
  for (const group of ctx.outline.timeline) {
    ctx.flow.heading(group.heading, 2);
    for (const e of group.entries) await entryBlock(ctx, e, 3);
  }
}

async function entryBlock(ctx: PdfContext, e: Entry, level: 2 | 3): Promise<void> {
  const { flow, t, outline } = ctx;
  flow.heading(entryTitle(t, e), level);
  const meta = [
    entryWhen(t, e),
    e.subKind ? subKindText(t, e.subKind) : undefined,
    authorText(t, e),
  ];
  flow.text(meta.filter((m) => m !== undefined).join(' · '), { size: 9.5, color: MUTED, after: 4 });
  if (e.place !== undefined && e.place.trim() !== '') {
    if (e.protected)
      flow.text(t.s.protectedPlace, { size: 9.5, bold: true, color: rgb(0.6, 0.1, 0.1) });
    flow.text(`${t.s.place}: ${e.place}`, { size: 10, after: 4 });
  }
  const names = namesOf(e.personIds, outline.peopleById);
  if (names.length) flow.text(`${t.s.withPeople}: ${names.join(', ')}`, { size: 10, after: 4 });
  const sealed =
    e.kind === 'letter' &&
    e.sealedUntil !== undefined &&
    e.sealedUntil.slice(0, 10) > localDay(ctx.now);
  if (sealed && e.sealedUntil) {
    flow.text(t.s.sealed(isoDayText(t, e.sealedUntil)), { bold: true, after: 4 });
    flow.newPage(); // the letter itself on the next page: turn it when the day comes
  }
  if (e.text.trim() !== '') flow.text(e.text, { after: 6 });
  const images = await ctx.images(e.photoIds);
  if (images.length) flow.imageRow(images, 110);
  flow.space(8);
}

export async function peopleSection(ctx: PdfContext): Promise<void> {
  const { flow, t, outline } = ctx;
  if (outline.peopleBySector.length === 0) return;
  flow.newPage();
  flow.heading(t.s.sections.people, 1);
  for (const group of outline.peopleBySector) {
    flow.heading(t.s.sectors[group.sector], 2);
    for (const p of group.people) await personBlock(ctx, p);
  }
}

async function personBlock(ctx: PdfContext, p: Person): Promise<void> {
  const { flow, t, outline } = ctx;
  flow.ensure(90);
  const portrait = p.portraitPhotoId ? await ctx.images([p.portraitPhotoId]) : [];
  if (portrait.length) flow.imageRow(portrait, 70);
  flow.text(p.name, { bold: true, size: 12, after: 1 });
  const meta = [
    p.relation.trim() ? relationText(t, p.relation) : '',
    t.s.closeness[p.closeness],
    p.contact ? t.s.contact[p.contact] : '',
  ];
  flow.text(meta.filter((m) => m !== '').join(' · '), { size: 9.5, color: MUTED, after: 2 });
  for (const link of p.links) flow.text(linkText(t, link, outline.peopleById), { size: 10 });
  if (p.note?.trim()) flow.text(p.note, { size: 10.5 });
  flow.space(10);
}

const PHOTO_MAX_HEIGHT = 300;
/** A caption under a small photo gets at least this width, so it is not one word a line. */
const CAPTION_MIN_WIDTH = 220;
const CAPTION_SIZE = 10.5;
const DATE_SIZE = 9.5;
const LINE = 1.4;

interface ShownPhoto {
  img: PDFImage;
  caption: string[];
  when: string[];
  cell: GridCell;
}

/**
 * Photos side by side where they are small, each with its caption under it in the same cell
 * (photo-grid.ts), so a caption never ends up on the page after its photo.
 */
export async function photoSection(ctx: PdfContext): Promise<void> {
  const { flow, t, outline } = ctx;
  const { regular } = flow.fonts;
  const shown: ShownPhoto[] = [];
  for (const photo of outline.photos) {
    const [img] = await ctx.images([photo.id]);
    if (!img) continue;
    const scale = Math.min(PHOTO_MAX_HEIGHT / img.height, flow.width / img.width, 1.5);
    const photoWidth = img.width * scale;
    const photoHeight = img.height * scale;
    const caption = photo.caption?.trim() ?? '';
    const when = photo.takenAt ? dateText(t, photo.takenAt) : '';
    const width =
      caption || when ? Math.min(flow.width, Math.max(photoWidth, CAPTION_MIN_WIDTH)) : photoWidth;
    const captionLines = caption
      ? wrapText(caption, regular, CAPTION_SIZE, width, flow.charset)
      : [];
    const whenLines = when ? wrapText(when, regular, DATE_SIZE, width, flow.charset) : [];
    const captionHeight =
      captionLines.length * CAPTION_SIZE * LINE + whenLines.length * DATE_SIZE * LINE;
    shown.push({
      img,
      caption: captionLines,
      when: whenLines,
      cell: { width, photoWidth, photoHeight, captionHeight },
    });
  }
  if (shown.length === 0) return;
  flow.newPage();
  flow.heading(t.s.sections.photos, 1);
  const placed = layoutPhotoGrid(
    shown.map((s) => s.cell),
    {
      left: MARGIN,
      width: flow.width,
      firstTop: flow.y,
      pageTop: A4[1] - MARGIN,
      bottom: MARGIN,
      gap: 14,
    },
  );
  let page = 0;
  let lowest = flow.y;
  for (const p of placed) {
    const item = shown[p.index];
    if (!item) continue;
    while (page < p.page) {
      flow.newPage();
      page += 1;
      lowest = flow.y;
    }
    const { cell } = item;
    flow.page.drawImage(item.img, {
      x: p.x,
      y: p.top - cell.photoHeight,
      width: cell.photoWidth,
      height: cell.photoHeight,
    });
    const left = p.x - (cell.width - cell.photoWidth) / 2;
    let y = p.captionTop;
    const lines = [
      ...item.caption.map((text) => ({ text, size: CAPTION_SIZE, color: INK })),
      ...item.when.map((text) => ({ text, size: DATE_SIZE, color: MUTED })),
    ];
    for (const line of lines) {
      y -= line.size * LINE;
      flow.page.drawText(line.text, {
        x: left,
        y: y + line.size * 0.3,
        size: line.size,
        font: regular,
        color: line.color,
      });
    }
    lowest = Math.min(lowest, p.bottom);
  }
  flow.y = lowest - 14;
}

/**
 * Voice notes, videos and papers cannot play on paper: each is listed with its kind, title,
 * date, length or pages and who gave it, and the file it is in the pack, so a reader can find it.
 */
export function mediaSection(ctx: PdfContext, files: ReadonlyMap<string, string>): void {
  const { flow, t, outline } = ctx;
  if (outline.media.length === 0) return;
  flow.newPage();
  flow.heading(t.s.sections.media, 1);
  for (const item of outline.media) {
    const kind = mediaKindOf(item);
    const title = mediaTitle(t, item, outline.photoNumber.get(item.id) ?? 0);
    flow.text(kind === 'photo' ? title : `${t.s.mediaKinds[kind]}: ${title}`, {
      bold: true,
      size: 12,
      after: 2,
    });
    const facts = mediaFacts(t, item);
    if (facts.length > 0) flow.text(facts.join(' · '), { after: 2 });
    const file = files.get(item.id);
    flow.text(file ? t.s.fileIs(file.replace(/^media\//, '')) : '', { after: 10 });
  }
}

export function footer(ctx: PdfContext): void {
  ctx.flow.numberPages(ctx.t.s.pageOf);
}
