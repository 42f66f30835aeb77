/** Danish strings of the young mode's road: adding a memory with pictures only, the empty road. */
export const roadDa = {
  /** Titles made from the kind and the month ("juni 2026"), until the child writes their own. */
  titles: {
    home: 'Et hjem fra {{when}}',
    school: 'Skole fra {{when}}',
    leisure: 'Fritid fra {{when}}',
    event: 'Noget der skete i {{when}}',
    memory: 'Et minde fra {{when}}',
    letter: 'Et brev fra {{when}}',
    dream: 'En drøm fra {{when}}',
  },
  quick: {
    title: 'Læg et minde på vejen',
    intro: 'Tryk på billederne. Du behøver ikke skrive noget. Ord kan du altid skrive senere.',
    photos: 'Billeder',
    photosChosen_one: '{{count}} billede valgt',
    photosChosen_other: '{{count}} billeder valgt',
    noPhotos: 'Der er ingen billeder i bogen endnu. Tilføj et nyt herunder.',
    photoAlt: 'Billede {{n}}',
    morePhotos: 'Vis flere billeder',
    done: 'Færdig',
    writeInstead: 'Jeg vil hellere skrive',
    cancel: 'Tilbage',
    kindMissing: 'Tryk på et billede for at vælge, hvad det er.',
    saveFailed: 'Mindet blev ikke gemt. {{reason}}',
  },
  empty: {
    title: 'Din vej begynder her',
    young: 'Tryk på knappen, og læg dit første minde på vejen. Du behøver ikke skrive.',
    addFirst: 'Læg det første minde',
  },
  road: {
    label: 'Din vej',
    photo: 'Billede til {{title}}',
  },
};
