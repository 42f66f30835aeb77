/** Danish strings of a moving pack's photos: those left out, and a pack too big for the device. */
export const packMediaDa = {
  refused: {
    heading_one: '{{count}} billede kommer ikke med',
    heading_other: '{{count}} billeder kommer ikke med',
    explain:
      'Livsbog tjekker hvert billede, som når du henter billeder ind. Disse kunne ikke bruges, så de bliver ikke gemt. Alt det andet kommer med.',
    line: '{{file}}: {{reason}}',
  },
  notEnoughSpace:
    'Der er ikke plads nok på enheden til flyttepakken. Den skal bruge omkring {{needed}} ledig plads, mens den hentes ind, og der er {{free}} ledig. Gør plads, og prøv igen.',
};
