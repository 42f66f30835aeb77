import type { meNowPicturesDa } from './me-now-pictures.da';

/** English strings of "Me now" chosen by picture: how I feel now, what I like, and the cover. */
export const meNowPicturesEn: typeof meNowPicturesDa = {
  feeling: {
    legend: 'How I feel now',
    none: 'I do not want to say now',
  },
  likes: {
    title: 'Things I like',
    none: 'You have not chosen any pictures yet.',
    toggle: 'Choose with pictures',
    hint: 'Tap pictures of things you like. Tap again to take a picture away. Do not choose the pictures of your secret sentence: others can see them here.',
    chosen: 'My pictures',
    remove: 'Take {{word}} away',
    added: '{{word}} is chosen',
    removed: '{{word}} is taken away',
    tooMany: 'You have chosen {{max}} pictures. Take one away before you choose a new one.',
  },
  saved: 'Saved: {{what}}',
  saveFailed: 'It was not saved. {{reason}}',
  cover: {
    feeling: 'How I feel: {{name}}',
    likes: 'Things I like:',
  },
};
