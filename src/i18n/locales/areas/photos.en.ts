import type { photosDa } from './photos.da';

/** English strings of the photos area, typed against the Danish source. */
export const photosEn: typeof photosDa = {
  title: 'Photos',
};
