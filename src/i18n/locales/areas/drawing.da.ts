/**
 * Danish words of the drawing paper (components/drawing-canvas*): the prompts, the tools with a
 * name for every colour (a screen reader says "Rød", not a colour code) and the questions asked
 * before anything is wiped.
 */
export const drawingDa = {
  open: 'Tegn',
  drawMemory: 'Tegn et minde',
  heading: 'Tegn',
  choose: 'Hvad vil du tegne?',
  prompts: {
    home: { ask: 'Tegn dit hjem', title: 'Mit hjem' },
    family: { ask: 'Tegn din familie', title: 'Min familie' },
    likes: { ask: 'Tegn noget du kan lide', title: 'Noget jeg kan lide' },
    free: { ask: 'Tegn hvad du vil', title: 'Min tegning' },
  },
  paper: 'Tegnepapir: tegn med fingeren, en pen eller musen',
  tools: {
    legend: 'Værktøj',
    pen: 'Pensel',
    eraser: 'Viskelæder',
  },
  sizes: {
    legend: 'Tykkelse',
    small: 'Tynd',
    medium: 'Mellem',
    large: 'Tyk',
  },
  colours: {
    legend: 'Farve',
    black: 'Sort',
    red: 'Rød',
    orange: 'Orange',
    yellow: 'Gul',
    green: 'Grøn',
    sky: 'Lyseblå',
    blue: 'Blå',
    purple: 'Lilla',
    pink: 'Lyserød',
    brown: 'Brun',
  },
  undo: 'Fortryd',
  redo: 'Gør igen',
  clear: 'Ryd papiret',
  clearAsk: 'Vil du viske hele tegningen ud?',
  clearYes: 'Ja, ryd papiret',
  clearNo: 'Nej, behold den',
  save: 'Gem tegningen',
  close: 'Luk',
  leaveAsk: 'Vil du lukke uden at gemme tegningen?',
  leaveYes: 'Ja, luk',
  leaveNo: 'Nej, tegn videre',
  blank: 'Papiret er tomt. Tegn noget først.',
  tooLarge: 'Tegningen er for stor til at gemme. Prøv igen på en mindre skærm.',
  failed: 'Tegningen blev ikke gemt: {{reason}}',
  saved: 'Tegningen er gemt.',
  entryFailed:
    'Tegningen er gemt blandt billederne, men mindet blev ikke gemt: {{reason}} Prøv igen.',
};
