/**
 * Build plugins for the licences (issue 12, item 9).
 *
 * - libheif-js is LGPL-3.0. It is not bundled: the build copies its asm.js file byte for byte
 *   from node_modules to `vendor/libheif/`, beside its licence texts and a README naming the
 *   source, and the HEIC worker loads it at run time. Whoever has the app can replace that one
 *   file with their own build of libheif, which is what the LGPL asks of a combined work.
 * - Every npm package that ends up in a chunk (the app's and every worker's) is listed with its
 *   licence text in `licences.json`, which the in-app licences page reads.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

import license from 'rollup-plugin-license';
import type { Plugin } from 'vite';

const require = createRequire(import.meta.url);

/** Where the vendored library and its texts are served from (below the app's base URL). */
export const libheifVendorDir = 'vendor/libheif';

export interface NoticePackage {
  name: string;
  version: string;
  license: string;
  author?: string;
  repository?: string;
  licenseText?: string;
  noticeText?: string;
  /** Set for a package shipped as its own file rather than bundled. */
  shippedAs?: string;
}

export interface Notices {
  /** Livsbog's own licence text (the repository's LICENSE). */
  own: string;
  packages: NoticePackage[];
}

interface PackageJson {
  name: string;
  version: string;
  license?: string;
  author?: string | { name?: string };
  repository?: string | { url?: string };
}

function packageDir(name: string): string {
  return dirname(require.resolve(`${name}/package.json`));
}

