import react from '@vitejs/plugin-react';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

import pkg from './package.json' with { type: 'json' };
import {
  emitNotices,
  libheifFiles,
  libheifVendorDir,
  scanLicences,
  vendorLibheif,
} from './scripts/vite-licences.ts';
import { mediaServiceWorker, mediaSwFile } from './scripts/vite-media-sw.ts';

/** The HEIC decoder's file in the build, and a hash of its bytes (see the runtime cache below). */
const libheifPath = `${libheifVendorDir}/libheif.js`;
const libheifHash = createHash('sha256')
  .update(libheifFiles().files['libheif.js'] ?? '')
  .digest('hex')
  .slice(0, 12);

/**
 * The Content Security Policy of the built app. Dev mode needs inline scripts for React
 * refresh, so the policy is only injected into the production build (and sent as a header by
 * the preview server, where frame-ancestors can be enforced too).
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  // Argon2id (the secret sentence's key derivation) runs as WebAssembly: compiling it needs
  // 'wasm-unsafe-eval', which allows wasm only, not eval() of script.
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' blob: data:",
  // Videos and voice notes play from the service worker's stream or, for a poster frame and
  // without a worker, from an object URL of bytes in memory (never from another origin).
  "media-src 'self' blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

function cspMetaTag(): Plugin {
  return {
    name: 'livsbog-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}

export default defineConfig({
  define: {
    __APP_VERSION__: JSON.stringify(pkg.version),
  },
  // `@/db` is src/db/index.ts: other layers enter a layer through its index (eslint boundaries).
  resolve: {
    alias: [{ find: /^@\//, replacement: fileURLToPath(new URL('./src/', import.meta.url)) }],
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    // Every browser the app supports preloads modules itself: the polyfill would only add bytes
    // to the start page's first load.
    modulePreload: { polyfill: false },
  },
  // The preview server is what `npm start` and the e2e tests use: same headers as production.
  preview: {
    host: '127.0.0.1',
    headers: {
      'Content-Security-Policy': `${contentSecurityPolicy}; frame-ancestors 'none'`,
      'Permissions-Policy': 'geolocation=(), camera=(self), microphone=(self)',
      'Referrer-Policy': 'no-referrer',
      'X-Content-Type-Options': 'nosniff',
    },
  },
  // Each worker is its own build: scan it for the third-party notices too.
  worker: {
    plugins: () => [scanLicences()],
  },
  plugins: [
    react(),
    cspMetaTag(),
    vendorLibheif(),
    scanLicences(),
    emitNotices(import.meta.dirname),
    mediaServiceWorker(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'icons/*.png'],
      manifest: {
        name: 'Livsbog – min historie',
        short_name: 'Livsbog',
        description: 'Din egen livsbog: steder, mennesker, billeder og minder.',
        lang: 'da',
        id: '/',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#fff8ef',
        theme_color: '#b4532a',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          {
            src: '/icons/icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,woff2,ttf,webmanifest,txt,json}'],
        // The big workers (libheif 3 MB, the pack export 1.3 MB, the PDF paper cleaner 0.6 MB)
        // are not installed with the app: most visits never decode a HEIC photo, export a pack
        // or bring in a PDF. They are cached on first use instead (runtimeCaching below), and
        // work offline from then on.
        globIgnores: [
          libheifPath,
          'assets/pack-export.worker-*.js',
          'assets/paper-clean.worker-*.js',
        ],
        // The route that plays sealed voice notes and videos (src/workers/media-sw.ts).
        importScripts: [mediaSwFile],
        navigateFallback: '/index.html',
        cleanupOutdatedCaches: true,
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        runtimeCaching: [
          {
            urlPattern: ({ url }) =>
              url.pathname === '/vendor/libheif/libheif.js' ||
              /^\/assets\/(pack-export|paper-clean)\.worker-[\w-]+\.js$/.test(url.pathname),
            handler: 'CacheFirst',
            options: {
              // The export worker's name carries its hash; libheif.js keeps its name (it may be
              // replaced, LGPL), so the cache's name carries its hash: a new build's worker is
              // fetched once, and old entries give way to new ones.
              cacheName: `livsbog-big-workers-${libheifHash}`,
              expiration: { maxEntries: 6 },
              cacheableResponse: { statuses: [200] },
            },
          },
        ],
      },
    }),
  ],
});
