import { sampleBook } from '@/testing/pack-fixtures';
import { INDEX_HTML_CSP, renderIndexHtml } from './html';
import { mediaFileNames } from '../names';
import { selectForExport } from '../select';
import type { BookData } from '../types';

const NOW = new Date('2026-03-02T12:00:00Z');

const XSS = [
  '<img src=x onerror=alert(1)>',
  '</script><script>alert(1)</script>',
  '"><svg onload=alert(1)>',
  "'><a href=javascript:alert(1)>click</a>",
  '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
  '<base href="https://evil.example/">',
  'body{background:url(javascript:alert(1))}</style><style>*{background:url(https://evil.example/x)}',
  '\u202Eevil\u202C name',
  '<iframe src="//evil.example"></iframe>',
  '<form action="https://evil.example"><button>ok</button></form>',
  '<!-- unclosed',
  '&amp; &lt;b&gt; already-escaped',
];

function render(data: BookData, locale: 'da' | 'en' = 'da'): { html: string; doc: Document } {
  const html = renderIndexHtml(data, locale, mediaFileNames(data.photos), {
    exportedAt: NOW,
    appVersion: '1.0',
  });
  return { html, doc: new DOMParser().parseFromString(html, 'text/html') };
}

/** Puts a payload from the corpus into every text field of the book. */
async function hostileBook(): Promise<BookData> {
  const { data } = await sampleBook();
  let i = 0;
  const next = () => XSS[i++ % XSS.length]!;
  const { cover, details } = data.book;
  cover.nickname = next();
  cover.emoji = next();
  cover.colour = 'sky;} body{background:url(https://evil.example)} .x{';
  for (const k of ['likes', 'goodAt', 'proudOf', 'dreams'] as const) details.meNow[k] = next();
  details.meNow.feeling = next();
  for (const e of data.entries) {
    Object.assign(e, {
      title: next(),
      text: next(),
      place: next(),
      feeling: next(),
      subKind: next(),
    });
    e.visibility = 'book';
    if (e.author.kind !== 'child') e.author.name = next();
  }
  for (const p of data.people) Object.assign(p, { name: next(), relation: next(), note: next() });
  for (const p of data.photos) p.caption = next();
  return data;
}

