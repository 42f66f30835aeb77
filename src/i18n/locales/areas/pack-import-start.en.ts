import type { packImportStartDa } from './pack-import-start.da';

/** The start page's words of this area (see pack-import-start.da.ts). */
export const packImportStartEn: typeof packImportStartDa = {
  title: 'Bring in a moving pack',
  interrupted: {
    text: 'Bringing in a moving pack was interrupted. Nothing of it was saved.',
    tryAgain: 'Try again',
    ok: 'OK',
  },
};
