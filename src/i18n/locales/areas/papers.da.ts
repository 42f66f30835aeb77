/**
 * Danish strings for papers (a school report, a letter from mum): why a file was not stored as a
 * paper, `t('papers.failure.<reason>')` for each reason of `PaperFailure` (src/media/paper).
 */
export const papersDa = {
  failure: {
    'not-an-image': 'Filen er hverken en PDF eller et billede.',
    svg: 'Tegninger i SVG-format kan ikke gemmes som papir. Gem den som PDF, PNG eller JPEG.',
    empty: 'Filen er tom.',
    truncated: 'Filen er ikke hel – den stopper før tiden. Hent eller kopiér den igen.',
    corrupt: 'Filen er beskadiget og kan ikke læses. Gem den som PDF igen, og prøv en gang til.',
    'too-large':
      'Filen er for stor (over 50 MB, eller et billede over 60 megapixel). Gem en mindre udgave.',
    'heic-unsupported':
      'iPhone-billedet (HEIC) kunne ikke læses. Gem det som JPEG og prøv igen (på iPhone: Indstillinger › Kamera › Formater › Mest kompatibel).',
    cmyk: 'Billedet bruger trykfarver (CMYK). Gem det som et almindeligt JPEG-billede (RGB).',
    'unsupported-type':
      'Den slags fil kan Livsbog ikke gemme som papir. Gem den som PDF, JPEG eller PNG.',
    'storage-full': 'Der er ikke mere plads på enheden, så papiret er ikke gemt.',
    locked: 'Bogen blev låst, før papiret blev gemt. Lås bogen op og prøv igen.',
    unknown: 'Noget gik galt med dette papir. Prøv igen.',
    'not-a-paper':
      'Filen er hverken en PDF eller et billede. Gem papiret som PDF, eller tag et billede af det.',
    encrypted:
      'PDF’en er låst med en adgangskode eller begrænsninger, så Livsbog kan ikke tjekke den. Gem den uden lås (fx med “Udskriv som PDF”), og prøv igen.',
    javascript:
      'PDF’en indeholder programkode (JavaScript), som kan køre, når den åbnes, så den er ikke gemt. Gem den igen med “Udskriv som PDF”, eller tag et billede af papiret.',
    actions:
      'PDF’en kan starte programmer, sende oplysninger eller åbne andre filer, så den er ikke gemt. Gem den igen med “Udskriv som PDF”, eller tag et billede af papiret.',
    'embedded-files':
      'PDF’en har andre filer gemt inden i sig, så den er ikke gemt. Gem den igen med “Udskriv som PDF”, eller tag et billede af papiret.',
    'rich-media':
      'PDF’en indeholder film, lyd eller 3D, så den er ikke gemt. Gem den igen med “Udskriv som PDF”, eller tag et billede af papiret.',
    xfa: 'PDF’en er en særlig slags formular (XFA), som kun nogle programmer kan vise, så den er ikke gemt. Gem den igen med “Udskriv som PDF”.',
    'too-many-pages':
      'PDF’en har mere end 500 sider. Del den op i mindre dele, og gem dem hver for sig.',
    'no-pages': 'PDF’en har ingen sider.',
    'title-too-long': 'Titlen må højst være 120 tegn. Gør den kortere, og prøv igen.',
    'given-by-too-long':
      'Navnet på den, der gav dig papiret, må højst være 80 tegn. Gør det kortere, og prøv igen.',
  },
};
