import type { photoBinDa } from './photo-bin.da';

/** English strings of the bin of every kind of memory, typed against the Danish source. */
export const photoBinEn: typeof photoBinDa = {
  toBin: 'Put in the bin',
  binned: '“{{title}}” is in the bin. You can put it back for 30 days.',
  undo: 'Undo',
  restored: '“{{title}}” is back.',
  link_one: 'Bin ({{count}})',
  link_other: 'Bin ({{count}})',
  title: 'Bin',
  intro:
    'Photos, drawings, sounds, videos and papers you delete stay here for 30 days, and you can put them back. After that they are gone for good.',
  empty: 'The bin is empty.',
  emptyAction: 'See your photos',
  back: 'Back to the photos',
  loading: 'Opening the bin …',
  daysLeft_one: 'Gone in {{count}} day',
  daysLeft_other: 'Gone in {{count}} days',
  restore: 'Put back',
  restoreLabel: 'Put back: {{title}}',
  deleteForever: 'Delete for good',
  deleteForeverLabel: 'Delete for good: {{title}}',
  confirm: 'Do you want to delete “{{title}}” for good? This cannot be undone.',
  confirmYes: 'Yes, delete for good',
  confirmNo: 'No, keep it',
  deleted: '“{{title}}” is deleted for good.',
};
