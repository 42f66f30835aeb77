/**
 * The words of this area that the start page shows (its link, and the frame's notice of an
 * interrupted import): src/i18n/locales/start.ts loads only these with the first page; the rest
 * comes with da.ts.
 */
export const packImportStartDa = {
  title: 'Hent en flyttepakke',
  /** After a crash: a pack import that never reached its commit, found on the next visit. */
  interrupted: {
    text: 'Hentningen af en flyttepakke blev afbrudt. Intet af den blev gemt.',
    tryAgain: 'Prøv igen',
    ok: 'OK',
  },
};
