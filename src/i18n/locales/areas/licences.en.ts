import type { licencesDa } from './licences.da';

/** English strings for the licences page. */
export const licencesEn: typeof licencesDa = {
  title: 'Licences',
  intro:
    'Livsbog is free software. It is built with parts that other people made and shared. This page says who they are and on which terms they are shared.',
  ownTitle: "Livsbog's own licence",
  ownText: 'Livsbog may be used, changed and shared freely under the terms of the MIT licence:',
  lgplTitle: 'HEIC photos: libheif (LGPL)',
  lgplText:
    'Photos from an iPhone (HEIC) are turned into JPEG with libheif-js. It is shared under the GNU Lesser General Public License version 3 (LGPL). Livsbog holds the file unmodified, as a file of its own, so you can replace it with your own build of libheif.',
  lgplFile: 'The library: {{file}}',
  lgplCopying: 'Licence texts (LGPL and GNU GPL)',
  lgplReadme: 'Where the file comes from',
  listTitle: 'Parts in Livsbog',
  listIntro_one: 'Livsbog holds {{count}} part made by others:',
  listIntro_other: 'Livsbog holds {{count}} parts made by others:',
  licence: 'Licence: {{licence}}',
  source: 'Source: {{url}}',
  shippedAs: 'Kept as a file of its own: {{file}}',
  showText: 'Show the licence text of {{name}}',
  noText:
    'The package comes without a licence text. Its terms are those of the {{licence}} licence.',
  loading: 'Fetching the list of licences …',
  loadFailed:
    'The list of licences could not be fetched. Try again. If it still does not work, reload the page when you are online.',
  badList: 'The list of licences is damaged in this version of Livsbog. Update the app.',
  retry: 'Try again',
};
