/** The words of the documents a pack carries (PDF, HTML, LÆS MIG), in Danish and English. */
export * from './strings';
