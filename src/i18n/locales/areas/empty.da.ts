/**
 * Danish words of the empty pages (components/empty-state.tsx): a short title, one sentence a
 * seven-year-old understands and the one big action, where the page has no words for them yet.
 */
export const emptyDa = {
  shelf: {
    title: 'Her kommer din bog til at stå',
  },
  people: {
    title: 'Hvem er vigtige for dig?',
  },
  photos: {
    title: 'Her er ingen billeder endnu',
    text: 'Vælg billeder af dig selv, dine steder og dine mennesker.',
  },
  homes: {
    title: 'Hvor har du boet?',
  },
  schools: {
    title: 'Hvor går du i skole?',
  },
  bin: {
    title: 'Her er helt tomt',
    action: 'Se din tidslinje',
  },
  search: {
    title: 'Det kunne jeg ikke finde',
    action: 'Vis hele tidslinjen',
  },
  map: {
    title: 'Dit kort er tomt endnu',
  },
  family: {
    title: 'Dit stamtræ er tomt endnu',
    action: 'Gå til dine mennesker',
  },
  packImport: {
    title: 'Har du fået en flyttepakke?',
    text: 'En flyttepakke er en fil med en livsbog i. Vælg den, så tjekker Livsbog den først.',
  },
};
