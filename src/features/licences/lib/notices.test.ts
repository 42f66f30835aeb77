import { fetchNotices, NoticesError, parseNotices, webAddress } from './notices';

const ok = { own: 'MIT', packages: [{ name: 'react', version: '19.3.1', license: 'MIT' }] };

const respond = (body: string, status = 200) =>
  vi.fn<typeof fetch>(() => Promise.resolve(new Response(body, { status })));

async function reason(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'resolved';
  } catch (e) {
    return e instanceof NoticesError ? e.reason : 'other';
  }
}

describe('the notices file', () => {
  it('reads licences.json', async () => {
    await expect(fetchNotices(respond(JSON.stringify(ok)))).resolves.toEqual(ok);
  });

  it('calls a list that is not the expected shape damaged', async () => {
    expect(await reason(fetchNotices(respond('not json')))).toBe('damaged');
    expect(await reason(fetchNotices(respond('{"packages": 3}')))).toBe('damaged');
    expect(() => parseNotices({ own: 'x', packages: [{ name: '' }] })).toThrow(NoticesError);
  });

  it('calls a list it cannot fetch unavailable', async () => {
    expect(await reason(fetchNotices(respond('', 404)))).toBe('unavailable');
    const offline = vi.fn<typeof fetch>(() => Promise.reject(new TypeError('Failed to fetch')));
    expect(await reason(fetchNotices(offline))).toBe('unavailable');
  });

  it('links only web addresses', () => {
    expect(webAddress('https://github.com/dexie/Dexie.js')).toBe(
      'https://github.com/dexie/Dexie.js',
    );
    expect(webAddress('git://github.com/a/b')).toBe('https://github.com/a/b');
    expect(webAddress('github:a/b')).toBeUndefined();
    expect(webAddress('javascript:alert(1)')).toBeUndefined();
    expect(webAddress(undefined)).toBeUndefined();
  });
});