describe('index.html', () => {
  it('renders every hostile text as inert text', async () => {
    const data = await hostileBook();
    const selection = selectForExport(data, {
      includeOnlyMe: true,
      includeProtectedPlaces: true,
      includeHiddenPhotos: true,
    });
    const { html, doc } = render(selection.data);

    expect(html).not.toMatch(/<script/i);
    expect(
      doc.querySelectorAll('script, iframe, object, embed, form, base, svg, link').length,
    ).toBe(0);
    expect(doc.querySelectorAll('style')).toHaveLength(1);
    expect(doc.querySelector('style')?.textContent).not.toMatch(/evil/);
    const metas = [...doc.querySelectorAll('meta')].map(
      (m) => m.getAttribute('http-equiv') ?? m.getAttribute('name') ?? 'charset',
    );
    expect(metas.sort()).toEqual(['Content-Security-Policy', 'charset', 'referrer', 'viewport']);
    for (const el of doc.querySelectorAll('*')) {
      for (const attr of el.attributes) {
        expect(attr.name, `${el.tagName} ${attr.name}`).not.toMatch(/^on/i);
        if (attr.name === 'href') expect(attr.value).toMatch(/^(#[a-z-]+|media\/[a-z0-9._-]+)$/);
        if (attr.name === 'src') expect(attr.value).toMatch(/^media\/[a-z0-9._-]+$/);
        if (attr.name === 'style') throw new Error('no inline style attributes expected');
      }
    }
    // Every payload is there, as text.
    const textContent = doc.documentElement.textContent;
    for (const payload of XSS) expect(textContent).toContain(payload);
    // And as an attribute value where a caption becomes alt text.
    const alts = [...doc.querySelectorAll('img')].map((img) => img.getAttribute('alt'));
    expect(alts.some((a) => a !== null && XSS.includes(a))).toBe(true);
    // A right-to-left override is shut inside its own element.
    const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.includes('\u202E')) continue;
      expect(node.parentElement?.closest('bdi, [dir]'), node.textContent).not.toBeNull();
    }
  });

  it('has a strict CSP first in head, no script, and relative image links', async () => {
    const { data } = await sampleBook();
    const { doc } = render(selectForExport(data).data);
    const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]');
    expect(csp?.getAttribute('content')).toBe(INDEX_HTML_CSP);
    expect(INDEX_HTML_CSP).toContain(
      "default-src 'none'; img-src 'self'; media-src 'self'; style-src 'unsafe-inline'",
    );
    expect(doc.head.firstElementChild?.getAttribute('charset')).toBe('utf-8');
    expect(doc.head.children[1]).toBe(csp);
    const srcs = [...doc.querySelectorAll('img')].map((i) => i.getAttribute('src'));
    expect(srcs).toContain('media/0001-stranden-paa-aeroe.jpg');
    expect(doc.documentElement.lang).toBe('da');
  });

  it('tells the book in sections, with dates and headings in the book language', async () => {
    const { data } = await sampleBook();
    const { doc } = render(selectForExport(data).data);
    const headings = [...doc.querySelectorAll('main h2')].map((h) => h.textContent);
    expect(headings).toEqual([
      'Mig nu',
      'Hvor jeg har boet',
      'Dagtilbud, skoler og arbejde',
      'Mine mennesker',
      'Tidslinje',
      'Billeder',
      'Breve',
      'Drømme',
    ]);
    const text = doc.body.textContent;
    expect(text).toContain('Åse Ærø');
    expect(text).toContain('Født 4. marts 2012');
    expect(text).toContain('sommeren 2019');
    expect(text).toContain('2019 – året jeg fyldte 7');
    expect(text).toContain('da jeg var omkring 5');
    expect(text).toContain('Mormor'); // the relation preset, in Danish
    expect(text).toContain('Stedforælder til mig');
    expect(text).toContain('Skrevet sammen med Lise');
    expect(text).not.toContain('Kun til mig'); // only-me entry left out
    // A letter sealed until a later day is closed, not gone.
    const sealed = doc.querySelector('#entry-e_letter details');
    expect(sealed?.querySelector('summary')?.textContent).toContain('Forseglet til 1. maj 2030');
    expect(sealed?.textContent).toContain('Kære dig');
  });

  it('shows a protected place only when it was chosen, and marks it', async () => {
    const { data } = await sampleBook();
    const without = render(selectForExport(data).data).doc.body.textContent;
    expect(without).not.toContain('Hemmelig vej 1');
    const chosen = selectForExport(data, {
      includeOnlyMe: false,
      includeProtectedPlaces: true,
      includeHiddenPhotos: false,
    });
    const { doc } = render(chosen.data);
    const foster = doc.querySelector('#entry-e_foster');
    expect(foster?.textContent).toContain('Hemmelig vej 1');
    expect(foster?.querySelector('.protected')).not.toBeNull();
  });

  it('shows how the child feels and what she likes, chosen by picture, with their words', async () => {
    const { data } = await sampleBook();
    Object.assign(data.book.details.meNow, { feeling: '😄', likePictures: ['hest', 'pizza'] });
    const picked = selectForExport(data).data;
    const da = render(picked).doc.querySelector('#me-now');
    const rows = [...(da?.querySelectorAll('dt') ?? [])].map((dt) => [
      dt.textContent,
      dt.nextElementSibling?.textContent,
    ]);
    expect(rows.slice(0, 2)).toEqual([
      ['Sådan har jeg det nu', '😄 Glad'],
      ['Det kan jeg lide', '🐎 hest🍕 pizza'],
    ]);
    // The picture is decoration beside its word: a screen reader hears the word once.
    expect(da?.querySelector('.feeling')?.getAttribute('aria-hidden')).toBe('true');
    const en = render(picked, 'en').doc.querySelector('#me-now')?.textContent;
    expect(en).toContain('How I feel now');
    expect(en).toContain('😄 Happy');
    expect(en).toContain('horse');
    expect(en).toContain('pizza');
  });

  it('shows a feeling it has no name for as the emoji itself', async () => {
    const { data } = await sampleBook();
    data.book.details.meNow.feeling = '🦄';
    const feeling = render(selectForExport(data).data).doc.querySelector('#me-now .feeling');
    expect(feeling?.textContent).toBe('🦄');
    expect(feeling?.hasAttribute('aria-hidden')).toBe(false);
  });

  it('speaks English for an English book', async () => {
    const { data } = await sampleBook();
    const { doc } = render(selectForExport(data).data, 'en');
    const text = doc.body.textContent;
    expect(doc.documentElement.lang).toBe('en');
    expect(text).toContain('Where I have lived');
    expect(text).toContain('summer 2019');
    expect(text).toContain('2019 – the year I turned 7');
    expect(text).toContain("Grandmother (mum's side)");
  });
});
