/** Danish strings for how much text a field holds (src/domain/limits.ts). */
export const limitsDa = {
  /** Shown under a long text once it is nearly full. */
  count: '{{count, number}} af {{max, number}} tegn',
  tooLong: 'Teksten må højst være {{max, number}} tegn. Gør den kortere, og gem igen.',
  captionTooLong: 'Billedteksten må højst være {{max, number}} tegn. Gør den kortere, og gem igen.',
};
