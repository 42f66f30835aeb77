/**
 * index.html: the whole book as one static page that opens from disk in any browser, now and in
 * decades. No script at all; a CSP that forbids everything but the pack's own images and the
 * inline stylesheet; every user text escaped (html-escape.ts); images by relative links into
 * `media/`.
 */
import type { Locale, MeNowQuestion } from '@/domain';
import { bdi, esc, textBlock } from './html-escape';
import {
  entryArticle,
  galleryItem,
  makeToday,
  mediaPlayer,
  mediaItem,
  mediaPlaces,
  personArticle,
  photoRow,
  type HtmlContext,
} from './html-parts';
import { bookStyle } from './html-style';
import { outlineBook } from '../pdf/outline';
import { dateText, docText, feelingName, isoDayText, likePictures } from '../strings/strings';
import type { BookData, DocumentLabels } from '../types';

/**
 * `base-uri` and `form-action` are not covered by `default-src`; closing them too means even a
 * bug in escaping could not redirect links or submit anything.
 */
export const INDEX_HTML_CSP =
  "default-src 'none'; img-src 'self'; media-src 'self'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

export interface RenderHtmlOptions {
  /** When the pack was made: shown on the cover, and decides which letters are still sealed. */
  exportedAt?: Date;
  appVersion?: string;
  labels?: DocumentLabels;
}

/** What every part of the page reads: words, the book's outline, media files, today. */
function htmlContext(
  data: BookData,
  t: HtmlContext['t'],
  mediaNames: ReadonlyMap<string, string>,
  now: Date,
): HtmlContext {
  const outline = outlineBook(data, t);
  const shownEntries = [
    ...outline.homes,
    ...outline.schools,
    ...outline.timeline.flatMap((g) => g.entries),
    ...outline.letters,
    ...outline.dreams,
  ];
  const meNowVoices = Object.values(data.book.details.meNow.voiceIds ?? {});
  return {
    t,
    outline,
    media: mediaNames,
    today: makeToday(now),
    playedAt: mediaPlaces(t, shownEntries, meNowVoices),
  };
}

type Section = [id: string, title: string, body: string];

/** The page's sections in order, each with its id (the contents' links) and title. */
function bookSections(ctx: HtmlContext, data: BookData): Section[] {
  const { outline } = ctx;
  const { s } = ctx.t;
  return [
    ['me-now', s.sections.meNow, meNowBody(ctx, data)],
    ['homes', s.sections.homes, outline.homes.map((e) => entryArticle(ctx, e, 3)).join('')],
    ['schools', s.sections.schools, outline.schools.map((e) => entryArticle(ctx, e, 3)).join('')],
    [
      'people',
      s.sections.people,
      outline.peopleBySector
        .map(
          (g) =>
            `<h3>${esc(s.sectors[g.sector])}</h3>${g.people.map((p) => personArticle(ctx, p)).join('')}`,
        )
        .join(''),
    ],
    [
      'timeline',
      s.sections.timeline,
      outline.timeline
        .map(
          (g) =>
            `<h3>${esc(g.heading)}</h3>${g.entries.map((e) => entryArticle(ctx, e, 4)).join('')}`,
        )
        .join(''),
    ],
    [
      'photos',
      s.sections.photos,
      outline.photos.length
        ? `<ul class="gallery">${outline.photos.map((p) => galleryItem(ctx, p)).join('')}</ul>`
        : '',
    ],
    [
      'media',
      s.sections.media,
      outline.media.length
        ? `<ul class="media">${outline.media.map((m) => mediaItem(ctx, m, true)).join('')}</ul>`
        : '',
    ],
    ['letters', s.sections.letters, outline.letters.map((e) => entryArticle(ctx, e, 3)).join('')],
    ['dreams', s.sections.dreams, outline.dreams.map((e) => entryArticle(ctx, e, 3)).join('')],
  ];
}

/**
 * @param mediaNames photo id → file inside `data/` (`media/0001-….jpg`), from `mediaFileNames`.
 *   A photo without a name is left out of the page.
 */
