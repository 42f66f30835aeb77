/** Danish strings for the book's cover ("Mig nu") and the network map's zoom (issue 15). */
export const coverDa = {
  age_one: '{{count}} år',
  age_other: '{{count}} år',
  /** The four tiles on the cover: the parts of the book. */
  parts: 'Bogens dele',
  tiles: {
    timeline: 'Tidslinje',
    people: 'Mennesker',
    photos: 'Billeder',
    map: 'Netværkskort',
  },
  count: {
    entries_one: '{{count}} ting',
    entries_other: '{{count}} ting',
    people_one: '{{count}} person',
    people_other: '{{count}} personer',
    photos_one: '{{count}} billede',
    photos_other: '{{count}} billeder',
    /** Voice notes, videos and papers on the same page as the photos. */
    otherMedia_one: '{{count}} andet minde',
    otherMedia_other: '{{count}} andre minder',
  },
  pictures: {
    label: 'Vælg med billeder: {{field}}',
    toggle: 'Vælg med billeder',
    goodAt: {
      running: 'at løbe',
      drawing: 'at tegne',
      building: 'at bygge',
      singing: 'at synge',
      helping: 'at hjælpe',
      reading: 'at læse',
      counting: 'at regne',
      animals: 'dyr',
      cooking: 'at lave mad',
      climbing: 'at klatre',
      jokes: 'at lave sjov',
      friends: 'at være en god ven',
    },
  },
  map: {
    tools: 'Zoom på kortet',
    zoomIn: 'Zoom ind',
    zoomOut: 'Zoom ud',
    zoomLevel: '{{percent}} %',
    whole: 'Hele kortet',
    full: 'Fuld skærm',
    frame: 'Netværkskortet. Træk i baggrunden for at flytte kortet, knib for at zoome.',
  },
};
