import type { coverDa } from './cover.da';

/** English strings for the book's cover ("Me now") and the network map's zoom. */
export const coverEn: typeof coverDa = {
  age_one: '{{count}} year old',
  age_other: '{{count}} years old',
  parts: 'The parts of the book',
  tiles: {
    timeline: 'Timeline',
    people: 'People',
    photos: 'Photos',
    map: 'Network map',
  },
  count: {
    entries_one: '{{count}} thing',
    entries_other: '{{count}} things',
    people_one: '{{count}} person',
    people_other: '{{count}} people',
    photos_one: '{{count}} photo',
    photos_other: '{{count}} photos',
    otherMedia_one: '{{count}} other memory',
    otherMedia_other: '{{count}} other memories',
  },
  pictures: {
    label: 'Choose with pictures: {{field}}',
    toggle: 'Choose with pictures',
    goodAt: {
      running: 'running',
      drawing: 'drawing',
      building: 'building',
      singing: 'singing',
      helping: 'helping',
      reading: 'reading',
      counting: 'counting',
      animals: 'animals',
      cooking: 'cooking',
      climbing: 'climbing',
      jokes: 'making people laugh',
      friends: 'being a good friend',
    },
  },
  map: {
    tools: 'Zoom the map',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    zoomLevel: '{{percent}}%',
    whole: 'Whole map',
    full: 'Full screen',
    frame: 'The network map. Drag the background to move the map, pinch to zoom.',
  },
};
