import type { guardsDa } from './guards.da';

/** English strings for the guards of issue 12: read-aloud on the device only, safe updates. */
export const guardsEn: typeof guardsDa = {
  importAsNew: 'Bring it in as a new book',
  speech: {
    read: 'Read aloud',
    stop: 'Stop',
    readLabel: 'Read aloud: {{title}}',
    stopLabel: 'Stop: {{title}}',
    languages: { da: 'Danish', en: 'English' },
    noLocalVoice:
      'This device has no voice that can read {{language}} aloud without sending the text to a service on the internet. So nothing is read aloud.',
  },
  update: {
    unsaved:
      'Something is not saved yet, or something is being brought in or made right now. If you update now, it will be lost.',
    updateAnyway: 'Update anyway',
    wait: 'Wait',
  },
};
