/** Danish strings of the timeline area (the source language). */
export const timelineDa = {
  title: 'Tidslinje',
};
