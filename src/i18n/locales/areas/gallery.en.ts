import type { galleryDa } from './gallery.da';

/** English strings of the gallery's kinds of memory, typed against the Danish source. */
export const galleryEn: typeof galleryDa = {
  chips: {
    label: 'Show',
    all: 'All',
    photo: 'Photos',
    drawing: 'Drawings',
    voice: 'Sound',
    video: 'Video',
    paper: 'Papers',
  },
  kind: {
    photo: 'Photo',
    drawing: 'Drawing',
    voice: 'Sound',
    video: 'Video',
    paper: 'Paper',
  },
  of: {
    photo: 'Photo from {{date}}',
    drawing: 'Drawing from {{date}}',
    voice: 'Sound from {{date}}',
    video: 'Video from {{date}}',
    paper: 'Paper from {{date}}',
  },
  named: '{{kind}}: {{name}}',
  withLength: '{{name}}, {{length}}',
  pages_one: '{{count}} page',
  pages_other: '{{count}} pages',
  count_one: '{{count}} memory',
  count_other: '{{count}} memories',
  heading: 'Everything in the book',
  search: 'Search the gallery',
  /** The button in the photos' row of buttons that opens the search field. */
  searchToggle: 'Search',
  searchHint: 'A title, your words, who gave it or who is in it.',
  noMatch: 'Nothing matches your search.',
  details: {
    heading: {
      photo: 'About the photo',
      drawing: 'About the drawing',
      voice: 'About the sound',
      video: 'About the video',
      paper: 'About the paper',
    },
    caption: {
      photo: 'In your own words: what is happening in the photo?',
      drawing: 'In your own words: what did you draw?',
      voice: 'In your own words: what is the sound about?',
      video: 'In your own words: what is happening in the video?',
      paper: 'In your own words: what does the paper say?',
    },
    hide: {
      photo: 'Hide the photo',
      drawing: 'Hide the drawing',
      voice: 'Hide the sound',
      video: 'Hide the video',
      paper: 'Hide the paper',
    },
    when: {
      photo: 'When was the photo taken?',
      drawing: 'When did you draw it?',
      voice: 'When was the sound recorded?',
      video: 'When was the video recorded?',
      paper: 'When is the paper from?',
    },
    title: 'Title',
    titleHint: 'For example "School report, year 6" or "Letter from mum".',
    givenBy: 'Who gave it to you?',
    givenByHint: 'For example "mum", "the school" or "Anne from the council".',
    pages: 'Pages',
    length: 'Length',
    damaged:
      'The file is damaged and cannot be opened. The words and the rest of the book are fine.',
  },
  paperForm: {
    open: 'Add a paper',
    heading: 'Add a paper',
    intro:
      'For example a school report, a letter from mum or a certificate. Say what it is, then choose the file: a PDF or a picture of the paper.',
    choose: 'Choose the file',
    cancel: 'Cancel',
  },
  player: {
    loading: 'Opening …',
    needsReload:
      'The file is too big to open in this tab right now. Reload the page and it will play.',
    reload: 'Reload the page',
    damaged: 'The file is damaged and cannot be played. The rest of the book is fine.',
    voiceWith: 'Play the sound that goes with the photo',
    voiceWithTitle: 'Play: {{title}}',
  },
  paper: {
    open: 'Open the paper',
    opening: 'Opening …',
    openHint: 'The paper is saved as a file that your phone or computer opens.',
    noPicture: 'There is no picture of the first page.',
  },
};
