import { emptyDa } from './areas/empty.da';
import { guardsDa } from './areas/guards.da';
import { layoutDa } from './areas/layout.da';
import { licencesStartDa } from './areas/licences-start.da';
import { packImportStartDa } from './areas/pack-import-start.da';
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
  // pack's import was interrupted: those words only (i18next merges the rest in with da.ts).
  packImport: packImportStartDa,
  licences: licencesStartDa,
  // An empty shelf says so with a picture and a title of its own.
  empty: emptyDa,
};
