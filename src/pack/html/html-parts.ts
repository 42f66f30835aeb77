/** Pieces of index.html: one entry, one person, a row of photos. All user text is escaped. */
import { isPicture, mediaKindOf, type Entry, type Person, type Photo } from '@/domain';
import { bdi, esc, escWith, textBlock } from './html-escape';
import { localDay } from '../names';
import type { BookOutline } from '../pdf/outline';
import {
  authorText,
  dateText,
  entryTitle,
  entryWhen,
  isoDayText,
  linkText,
  mediaFacts,
  mediaTitle,
  namesOf,
  relationText,
  subKindText,
  type DocText,
} from '../strings/strings';

export interface HtmlContext {
  t: DocText;
  outline: BookOutline;
  media: ReadonlyMap<string, string>;
  /** Local calendar day of the export: letters sealed until a later day stay closed. */
  today: string;
  /**
   * Voice notes and videos that already play in a memory or a "Me now" answer: where (an anchor
   * and its words). The list of every sound and video links there instead of a second player.
   */
  playedAt: ReadonlyMap<string, { href: string; place: string }>;
}

/** Where each voice note and video plays in the page besides the list of them (first place wins). */
export function mediaPlaces(
  t: DocText,
  entries: readonly Entry[],
  meNowVoices: readonly string[],
): Map<string, { href: string; place: string }> {
  const out = new Map<string, { href: string; place: string }>();
  for (const id of meNowVoices) {
    if (!out.has(id)) out.set(id, { href: '#me-now', place: t.s.sections.meNow });
  }
  for (const e of entries) {
    for (const id of e.photoIds) {
      if (!out.has(id)) out.set(id, { href: `#entry-${e.id}`, place: entryTitle(t, e) });
    }
  }
  return out;
}

export function makeToday(now: Date): string {
  return localDay(now);
}

/** A relative link into the pack; names come from names.ts and are escaped all the same. */
function imageTag(ctx: HtmlContext, photo: Photo, alt: string, className?: string): string {
  const file = ctx.media.get(photo.id);
  if (file === undefined) return '';
  const cls = className ? ` class="${className}"` : '';
  const size =
    photo.width > 0 && photo.height > 0 ? ` width="${photo.width}" height="${photo.height}"` : '';
  return `<img src="${esc(file)}" alt="${esc(alt)}"${size}${cls} loading="lazy">`;
}

function photoAlt(ctx: HtmlContext, photo: Photo): string {
  if (photo.caption?.trim()) return photo.caption;
  return ctx.t.s.photoN(ctx.outline.photoNumber.get(photo.id) ?? 0);
}

export function photoRow(ctx: HtmlContext, ids: readonly string[]): string {
  const items = ids.flatMap((id) => {
    const photo = ctx.outline.photosById.get(id);
    const file = photo && ctx.media.get(id);
    if (!photo || file === undefined || !isPicture(mediaKindOf(photo))) return [];
    return [`<li><a href="${esc(file)}">${imageTag(ctx, photo, photoAlt(ctx, photo))}</a></li>`];
  });
  const others = ids.map((id) => ctx.outline.photosById.get(id));
  const media = others.flatMap((item) =>
    item && !isPicture(mediaKindOf(item)) ? [mediaItem(ctx, item)] : [],
  );
  return (
    (items.length ? `<ul class="photos">${items.join('')}</ul>` : '') +
    (media.some((m) => m !== '') ? `<ul class="media">${media.join('')}</ul>` : '')
  );
}

/**
 * A voice note or a video as a player the reader's browser draws itself (`controls`: no script
 * is needed to play), a paper as a link that opens the file. Every source is a relative link
 * into `media/`; the words under it say what the file is called, for a reader without a player.
 */
export function mediaPlayer(ctx: HtmlContext, item: Photo): string {
  const file = ctx.media.get(item.id);
  if (file === undefined) return '';
  const src = esc(file);
  const label = esc(mediaTitle(ctx.t, item, ctx.outline.photoNumber.get(item.id) ?? 0));
  const fallback = `<a href="${src}">${esc(ctx.t.s.openFile)}</a>`;
  switch (mediaKindOf(item)) {
    case 'voice':
      return `<audio controls preload="metadata" src="${src}" aria-label="${label}">${fallback}</audio>`;
    case 'video': {
      const size =
        item.width > 0 && item.height > 0 ? ` width="${item.width}" height="${item.height}"` : '';
      return `<video controls preload="metadata" src="${src}"${size} aria-label="${label}">${fallback}</video>`;
    }
    default:
      return `<a class="paper" href="${src}">${esc(ctx.t.s.openFile)}</a>`;
  }
}

