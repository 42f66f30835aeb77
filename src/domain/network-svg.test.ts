import type { NetworkSnapshot } from './types';
import { makePerson } from '@/testing/factories';
import { DANISH_MAP_WORDS } from '@/testing/map-words';

import { networkMapSvg, type NetworkSvgOptions } from './network-svg';
import { escapeXml, initials, shorten } from './svg-text';

const options: NetworkSvgOptions = {
  title: 'Almas netværkskort',
  description: 'Tre cirkler',
  centreName: 'Alma',
  ...DANISH_MAP_WORDS,
};
const PNG = 'data:image/png;base64,iVBORw0KGgo=';

function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

describe('networkMapSvg', () => {
  const people = [
    makePerson('b', { id: 'a', name: 'Noah', sector: 'family', closeness: 1, line: 'strong' }),
    makePerson('b', {
      id: 'c',
      name: 'Ali',
      sector: 'professionals',
      closeness: 3,
      line: 'difficult',
    }),
    makePerson('b', {
      id: 'd',
      name: 'Sofie',
      sector: 'friends',
      closeness: 2,
      portraitPhotoId: 'ph',
    }),
  ];

  it('is a well-formed, self-contained SVG with a title and a description', () => {
    const svg = networkMapSvg(people, undefined, {
      ...options,
      portraits: { d: PNG, a: 'https://example.org/x.png', c: 'blob:http://x/y' },
    });
    const doc = parse(svg);
    const root = doc.documentElement;
    expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(root.getAttribute('role')).toBe('img');
    expect(doc.querySelector('title')?.textContent).toBe('Almas netværkskort');
    expect(doc.querySelector('desc')?.textContent).toBe('Tre cirkler');
    // Only data: URLs and in-document references: nothing to fetch, nothing to run.
    const refs = [...doc.querySelectorAll('*')].flatMap((el) =>
      [...el.attributes].filter((a) => /href$/i.test(a.name)).map((a) => a.value),
    );
    expect(refs).toEqual([PNG]);
    expect(svg).not.toMatch(/<script|<foreignObject|url\((?!#)|https?:\/\/(?!www\.w3\.org)/i);
    const titles = [...doc.querySelectorAll('g > title')].map((t) => t.textContent);
    expect(titles).toEqual(['Ali', 'Noah', 'Sofie']);
    expect(svg).toContain('Skole og arbejde');
    expect(svg).toContain('Længere væk');
  });

  it('escapes every text and drops characters XML cannot hold', () => {
    const evil = makePerson('b', { id: 'e', name: '<script>alert("x")</script> & \'Bo\'\u0007' });
    const svg = networkMapSvg([evil], undefined, {
      ...options,
      centreName: 'A&B <3',
      title: '"quoted" <title>',
    });
    const doc = parse(svg);
    expect(doc.querySelector('g > title')?.textContent).toBe(
      '<script>alert("x")</script> & \'Bo\'',
    );
    expect(doc.querySelector('script')).toBeNull();
    expect(doc.querySelector('title')?.textContent).toBe('"quoted" <title>');
  });

  it('draws a snapshot with its own places and only its people', () => {
    const snapshot: NetworkSnapshot = {
      id: 's',
      bookId: 'b',
      takenAt: '2024-01-01T00:00:00.000Z',
      people: [{ personId: 'c', sector: 'family', closeness: 1, line: 'weak' }],
    };
    const today = parse(networkMapSvg(people, undefined, options));
    const then = parse(networkMapSvg(people, snapshot, { ...options, caption: '1. januar 2024' }));
    expect([...then.querySelectorAll('g > title')].map((t) => t.textContent)).toEqual(['Ali']);
    const circleOf = (doc: Document) => doc.querySelector('g > title')?.nextElementSibling;
    expect(circleOf(then)?.getAttribute('cy')).not.toBe(circleOf(today)?.getAttribute('cy'));
    expect(then.documentElement.textContent).toContain('1. januar 2024');
  });

  it('uses the id prefix so two maps can share a page', () => {
    const svg = networkMapSvg(people, undefined, {
      ...options,
      idPrefix: 'then',
      portraits: { d: PNG },
    });
    const ids = [...parse(svg).querySelectorAll('[id]')].map((el) => el.id);
    expect(ids.length).toBeGreaterThan(2);
    expect(ids.every((id) => id.startsWith('then-'))).toBe(true);
  });
});

describe('svg text helpers', () => {
  it('escapes markup characters', () => {
    expect(escapeXml(`<a href="x">&'`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;');
    expect(escapeXml('ok\u0000\uD800 😀')).toBe('ok 😀');
  });

  it('shortens by characters a reader sees and makes initials from words', () => {
    expect(shorten('Mormor Inger Marie', 10)).toBe('Mormor In…');
    expect(shorten('👩‍👧👩‍👧', 2)).toBe('👩‍👧👩‍👧');
    expect(initials('Ali Hassan')).toBe('AH');
    expect(initials('mormor')).toBe('M');
    expect(initials('Alma (eksempel)')).toBe('A');
    expect(initials('  ')).toBe('?');
    expect(initials('Øjvind')).toBe('Ø');
  });
});
