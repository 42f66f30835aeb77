/** Danish strings of the photos area (the source language). */
export const photosDa = {
  title: 'Billeder',
};