export function renderIndexHtml(
  data: BookData,
  locale: Locale,
  mediaNames: ReadonlyMap<string, string>,
  options: RenderHtmlOptions = {},
): string {
  const now = options.exportedAt ?? new Date();
  const t = docText(locale, data, options.labels);
  const ctx = htmlContext(data, t, mediaNames, now);
  const { s } = t;
  const { cover, details } = data.book;
  const present = bookSections(ctx, data).filter(([, , body]) => body !== '');

  const born = details.birthDate ? `<p>${esc(s.born(dateText(t, details.birthDate)))}</p>` : '';
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${INDEX_HTML_CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(`\u2068${cover.nickname}\u2069 – ${s.bookTitle}`)}</title>
<style>${bookStyle(cover.colour)}</style>
</head>
<body>
<header class="cover">
<div class="emoji" aria-hidden="true">${bdi(cover.emoji)}</div>
<h1 dir="auto">${esc(cover.nickname)}</h1>
<p>${esc(s.bookTitle)}</p>
${born}
<p>${esc(s.savedOn(isoDayText(t, now.toISOString())))}</p>
</header>
<nav aria-label="${esc(s.contents)}"><h2>${esc(s.contents)}</h2><ol>${present
    .map(([id, title]) => `<li><a href="#${id}">${esc(title)}</a></li>`)
    .join('')}</ol></nav>
<main>
${present.map(([id, title, body]) => `<section id="${id}"><h2>${esc(title)}</h2>${body}</section>`).join('\n')}
</main>
<footer><p>${esc(s.madeWith(options.appVersion ?? ''))}</p></footer>
</body>
</html>
`;
}

/** How I feel now and what I like, chosen by picture: each picture with its word. */
function meNowPictureAnswers(ctx: HtmlContext, data: BookData): string[] {
  const { feeling, likePictures: likes } = data.book.details.meNow;
  const { s } = ctx.t;
  const out: string[] = [];
  if (feeling) {
    const name = feelingName(ctx.t, feeling);
    const picture = `<span class="feeling"${name ? ' aria-hidden="true"' : ''}>${bdi(feeling)}</span>`;
    out.push(`<dt>${esc(s.meNow.feeling)}</dt><dd>${picture}${name ? ` ${esc(name)}` : ''}</dd>`);
  }
  const liked = likePictures(ctx.t, likes);
  if (liked.length > 0) {
    const items = liked.map(
      (l) => `<li><span aria-hidden="true">${esc(l.emoji)}</span> ${esc(l.word)}</li>`,
    );
    out.push(
      `<dt>${esc(s.meNow.likePictures)}</dt><dd><ul class="likes">${items.join('')}</ul></dd>`,
    );
  }
  return out;
}

function meNowBody(ctx: HtmlContext, data: BookData): string {
  const { meNow } = data.book.details;
  const { s } = ctx.t;
  // An answer given in the child's own voice plays beside (or instead of) the written one.
  const voiceOf = (k: MeNowQuestion) => {
    const id = meNow.voiceIds?.[k];
    return id === undefined ? undefined : ctx.outline.photosById.get(id);
  };
  const answers = [...meNowPictureAnswers(ctx, data)]
    .concat(
      (['likes', 'goodAt', 'proudOf', 'dreams'] as const)
        .filter((k) => meNow[k].trim() !== '' || voiceOf(k) !== undefined)
        .map((k) => {
          const voice = voiceOf(k);
          const played = voice ? mediaPlayer(ctx, voice) : '';
          const heard = played ? `<p class="meta">${esc(s.inMyVoice)}</p>${played}` : '';
          return `<dt>${esc(s.meNow[k])}</dt><dd>${textBlock(meNow[k])}${heard}</dd>`;
        }),
    )
    .join('');
  const photo = meNow.photoId ? photoRow(ctx, [meNow.photoId]) : '';
  if (answers === '' && photo === '') return '';
  return `<div class="me-now">${photo}${answers ? `<dl>${answers}</dl>` : ''}</div>`;
}
