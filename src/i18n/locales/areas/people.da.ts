/** Danish strings of the people area (the source language). */
export const peopleDa = {
  title: 'Mennesker',
};
