import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

import { afterAll, beforeAll, describe, it } from 'vitest';

import { parseNotices } from '../../src/features/licences/lib/notices';

import { CreateBookPage } from './pages/create-book-page';
import { LicencesPage } from './pages/licences-page';
import { PhotosPage } from './pages/photos-page';
import { ShelfPage } from './pages/shelf-page';
import { expectNoAxeViolations } from './support/axe';
import {
  launchApp,
  waitForServiceWorkerActivated,
  withTimeout,
  type LaunchedApp,
} from './support/browser';

// The build under test: the one the preview server serves (see support/preview-server.mjs).
const dist = path.resolve(process.env.LIVSBOG_DIST ?? 'dist');
const libheifDir = path.dirname(createRequire(import.meta.url).resolve('libheif-js/package.json'));
const libheifPkg = JSON.parse(readFileSync(path.join(libheifDir, 'package.json'), 'utf8')) as {
  version: string;
};
const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const built = (name: string) => readFileSync(path.join(dist, name));

describe('the build ships libheif-js as its own unmodified file', () => {
  it('has libheif.js byte for byte as published, beside its licence texts and a README', () => {
    const published = readFileSync(path.join(libheifDir, 'libheif/libheif.js'));
    const shipped = built('vendor/libheif/libheif.js');
    assert.equal(sha256(shipped), sha256(published));
    assert.ok(
      built('vendor/libheif/COPYING.txt').equals(
        readFileSync(path.join(libheifDir, 'libheif/LICENSE')),
      ),
    );
    assert.ok(
      built('vendor/libheif/LICENSE.txt').equals(readFileSync(path.join(libheifDir, 'LICENSE'))),
    );
    assert.match(
      built('vendor/libheif/COPYING.txt').toString(),
      /GNU LESSER GENERAL PUBLIC LICENSE/,
    );
    assert.match(built('vendor/libheif/COPYING.txt').toString(), /GNU GENERAL PUBLIC LICENSE/);
    const readme = built('vendor/libheif/README.txt').toString();
    assert.match(readme, new RegExp(`libheif-js@${libheifPkg.version.replaceAll('.', '\\.')}`));
    assert.match(readme, /https:\/\/github\.com\/catdad-experiments\/libheif-js/);
    assert.ok(readme.includes(sha256(published)), 'the README names the hash');
  });

  it('bundles no libheif code into any script of its own', () => {
    const assets = readdirSync(path.join(dist, 'assets')).filter((f) => f.endsWith('.js'));
    for (const name of assets) {
      const code = readFileSync(path.join(dist, 'assets', name), 'utf8');
      assert.ok(!code.includes('heif_context_alloc'), `${name} holds no libheif`);
    }
  });

  it('precaches its texts and the notices; the 3 MB file itself is cached on first use', () => {
    const sw = built('sw.js').toString();
    for (const url of ['vendor/libheif/COPYING.txt', 'vendor/libheif/README.txt', 'licences.json'])
      assert.ok(sw.includes(`"${url}"`), `${url} is precached`);
    // Not installed with the app (issue 16: the precache stays small); big-workers-offline.e2e.ts
    // shows it is cached the first time a HEIC arrives and then works offline.
    assert.ok(!sw.includes('"vendor/libheif/libheif.js"'), 'libheif.js is not precached');
    assert.ok(sw.includes('/vendor/libheif/libheif.js'), 'libheif.js has its runtime cache route');
  });
});

describe('the third-party notices of the build', () => {
  const notices = parseNotices(JSON.parse(built('licences.json').toString()));
  const byName = new Map(notices.packages.map((p) => [p.name, p]));

  it('lists the bundled packages with their licences and texts, libheif-js as LGPL-3.0', () => {
    for (const name of [
      'react',
      'react-dom',
      'dexie',
      'i18next',
      'react-router',
      'zod',
      '@cantoo/pdf-lib',
    ]) {
      const p = byName.get(name);
      assert.ok(p, `${name} is listed`);
      assert.ok((p.licenseText ?? '').length > 100, `${name} has its licence text`);
    }
    assert.equal(byName.get('dexie')?.license, 'Apache-2.0');
    // Only in workers: the scanner sees the worker builds too.
    assert.ok(byName.has('client-zip'), 'client-zip (pack export worker)');
    assert.ok(byName.has('heic-decode'), 'heic-decode (HEIC worker)');
    const libheif = byName.get('libheif-js');
    assert.equal(libheif?.license, 'LGPL-3.0');
    assert.equal(libheif.version, libheifPkg.version);
    assert.equal(libheif.shippedAs, 'vendor/libheif/libheif.js');
    assert.match(libheif.licenseText ?? '', /GNU LESSER GENERAL PUBLIC LICENSE/);
    assert.match(notices.own, /Copyright \(c\) 2026 The Livsbog developers/);
  });

  it('lists every Workbox module the service worker holds', () => {
    const scripts = readdirSync(dist).filter((f) => /^(sw|workbox-.*)\.js$/.test(f));
    const modules = new Set(
      scripts.flatMap((f) =>
        [
          ...built(f)
            .toString()
            .matchAll(/workbox:([a-z-]+):/g),
        ].map((m) => `workbox-${m[1] ?? ''}`),
      ),
    );
    assert.ok(modules.size > 0, 'the service worker was found');
    for (const name of modules)
      assert.ok(
        byName.has(name),
        `${name} is in the service worker: add it to scripts/vite-licences.ts`,
      );
  });
});

