/** Danish strings of "Mig nu" chosen by picture: how I feel now, what I like, and the cover. */
export const meNowPicturesDa = {
  feeling: {
    legend: 'Sådan har jeg det nu',
    none: 'Det vil jeg ikke sige nu',
  },
  likes: {
    title: 'Det kan jeg lide',
    none: 'Du har ikke valgt nogen billeder endnu.',
    toggle: 'Vælg med billeder',
    hint: 'Tryk på billeder af ting, du kan lide. Tryk igen for at tage et billede væk. Vælg ikke billederne fra din hemmelige sætning: her kan andre se dem.',
    chosen: 'Mine billeder',
    remove: 'Tag {{word}} væk',
    added: '{{word}} er valgt',
    removed: '{{word}} er taget væk',
    tooMany: 'Du har valgt {{max}} billeder. Tag et billede væk, før du vælger et nyt.',
  },
  saved: 'Gemt: {{what}}',
  saveFailed: 'Det blev ikke gemt. {{reason}}',
  cover: {
    feeling: 'Sådan har jeg det: {{name}}',
    likes: 'Det kan jeg lide:',
  },
};
