import { emptyDa } from './areas/empty.da';
import { guardsDa } from './areas/guards.da';
import { layoutDa } from './areas/layout.da';
import { licencesDa } from './areas/licences.da';
import { packImportDa } from './areas/pack-import.da';
import { appDa, errorsDa, langDa, navDa, shelfDa } from './areas/start.da';

/**
 * The Danish words of the start page and the app's frame (title, banners, update prompt,
 * errors): all the first load holds. Every other word is in da.ts, a chunk fetched with the
 * first other page (i18n/setup.ts); a unit test renders the shelf with these alone.
 */
export const startDa = {
  app: appDa,
  lang: langDa,
  shelf: shelfDa,
  nav: navDa,
  errors: errorsDa,
  layout: layoutDa,
  guards: guardsDa,
  // The shelf links to bringing in a moving pack and to the licences, and the frame says when a
  // pack's import was interrupted.
  packImport: packImportDa,
  licences: licencesDa,
  // An empty shelf says so with a picture and a title of its own.
  empty: emptyDa,
};
