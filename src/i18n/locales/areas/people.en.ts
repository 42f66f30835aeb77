import type { peopleDa } from './people.da';

/** English strings of the people area, typed against the Danish source. */
export const peopleEn: typeof peopleDa = {
  title: 'People',
};