/**
 * One voice note, video or paper: its player or link, its title and its facts. In the list of
 * them all (`listed`), one that plays in a memory already links there: one player per file.
 */
export function mediaItem(ctx: HtmlContext, item: Photo, listed = false): string {
  let player = mediaPlayer(ctx, item);
  if (player === '') return '';
  const at = listed && mediaKindOf(item) !== 'paper' ? ctx.playedAt.get(item.id) : undefined;
  if (at)
    player = `<a class="plays-at" href="${esc(at.href)}">${esc(ctx.t.s.playsAt(at.place))}</a>`;
  const title = mediaTitle(ctx.t, item, ctx.outline.photoNumber.get(item.id) ?? 0);
  const kind = mediaKindOf(item);
  const facts = [kind === 'photo' ? '' : ctx.t.s.mediaKinds[kind], ...mediaFacts(ctx.t, item)]
    .filter((f) => f !== '')
    .map(esc)
    .join(' · ');
  return `<li><figure>${player}<figcaption dir="auto">${esc(title)}</figcaption><p class="meta">${facts}</p></figure></li>`;
}

export function galleryItem(ctx: HtmlContext, photo: Photo): string {
  const file = ctx.media.get(photo.id);
  if (file === undefined) return '';
  const caption = photo.caption?.trim()
    ? `<figcaption dir="auto">${esc(photo.caption)}</figcaption>`
    : '';
  const when = photo.takenAt ? `<p class="meta">${esc(dateText(ctx.t, photo.takenAt))}</p>` : '';
  return `<li><figure><a href="${esc(file)}">${imageTag(ctx, photo, photoAlt(ctx, photo))}</a>${caption}${when}</figure></li>`;
}

export function entryArticle(ctx: HtmlContext, e: Entry, level: 3 | 4): string {
  const { t } = ctx;
  const meta: string[] = [];
  const when = entryWhen(t, e);
  if (when) meta.push(esc(when));
  if (e.subKind) meta.push(bdi(subKindText(t, e.subKind)));
  if (e.feeling)
    meta.push(`<span class="feeling" title="${esc(t.s.feeling)}">${bdi(e.feeling)}</span>`);
  const names = namesOf(e.personIds, ctx.outline.peopleById);
  const parts = [
    `<h${level} dir="auto">${esc(entryTitle(t, e))}</h${level}>`,
    meta.length ? `<p class="meta">${meta.join(' · ')}</p>` : '',
    `<p class="meta">${escWith((slot) => authorText(t, e, slot))}</p>`,
    placeBlock(ctx, e),
    names.length ? `<p class="meta">${esc(t.s.withPeople)}: ${names.map(bdi).join(', ')}</p>` : '',
  ];
  const body = textBlock(e.text) + photoRow(ctx, e.photoIds);
  const sealed =
    e.kind === 'letter' && e.sealedUntil !== undefined && e.sealedUntil.slice(0, 10) > ctx.today;
  parts.push(
    sealed && e.sealedUntil
      ? `<details><summary>${escWith((slot) => t.s.sealed(slot(isoDayText(t, e.sealedUntil ?? ''))))}</summary>${body}</details>`
      : body,
  );
  return `<article id="entry-${esc(e.id)}">${parts.join('')}</article>`;
}

function placeBlock(ctx: HtmlContext, e: Entry): string {
  if (e.place === undefined || e.place.trim() === '') return '';
  const warning = e.protected ? `<p class="protected">${esc(ctx.t.s.protectedPlace)}</p>` : '';
  return `${warning}<p class="meta">${esc(ctx.t.s.place)}: ${bdi(e.place)}</p>`;
}

export function personArticle(ctx: HtmlContext, p: Person): string {
  const { t, outline } = ctx;
  const portrait = p.portraitPhotoId ? outline.photosById.get(p.portraitPhotoId) : undefined;
  const lines = [
    p.relation.trim() ? bdi(relationText(t, p.relation)) : '',
    esc(t.s.closeness[p.closeness]),
    p.contact ? esc(t.s.contact[p.contact]) : '',
  ].filter((x) => x !== '');
  const links = p.links
    .map((l) => `<li>${escWith((slot) => linkText(t, l, outline.peopleById, slot))}</li>`)
    .join('');
  return [
    `<article id="person-${esc(p.id)}">`,
    portrait ? imageTag(ctx, portrait, t.s.portraitOf(p.name), 'portrait') : '',
    `<h4 dir="auto">${esc(p.name)}</h4>`,
    `<p class="meta">${lines.join(' · ')}</p>`,
    links ? `<ul>${links}</ul>` : '',
    textBlock(p.note ?? ''),
    '</article>',
  ].join('');
}
