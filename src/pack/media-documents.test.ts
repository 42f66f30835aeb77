/**
 * The documents of a pack with every kind of memory: index.html plays voice notes and videos
 * with the browser's own players and links papers, all by relative links into `media/` and still
 * without any script; the PDF lists them (kind, title, date, length or pages, file) and draws
 * drawings as pictures.
 */
import { readFileSync } from 'node:fs';

import type { Photo } from '@/domain';
import { makePhoto, photoBytesFor, sampleBook, tinyJpeg } from '@/testing/pack-fixtures';
import { pdfFlowText, pdfText } from '@/testing/pdf-text-fixtures';
import { renderIndexHtml } from './html/html';
import { mediaFileNames } from './names';
import { buildBookPdf } from './pdf/pdf';
import { selectForExport } from './select';
import type { BookData } from './types';

const fonts = {
  regular: new Uint8Array(readFileSync('public/fonts/atkinson-hyperlegible-regular.ttf')),
  bold: new Uint8Array(readFileSync('public/fonts/atkinson-hyperlegible-bold.ttf')),
};

async function bookWithKinds(): Promise<BookData> {
  const { data } = await sampleBook();
  const b = new Uint8Array([1, 2, 3]);
  const items: Photo[] = [
    await makePhoto('it_drawing', photoBytesFor('image/png', b), {
      kind: 'drawing',
      mime: 'image/png',
      caption: 'Tegn dit hjem',
    }),
    await makePhoto('it_voice', b, {
      kind: 'voice',
      mime: 'audio/webm',
      durationMs: 65_000,
      title: 'Min stemme',
      width: 0,
      height: 0,
    }),
    await makePhoto('it_video', b, { kind: 'video', mime: 'video/mp4', durationMs: 12_000 }),
    await makePhoto('it_paper', b, {
      kind: 'paper',
      mime: 'application/pdf',
      title: 'Skoleudtalelse',
      givenBy: 'Testby Skole',
      pageCount: 3,
      takenAt: { year: 2025, month: 6 },
    }),
  ];
  const meNow = { ...data.book.details.meNow, voiceIds: { proudOf: 'it_voice' } };
  return {
    ...data,
    book: { ...data.book, details: { ...data.book.details, meNow } },
    photos: [...data.photos, ...items],
  };
}