describe('the licences page in the built app', () => {
  let app: LaunchedApp;

  beforeAll(async () => {
    app = await launchApp();
  });

  afterAll(async () => {
    await app.close();
  });

  it('opens from the shelf, shows the list and the LGPL file, and the keyboard opens a licence text', async () => {
    const shelf = new ShelfPage(app.page, app.baseURL);
    await shelf.open({ lang: 'en' });
    const licences = new LicencesPage(app.page, app.baseURL);
    await licences.openFromShelf();

    const headings = await licences.packageHeadings();
    for (const name of ['react', 'dexie', 'libheif-js'])
      assert.ok(
        headings.some((h) => h.startsWith(`${name} `)),
        `${name} is listed: ${headings.join(', ')}`,
      );
    const libheif = licences.item(`libheif-js ${libheifPkg.version}`);
    assert.equal(
      (await libheif.getByText(/^Licence: /).textContent())?.trim(),
      'Licence: LGPL-3.0',
    );

    // The shipped file the LGPL note links to is served, unmodified.
    const lgpl = licences.region('HEIC photos: libheif (LGPL)');
    const href = await lgpl
      .getByRole('link', { name: 'The library: libheif.js' })
      .getAttribute('href');
    assert.equal(href, '/vendor/libheif/libheif.js');
    const served = await withTimeout(
      app.page.evaluate(async (url) => {
        const bytes = await (await fetch(url)).arrayBuffer();
        const digest = await crypto.subtle.digest('SHA-256', bytes);
        return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
      }, href),
      30_000,
      'hashing the served libheif.js',
    );
    assert.equal(served, sha256(readFileSync(path.join(libheifDir, 'libheif/libheif.js'))));

    // A licence text opens from the keyboard.
    const react = licences.item(headings.find((h) => h.startsWith('react ')) ?? '');
    const text = react.locator('pre');
    assert.equal(await text.isVisible(), false);
    await react.getByText('Show the licence text of react').focus();
    await app.page.keyboard.press('Enter');
    await text.waitFor({ state: 'visible' });
    assert.match((await text.textContent()) ?? '', /MIT License/);

    await expectNoAxeViolations(app.page, 'the licences page');
    assert.deepEqual(app.pageErrors(), []);
  });

  it('opens offline, with the list and the libheif texts from the precache', async () => {
    const licences = new LicencesPage(app.page, app.baseURL);
    await licences.goto('/', { lang: 'en' });
    await waitForServiceWorkerActivated(app.page);
    await app.context.setOffline(true);
    try {
      await licences.goto('/licences', { lang: 'en' });
      await licences
        .heading()
        .filter({ hasText: /^Licences$/ })
        .waitFor();
      await licences.waitForList();
      const readme = await withTimeout(
        app.page.evaluate(async () => {
          const res = await fetch('/vendor/libheif/README.txt');
          return { ok: res.ok, text: await res.text() };
        }),
        15_000,
        'reading the README offline',
      );
      assert.ok(readme.ok && readme.text.startsWith('libheif-js '), 'the README is cached');
    } finally {
      await app.context.setOffline(false);
    }
  });

  it('turns a HEIC photo into a JPEG with the shipped libheif.js', async () => {
    const shelf = new ShelfPage(app.page, app.baseURL);
    await shelf.open({ lang: 'en' });
    await shelf.startNewBook();
    await new CreateBookPage(app.page, app.baseURL).create({ nickname: 'Hedda', language: 'en' });
    const photos = new PhotosPage(app.page, app.baseURL);
    await photos.goToPhotos();
    await photos.importFiles([
      {
        name: 'IMG_0043.HEIC',
        mimeType: 'image/heic',
        buffer: readFileSync(path.resolve(import.meta.dirname, '../fixtures/photos/tiny.heic')),
      },
    ]);
    assert.equal(await photos.addedText(), '1 photo was added to the book.');
    await photos.waitForGallery(1);
    assert.ok(
      app.requests().some((url) => new URL(url).pathname === '/vendor/libheif/libheif.js'),
      'the HEIC worker loaded vendor/libheif/libheif.js',
    );
  });
});
