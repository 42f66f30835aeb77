import type { roadDa } from './road.da';

/** English strings of the young mode's road, typed against the Danish source. */
export const roadEn: typeof roadDa = {
  titles: {
    home: 'A home from {{when}}',
    school: 'School from {{when}}',
    leisure: 'Free time from {{when}}',
    event: 'Something that happened in {{when}}',
    memory: 'A memory from {{when}}',
    letter: 'A letter from {{when}}',
    dream: 'A dream from {{when}}',
  },
  quick: {
    title: 'Put a memory on the road',
    intro: 'Tap the pictures. You do not have to write anything. You can always add words later.',
    photos: 'Photos',
    photosChosen_one: '{{count}} photo chosen',
    photosChosen_other: '{{count}} photos chosen',
    noPhotos: 'There are no photos in the book yet. Add a new one below.',
    photoAlt: 'Photo {{n}}',
    morePhotos: 'Show more photos',
    done: 'Done',
    writeInstead: 'I would rather write',
    cancel: 'Back',
    kindMissing: 'Tap a picture to choose what it is.',
    saveFailed: 'The memory was not saved. {{reason}}',
  },
  empty: {
    title: 'Your road starts here',
    young: 'Tap the button and put your first memory on the road. You do not have to write.',
    addFirst: 'Add the first memory',
  },
  road: {
    label: 'Your road',
    photo: 'Photo for {{title}}',
  },
};
