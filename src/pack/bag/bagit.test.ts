// @vitest-environment node
import { createHash } from 'node:crypto';

import {
  BAGIT_TXT,
  bagInfoText,
  decodeManifestPath,
  encodeManifestPath,
  manifestText,
  payloadOxum,
  type BagFile,
} from './bagit';
import { parseBagInfo, parseManifest, verifyBag, type BagTags } from './bagit-check';
import { PackError } from '../errors';
import { thrownBy } from '@/testing/thrown';

const sha = (s: string) => createHash('sha256').update(s).digest('hex');
const leftOut = { onlyMe: 1, protectedPlaces: 0, hiddenPhotos: 2, onlyMePhotos: 0 };

function makeBag(payload: Record<string, string>): { tags: BagTags; files: BagFile[] } {
  const files: BagFile[] = Object.entries(payload).map(([path, body]) => ({
    path,
    bytes: Buffer.byteLength(body),
    sha256: sha(body),
  }));
  const bagInfo = bagInfoText({
    baggingDate: new Date(2026, 4, 17),
    payload: files,
    appVersion: '1.2.3',
    leftOut,
  });
  const manifest = manifestText(files);
  const tagFiles: BagFile[] = [
    ['bagit.txt', BAGIT_TXT],
    ['bag-info.txt', bagInfo],
    ['manifest-sha256.txt', manifest],
  ].map(([path = '', body = '']) => ({ path, bytes: Buffer.byteLength(body), sha256: sha(body) }));
  const tagManifest = manifestText(tagFiles);
  return {
    tags: { bagit: BAGIT_TXT, bagInfo, manifest, tagManifest },
    files: [...files, ...tagFiles],
  };
}

const codeOf = (fn: () => unknown) => thrownBy(fn, PackError)?.code;

describe('tag files', () => {
  it('writes bagit.txt exactly as RFC 8493 §2.1.1', () => {
    expect(BAGIT_TXT).toBe('BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n');
  });

  it('writes bag-info.txt with the date, oxum, agent, description, schema and left-out counts', () => {
    const files = [
      { path: 'data/a', bytes: 10, sha256: sha('') },
      { path: 'data/b', bytes: 5, sha256: sha('') },
    ];
    const info = bagInfoText({
      baggingDate: new Date(2026, 4, 17),
      payload: files,
      appVersion: '1.2.3',
      leftOut,
    });
    const fields = parseBagInfo(info).fields;
    expect(fields.get('Bagging-Date')).toEqual(['2026-05-17']);
    expect(fields.get('Payload-Oxum')).toEqual(['15.2']);
    expect(fields.get('Bag-Software-Agent')).toEqual(['Livsbog 1.2.3']);
    expect(fields.get('Livsbog-Schema-Version')).toEqual(['3']);
    expect(fields.get('External-Description')?.[0]).toMatch(/index\.html/);
    expect(fields.get('Livsbog-Left-Out')?.[0]).toBe(
      'only-me=1; protected-places=0; hidden-photos=2; only-me-photos=0',
    );
    expect(info.endsWith('\n')).toBe(true);
    expect(payloadOxum(files)).toBe('15.2');
  });

  it('percent-encodes CR, LF and % in manifest paths, and only those', () => {
    const path = 'data/a%b\nc\rd e#f.txt';
    expect(encodeManifestPath(path)).toBe('data/a%25b%0Ac%0Dd e#f.txt');
    expect(decodeManifestPath(encodeManifestPath(path))).toBe(path);
    expect(decodeManifestPath('data/%41%2525')).toBe('data/%41%25');
    const manifest = manifestText([{ path, bytes: 1, sha256: sha('x') }]);
    expect(manifest).toBe(`${sha('x')}  data/a%25b%0Ac%0Dd e#f.txt\n`);
    expect(parseManifest(manifest, 'm').get(path)).toBe(sha('x'));
  });

  it('sorts manifest lines by path so a bag always gives the same manifest', () => {
    const m = manifestText([
      { path: 'data/b', bytes: 1, sha256: sha('b') },
      { path: 'data/a', bytes: 1, sha256: sha('a') },
    ]);
    expect(m.split('\n')[0]).toMatch(/ data\/a$/);
  });

  it('reads continuation lines and repeated labels in bag-info.txt', () => {
    const info = parseBagInfo('A: one\n  two\nB: x\nB: y\r\n');
    expect(info.fields.get('A')).toEqual(['one two']);
    expect(info.fields.get('B')).toEqual(['x', 'y']);
  });
});

describe('verifyBag', () => {
  const payload = { 'data/index.html': '<p>hi</p>', 'data/media/0001-a.jpg': 'jpeg' };

  it('accepts a bag it wrote', () => {
    const { tags, files } = makeBag(payload);
    expect(verifyBag(tags, files).payload.size).toBe(2);
  });

  it('refuses a changed file, a missing file, an extra file and a wrong oxum', () => {
    const { tags, files } = makeBag(payload);
    const changed = files.map((f) =>
      f.path === 'data/index.html' ? { ...f, sha256: sha('x') } : f,
    );
    expect(codeOf(() => verifyBag(tags, changed))).toBe('checksum-mismatch');
    const missing = files.filter((f) => f.path !== 'data/index.html');
    expect(codeOf(() => verifyBag(tags, missing))).toBe('missing-file');
    const extra = [...files, { path: 'data/evil.txt', bytes: 0, sha256: sha('') }];
    expect(codeOf(() => verifyBag(tags, extra))).toBe('unexpected-file');
    const grown = files.map((f) =>
      f.path === 'data/index.html' ? { ...f, bytes: f.bytes + 1 } : f,
    );
    expect(codeOf(() => verifyBag(tags, grown))).toBe('oxum-mismatch');
  });

  it('refuses a tag file that does not match the tag manifest', () => {
    const { tags, files } = makeBag(payload);
    const bagInfo = `${tags.bagInfo}Extra: 1\n`;
    const changed = files.map((f) =>
      f.path === 'bag-info.txt' ? { ...f, bytes: bagInfo.length, sha256: sha(bagInfo) } : f,
    );
    expect(codeOf(() => verifyBag({ ...tags, bagInfo }, changed))).toBe('checksum-mismatch');
  });

  it('refuses what is not a bag', () => {
    const { tags, files } = makeBag(payload);
    expect(codeOf(() => verifyBag({ ...tags, bagit: 'Hello' }, files))).toBe('not-a-bag');
    expect(codeOf(() => verifyBag({ ...tags, bagit: 'BagIt-Version: 2.0\n' }, files))).toBe(
      'not-a-bag',
    );
    expect(codeOf(() => verifyBag({ ...tags, manifest: 'nonsense\n' }, files))).toBe('not-a-bag');
    const outside = `${tags.manifest}${sha('')}  ../etc/passwd\n`;
    expect(codeOf(() => verifyBag({ ...tags, manifest: outside }, files))).toBe('not-a-bag');
    const twice = `${tags.manifest}${tags.manifest}`;
    expect(codeOf(() => verifyBag({ ...tags, manifest: twice }, files))).toBe('duplicate-name');
  });
});
