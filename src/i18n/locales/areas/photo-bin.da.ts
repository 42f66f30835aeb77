/** The bin of every kind of memory (photos, drawings, sound, video, papers). */
export const photoBinDa = {
  restored: '“{{title}}” er lagt tilbage.',
  link_one: 'Skraldespanden ({{count}})',
  link_other: 'Skraldespanden ({{count}})',
  title: 'Skraldespanden',
  intro:
    'Billeder, tegninger, lyde, videoer og papirer, du sletter, ligger her i 30 dage, og du kan lægge dem tilbage. Derefter forsvinder de for altid.',
  emptyAction: 'Se dine billeder',
  back: 'Tilbage til billederne',
  loading: 'Henter skraldespanden …',
  deleted: '“{{title}}” er slettet for altid.',
};
