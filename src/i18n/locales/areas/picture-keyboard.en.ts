import type { pictureKeyboardDa } from './picture-keyboard.da';

/** English strings for the picture keyboard: opening a book and making a sentence by pictures. */
export const pictureKeyboardEn: typeof pictureKeyboardDa = {
  label: 'Pictures for your secret sentence',
  categories: 'Kinds of pictures',
  category: {
    animals: 'Animals',
    food: 'Food',
    nature: 'Nature',
    play: 'Play',
    vehicles: 'Vehicles',
    things: 'Things',
  },
  chosen: 'Your pictures',
  empty: 'Tap your pictures in order.',
  undo: 'Undo',
  undoLabel: 'Remove the last picture',
  picked_one: '{{word}} chosen. {{count}} picture.',
  picked_other: '{{word}} chosen. {{count}} pictures.',
  removed_one: '{{word}} removed. {{count}} picture left.',
  removed_other: '{{word}} removed. {{count}} pictures left.',
  holdToHear: 'Hold your finger on a picture to hear its word.',
  open: 'Open the book',
  opening: 'Opening …',
  inputLabel: 'How to enter the sentence',
  usePictures: 'Pictures',
  useTyping: 'Typing',
  makeHint: 'Tap five pictures, or keep the five suggested. Remember them in order.',
  startOver: 'Start over',
};