/** The package folder of a file below node_modules (`…/node_modules/@scope/name/…`). */
function packageDirOf(id: string): string | undefined {
  const m = /^(.*[\\/]node_modules[\\/](?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/.exec(id);
  return m?.[1];
}

function readPackageJson(dir: string): PackageJson {
  return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as PackageJson;
}

function repositoryUrl(repo: PackageJson['repository']): string | undefined {
  const url = typeof repo === 'string' ? repo : repo?.url;
  // npm writes `git+https://…git`; a reader wants the web address.
  return url?.replace(/^git\+/, '').replace(/\.git$/, '');
}

function authorName(author: PackageJson['author']): string | undefined {
  return typeof author === 'string' ? author : author?.name;
}

/** The files of libheif-js that the build ships, by their name in `vendor/libheif/`. */
export function libheifFiles(): { files: Record<string, Buffer>; pkg: PackageJson } {
  const dir = packageDir('libheif-js');
  const pkg = readPackageJson(dir);
  const repository = repositoryUrl(pkg.repository) ?? '';
  const script = readFileSync(join(dir, 'libheif/libheif.js'));
  const readme = [
    `libheif-js ${pkg.version}`,
    '',
    'libheif.js in this folder is the file libheif/libheif.js of the npm package',
    `libheif-js@${pkg.version} (${pkg.license ?? ''}), copied unmodified:`,
    `  sha256 ${createHash('sha256').update(script).digest('hex')}`,
    '',
    `Package source:  ${repository}`,
    'libheif source:  https://github.com/strukturag/libheif',
    '',
    'It is the asm.js (no WebAssembly) build of libheif, a library under the GNU Lesser General',
    'Public License version 3. Livsbog loads it at run time in its HEIC worker',
    '(importScripts("/vendor/libheif/libheif.js")) and does not bundle it, so you may replace',
    'this file with your own build of libheif-js; Livsbog uses only the interface the package',
    'publishes (the global factory `libheif`).',
    '',
    'COPYING.txt: libheif/LICENSE of the package (LGPL-3.0, the GNU GPL it refers to, MIT).',
    'LICENSE.txt: LICENSE of the package (LGPL-3.0).',
    '',
  ].join('\n');
  return {
    pkg,
    files: {
      'libheif.js': script,
      'COPYING.txt': readFileSync(join(dir, 'libheif/LICENSE')),
      'LICENSE.txt': readFileSync(join(dir, 'LICENSE')),
      'README.txt': Buffer.from(readme, 'utf8'),
    },
  };
}

/**
 * Copies libheif-js into the build, and serves the same files in dev (where the HEIC worker
 * is a module worker and uses the package entry instead, but the licences page links them).
 */
export function vendorLibheif(): Plugin {
  return {
    name: 'livsbog-vendor-libheif',
    configureServer(server) {
      const { files } = libheifFiles();
      server.middlewares.use((req, res, next) => {
        const prefix = `/${libheifVendorDir}/`;
        const name = req.url?.startsWith(prefix) ? req.url.slice(prefix.length) : undefined;
        const body = name === undefined ? undefined : files[name];
        if (!body) {
          next();
          return;
        }
        res.setHeader(
          'Content-Type',
          name?.endsWith('.js') ? 'text/javascript' : 'text/plain; charset=utf-8',
        );
        res.end(body);
      });
    },
    generateBundle() {
      if (this.environment.config.isWorker) return;
      for (const [name, source] of Object.entries(libheifFiles().files)) {
        this.emitFile({ type: 'asset', fileName: `${libheifVendorDir}/${name}`, source });
      }
    },
  };
}

/** Bundled packages of the app and of every worker build, gathered across the builds. */
const found = new Map<string, NoticePackage>();
/** Packages whose stylesheets (and the fonts they point to) are in the build. The licence
 * scanner sees only JavaScript modules with rendered code, so CSS is recorded on load. */
const styleDirs = new Set<string>();

interface ScannedDependency {
  name: string | null;
  version: string | null;
  license: string | null;
  licenseText: string | null;
  noticeText: string | null;
  repository: string | { url?: string } | null;
  author: { name: string } | null;
}

function collect(deps: readonly ScannedDependency[]): void {
  for (const d of deps) {
    if (!d.name || d.name === 'livsbog') continue;
    found.set(`${d.name}@${d.version ?? ''}`, {
      name: d.name,
      version: d.version ?? '',
      license: d.license ?? 'UNKNOWN',
      author: d.author?.name,
      repository: repositoryUrl(d.repository ?? undefined),
      licenseText: d.licenseText ?? undefined,
      noticeText: d.noticeText ?? undefined,
    });
  }
}

/**
 * Scans the chunks of one build (the app's, or one worker's: Vite builds each worker on its
 * own, with the plugins of `worker.plugins`). rollup-plugin-license's types are Rollup's; its
 * two hooks (renderChunk, generateBundle) are the same in Vite's bundler.
 */
export function scanLicences(): Plugin[] {
  const styles: Plugin = {
    name: 'livsbog-licence-styles',
    apply: 'build',
    transform: {
      filter: { id: /node_modules.*\.css$/ },
      handler(_code, id) {
        const dir = packageDirOf(id);
        if (dir) styleDirs.add(dir);
        return null;
      },
    },
  };
  const scanner = license({
    sourcemap: false,
    thirdParty: {
      includePrivate: false,
      multipleVersions: true,
      output: (deps) => {
        collect(deps);
      },
    },
  }) as unknown as Plugin;
  return [styles, scanner];
}

/**
 * The Workbox runtime that vite-plugin-pwa writes into the service worker. That bundle is made
 * after the app's (so no scanner sees it); a test checks that every module it names is here.
 */
const serviceWorkerPackages = [
  'workbox-cacheable-response',
  'workbox-core',
  // The big workers' cache on first use keeps at most a few entries (vite.config.ts).
  'workbox-expiration',
  'workbox-precaching',
  'workbox-routing',
  'workbox-strategies',
];

function readLicenceText(dir: string): string | undefined {
  for (const name of ['LICENSE', 'LICENSE.md', 'LICENSE.txt', 'LICENCE']) {
    try {
      return readFileSync(join(dir, name), 'utf8');
    } catch {
      // Try the next spelling.
    }
  }
  return undefined;
}

function packageNotice(dir: string, shippedAs?: string): NoticePackage {
  const pkg = readPackageJson(dir);
  return {
    name: pkg.name,
    version: pkg.version,
    license: pkg.license ?? 'UNKNOWN',
    author: authorName(pkg.author),
    repository: repositoryUrl(pkg.repository),
    licenseText: readLicenceText(dir),
    shippedAs,
  };
}

/** The emoji pictures (feelings, kinds, cover, empty pages), copied into src/components/emoji
 * (its README lists every file). */
const twemojiNotice: NoticePackage = {
  name: 'Twemoji (the pictures of feelings, kinds of entry, the cover and empty pages)',
  version: '16.0.1 (from @iconify-json/twemoji 1.2.5)',
  license: 'CC-BY-4.0',
  author: 'Twitter, Inc. and other contributors',
  repository: 'https://github.com/jdecked/twemoji',
  licenseText:
    'Graphics copyright Twitter, Inc. and other contributors, licensed under CC BY 4.0: https://creativecommons.org/licenses/by/4.0/',
};

/** Writes `licences.json` once every worker has been built (they are built before the app's
 * chunks are written). Runs after `scanLicences()` in the plugin list. */
export function emitNotices(root: string): Plugin {
  return {
    name: 'livsbog-notices',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler() {
        if (this.environment.config.isWorker) return;
        const packages = new Map(found);
        const extra = [
          packageNotice(packageDir('libheif-js'), `${libheifVendorDir}/libheif.js`),
          ...serviceWorkerPackages.map((name) => packageNotice(packageDir(name))),
          ...[...styleDirs].map((dir) => packageNotice(dir)),
          twemojiNotice,
        ];
        for (const p of extra) packages.set(`${p.name}@${p.version}`, p);
        const notices: Notices = {
          own: readFileSync(join(root, 'LICENSE'), 'utf8'),
          packages: [...packages.values()].sort((a, b) =>
            a.name === b.name ? a.version.localeCompare(b.version) : a.name.localeCompare(b.name),
          ),
        };
        this.emitFile({
          type: 'asset',
          fileName: 'licences.json',
          source: JSON.stringify(notices),
        });
      },
    },
  };
}
