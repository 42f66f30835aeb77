import { existsSync } from 'node:fs';
import path from 'node:path';

import { preview } from 'vite';

/**
 * Serves the production build with Vite's preview server: the same CSP and headers as
 * `npm start` (they come from vite.config.ts), on 127.0.0.1 and a port the OS picks, so parallel
 * runs on a shared machine never collide.
 *
 * `outDir` serves another build than the default; `port` serves on a given port, so a test can
 * replace one build with another on the same origin (the service worker and the stored data
 * belong to the origin) and see the app update.
 *
 * @param {{ root?: string, outDir?: string, port?: number }} [options]
 * @returns {Promise<{ baseURL: string, close: () => Promise<void> }>}
 */
export async function startPreview(options = {}) {
  const root = path.resolve(options.root ?? process.cwd());
  // LIVSBOG_DIST: a build elsewhere (`vite build --outDir … --emptyOutDir`), so engineers working
  // side by side on one machine can test their own build without rebuilding each other's dist/.
  const outDir = path.resolve(root, options.outDir ?? process.env.LIVSBOG_DIST ?? 'dist');
  const indexHtml = path.join(outDir, 'index.html');
  if (!existsSync(indexHtml)) {
    throw new Error(`${indexHtml} does not exist: run \`npm run build\` first`);
  }
  const server = await preview({
    root,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: options.port ?? 0, strictPort: true, open: false },
  });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') {
    await server.close();
    throw new Error('vite preview did not report a TCP address');
  }
  return {
    baseURL: `http://127.0.0.1:${address.port}`,
    close: () => server.close(),
  };
}
