import type { licencesStartDa } from './licences-start.da';

/** The link to the licences page (see licences-start.da.ts). */
export const licencesStartEn: typeof licencesStartDa = {
  link: 'Licences and copyright',
};
