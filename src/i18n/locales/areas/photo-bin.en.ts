import type { photoBinDa } from './photo-bin.da';

/** English strings of the bin of every kind of memory, typed against the Danish source. */
export const photoBinEn: typeof photoBinDa = {
  restored: '“{{title}}” is back.',
  link_one: 'Bin ({{count}})',
  link_other: 'Bin ({{count}})',
  title: 'Bin',
  intro:
    'Photos, drawings, sounds, videos and papers you delete stay here for 30 days, and you can put them back. After that they are gone for good.',
  emptyAction: 'See your photos',
  back: 'Back to the photos',
  loading: 'Opening the bin …',
  deleted: '“{{title}}” is deleted for good.',
};
