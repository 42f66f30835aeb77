import type { limitsDa } from './limits.da';

/** English strings for how much text a field holds. */
export const limitsEn: typeof limitsDa = {
  count: '{{count, number}} of {{max, number}} characters',
  tooLong: 'The text can be at most {{max, number}} characters. Make it shorter and save again.',
  captionTooLong:
    'The caption can be at most {{max, number}} characters. Make it shorter and save again.',
};
