import type { packMediaDa } from './pack-media.da';

/** English strings of a moving pack's photos: those left out, and a pack too big for the device. */
export const packMediaEn: typeof packMediaDa = {
  refused: {
    heading_one: '{{count}} photo will not come along',
    heading_other: '{{count}} photos will not come along',
    explain:
      'Livsbog checks every photo, as when you bring in photos. These could not be used, so they are not saved. Everything else comes along.',
    line: '{{file}}: {{reason}}',
  },
  notEnoughSpace:
    'There is not enough space on this device for the moving pack. It needs about {{needed}} of free space while it is brought in, and {{free}} is free. Make some room and try again.',
};
