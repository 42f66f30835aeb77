import type { binDa } from './bin.da';

/** English words both bins share, typed against the Danish source. */
export const binEn: typeof binDa = {
  toBin: 'Put in the bin',
  binned: '“{{title}}” is in the bin. You can put it back for 30 days.',
  undo: 'Undo',
  empty: 'The bin is empty.',
  daysLeft_one: 'Gone in {{count}} day',
  daysLeft_other: 'Gone in {{count}} days',
  restore: 'Put back',
  restoreLabel: 'Put back: {{title}}',
  deleteForever: 'Delete for good',
  deleteForeverLabel: 'Delete for good: {{title}}',
  confirm: 'Do you want to delete “{{title}}” for good? This cannot be undone.',
  confirmYes: 'Yes, delete for good',
  confirmNo: 'No, keep it',
};
