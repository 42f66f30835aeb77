/**
 * Danish strings of a moving pack's photos, drawings, voice notes, videos and papers: how many of
 * each, those left out, and a pack too big for the device.
 */
export const packMediaDa = {
  counts: {
    drawings_one: '{{count}} tegning',
    drawings_other: '{{count}} tegninger',
    voices_one: '{{count}} lydoptagelse',
    voices_other: '{{count}} lydoptagelser',
    videos_one: '{{count}} video',
    videos_other: '{{count}} videoer',
    papers_one: '{{count}} papir',
    papers_other: '{{count}} papirer',
  },
  voiceFailure: {
    'too-large': 'Lydoptagelsen er for stor (over 50 MB).',
    'too-long': 'Lydoptagelsen er længere end 10 minutter.',
    empty: 'Lydoptagelsen er tom.',
    'not-a-video':
      'Filen er ikke en lydoptagelse, Livsbog kan gemme (den har billeder eller ingen lyd).',
    'unsupported-type': 'Lydoptagelsen er i et format, Livsbog ikke kan gemme.',
    truncated: 'Lydoptagelsen er afbrudt eller ufuldstændig.',
    corrupt: 'Lydoptagelsen er beskadiget.',
    fragmented: 'Lydoptagelsen har ekstra spor, Livsbog ikke kan fjerne.',
    'cannot-clean': 'Livsbog kunne ikke fjerne oplysninger om apparat og sted fra lydoptagelsen.',
    unknown: 'Noget gik galt med denne lydoptagelse.',
  },
  refused: {
    heading_one: '{{count}} fil kommer ikke med',
    heading_other: '{{count}} filer kommer ikke med',
    explain:
      'Livsbog tjekker hvert billede, hver tegning, lyd, video og hvert papir, som når du henter dem ind. Disse kunne ikke bruges, så de bliver ikke gemt. Alt det andet kommer med.',
    line: '{{file}}: {{reason}}',
  },
  notEnoughSpace:
    'Der er ikke plads nok på enheden til flyttepakken. Den skal bruge omkring {{needed}} ledig plads, mens den hentes ind, og der er {{free}} ledig. Gør plads, og prøv igen.',
};
