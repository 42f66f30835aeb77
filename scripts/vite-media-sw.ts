/**
 * Builds `src/workers/media-sw.ts` (the service worker's route for sealed media) into one
 * classic script, `media-sw.js`, which the Workbox worker vite-plugin-pwa generates loads with
 * `importScripts` (`workbox.importScripts` in vite.config.ts). A nested Vite build as an IIFE:
 * `importScripts` cannot load a module, and the generated worker stays as it was otherwise.
 */
import { fileURLToPath } from 'node:url';

import { build, type Plugin, type Rolldown } from 'vite';

export const mediaSwFile = 'media-sw.js';

export function mediaServiceWorker(): Plugin {
  const entry = fileURLToPath(new URL('../src/workers/media-sw.ts', import.meta.url));
  const src = fileURLToPath(new URL('../src/', import.meta.url));
  return {
    name: 'livsbog-media-sw',
    apply: 'build',
    async generateBundle() {
      const result = await build({
        configFile: false,
        logLevel: 'warn',
        resolve: { alias: [{ find: /^@\//, replacement: src }] },
        build: {
          write: false,
          target: 'es2022',
          copyPublicDir: false,
          lib: { entry, formats: ['iife'], name: 'livsbogMediaSw', fileName: () => mediaSwFile },
        },
      });
      const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
      const chunk = outputs
        .flatMap((o) => o.output)
        .find((c): c is Rolldown.OutputChunk => c.type === 'chunk');
      if (!chunk) throw new Error('media-sw: the build made no script');
      this.emitFile({ type: 'asset', fileName: mediaSwFile, source: chunk.code });
    },
  };
}
