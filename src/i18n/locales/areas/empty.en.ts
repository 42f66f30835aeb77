import type { emptyDa } from './empty.da';

/** English words of the empty pages, typed against the Danish source. */
export const emptyEn: typeof emptyDa = {
  shelf: {
    title: 'Your book will stand here',
  },
  people: {
    title: 'Who matters to you?',
  },
  photos: {
    title: 'No photos here yet',
    text: 'Choose photos of yourself, your places and your people.',
  },
  homes: {
    title: 'Where have you lived?',
  },
  schools: {
    title: 'Where do you go to school?',
  },
  bin: {
    title: 'Nothing in here',
    action: 'See your timeline',
  },
  search: {
    title: 'I could not find that',
    action: 'Show the whole timeline',
  },
  map: {
    title: 'Your map is empty so far',
  },
  family: {
    title: 'Your family tree is empty so far',
    action: 'Go to your people',
  },
  packImport: {
    title: 'Have you been given a moving pack?',
    text: 'A moving pack is a file with a life story book in it. Choose it, and Livsbog checks it first.',
  },
};
