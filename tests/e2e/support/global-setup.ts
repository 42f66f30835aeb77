import type { TestProject } from 'vitest/node';

import { startPreview, type PreviewHandle } from '../../support/preview-server.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the built app served by `vite preview`, e.g. `http://127.0.0.1:41234`. */
    baseURL: string;
  }
}

let server: PreviewHandle | undefined;

// One preview server for the whole run: starting Vite per file would cost seconds each.
export async function setup(project: TestProject): Promise<void> {
  server = await startPreview();
  project.provide('baseURL', server.baseURL);
}

export async function teardown(): Promise<void> {
  await server?.close();
  server = undefined;
}