describe('documents of a pack with every kind of memory', () => {
  it('index.html plays voices and videos and links papers, relatively and without script', async () => {
    const data = selectForExport(await bookWithKinds()).data;
    const names = mediaFileNames(data.photos);
    const html = renderIndexHtml(data, 'da', names);
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(html).not.toMatch(/<script|javascript:|\son[a-z]+=/i);
    const audio = [...doc.querySelectorAll('audio')];
    // Once, under the "Me now" answer it speaks; the media section links there.
    expect(audio.map((a) => a.getAttribute('src'))).toEqual([names.get('it_voice')]);
    expect(audio[0]?.closest('section')?.id).toBe('me-now');
    expect(doc.querySelector('#media a.plays-at')?.getAttribute('href')).toBe('#me-now');
    expect(audio.every((a) => a.hasAttribute('controls'))).toBe(true);
    const video = doc.querySelector('video');
    expect(video?.getAttribute('src')).toBe(names.get('it_video'));
    expect(video?.hasAttribute('controls')).toBe(true);
    expect(names.get('it_voice')).toMatch(/^media\/\d{4}-min-stemme\.webm$/);
    expect(names.get('it_video')).toMatch(/^media\/\d{4}-video\.mp4$/);
    const paper = doc.querySelector('a.paper');
    expect(paper?.getAttribute('href')).toBe(names.get('it_paper'));
    expect(names.get('it_paper')).toMatch(/\.pdf$/);
    const srcs = [...doc.querySelectorAll('[src], [href]')]
      .map((e) => e.getAttribute('src') ?? e.getAttribute('href') ?? '')
      .filter((s) => !s.startsWith('#'));
    expect(
      srcs.every((s) => /^media\/[a-z0-9._-]+$/.test(s)),
      srcs.join(),
    ).toBe(true);
    // A drawing is a picture in the gallery.
    expect(doc.querySelector(`img[src="${names.get('it_drawing') ?? ''}"]`)).not.toBeNull();
    const text = doc.querySelector('#media')?.textContent ?? '';
    expect(text).toContain('Min stemme');
    expect(text).toContain('Længde 1:05');
    expect(text).toContain('3 sider');
    expect(text).toContain('Fra Testby Skole');
    expect(doc.querySelector('#me-now')?.textContent).toContain('Med min egen stemme');
  });

  it('index.html plays a voice note or video of a memory once, in the memory', async () => {
    const { data: book } = await sampleBook();
    const b = new Uint8Array([1, 2, 3]);
    const voice = await makePhoto('it_told', b, {
      kind: 'voice',
      mime: 'audio/webm',
      durationMs: 4_000,
      entryIds: ['e_beach'],
      width: 0,
      height: 0,
    });
    const video = await makePhoto('it_film', b, { kind: 'video', mime: 'video/mp4' });
    const lone = await makePhoto('it_lone', b, { kind: 'voice', mime: 'audio/webm', width: 0 });
    const entries = book.entries.map((e) =>
      e.id === 'e_beach' ? { ...e, photoIds: [...e.photoIds, 'it_told', 'it_film'] } : e,
    );
    const data = selectForExport({
      ...book,
      entries,
      photos: [...book.photos, voice, video, lone],
    }).data;
    const names = mediaFileNames(data.photos);
    for (const locale of ['da', 'en'] as const) {
      const doc = new DOMParser().parseFromString(
        renderIndexHtml(data, locale, names),
        'text/html',
      );
      const players = [...doc.querySelectorAll('audio, video')];
      const srcs = players.map((p) => p.getAttribute('src'));
      expect(srcs.filter((s) => s === names.get('it_told'))).toHaveLength(1);
      expect(srcs.filter((s) => s === names.get('it_film'))).toHaveLength(1);
      expect(srcs.filter((s) => s === names.get('it_lone'))).toHaveLength(1);
      for (const p of players.slice(0, 2)) expect(p.closest('article')?.id).toBe('entry-e_beach');
      // The list of every sound and video still names them, and says where they play.
      const links = [...doc.querySelectorAll('#media a.plays-at')];
      expect(links.map((a) => a.getAttribute('href'))).toEqual([
        '#entry-e_beach',
        '#entry-e_beach',
      ]);
      expect(links[0]?.textContent).toContain('Sommer på Ærø');
      expect(doc.querySelector('#media audio')?.getAttribute('src')).toBe(names.get('it_lone'));
    }
  });

  it('the PDF lists voices, videos and papers and draws drawings', async () => {
    const data = selectForExport(await bookWithKinds()).data;
    const asked: string[] = [];
    const pdf = await buildBookPdf(data, {
      locale: 'en',
      fonts,
      photoForPdf: (id) => {
        asked.push(id);
        return Promise.resolve({ bytes: tinyJpeg(), mime: 'image/jpeg', width: 16, height: 12 });
      },
    });
    // Pictures only: a drawing is drawn, the others are never asked for as pictures.
    expect(asked).toContain('it_drawing');
    expect(asked).not.toContain('it_voice');
    expect(asked).not.toContain('it_video');
    expect(asked).not.toContain('it_paper');
    const text = pdfFlowText(await pdfText(pdf));
    expect(text).toContain('Sounds, videos and papers');
    expect(text).toContain('Voice recording: Min stemme');
    expect(text).toContain('Length 1:05');
    expect(text).toContain('Video: Video 1');
    expect(text).toContain('Paper: Skoleudtalelse');
    expect(text).toContain('3 pages');
    expect(text).toContain('From Testby Skole');
    expect(text).toMatch(/\d{4}-skoleudtalelse\.pdf/);
  });
});
