/** Danish strings for the licences page (src/features/licences), besides the link (licences-start.da.ts; da.ts joins them). */
export const licencesDa = {
  title: 'Licenser',
  intro:
    'Livsbog er fri software. Den er bygget med programdele, som andre har lavet og delt. Her står, hvem de er, og hvilke vilkår de er delt på.',
  ownTitle: 'Livsbogs egen licens',
  ownText: 'Livsbog må bruges, ændres og deles frit på MIT-licensens vilkår:',
  lgplTitle: 'HEIC-billeder: libheif (LGPL)',
  lgplText:
    'Billeder fra iPhone (HEIC) laves om til JPEG med libheif-js. Det er delt under GNU Lesser General Public License version 3 (LGPL). Livsbog indeholder filen uændret som sin egen fil, så du kan skifte den ud med din egen udgave af libheif.',
  lgplFile: 'Biblioteket: {{file}}',
  lgplCopying: 'Licenstekster (LGPL og GNU GPL)',
  lgplReadme: 'Hvor filen kommer fra',
  listTitle: 'Programdele i Livsbog',
  listIntro_one: 'Livsbog indeholder {{count}} programdel fra andre:',
  listIntro_other: 'Livsbog indeholder {{count}} programdele fra andre:',
  licence: 'Licens: {{licence}}',
  source: 'Kilde: {{url}}',
  shippedAs: 'Ligger som sin egen fil: {{file}}',
  showText: 'Vis licensteksten for {{name}}',
  noText: 'Pakken har ingen licenstekst med. Vilkårene er {{licence}}-licensens.',
  loading: 'Henter listen over licenser …',
  loadFailed:
    'Listen over licenser kunne ikke hentes. Prøv igen. Virker det stadig ikke, så genindlæs siden, når du er på nettet.',
  badList: 'Listen over licenser er ødelagt i denne udgave af Livsbog. Opdatér appen.',
  retry: 'Prøv igen',
};
