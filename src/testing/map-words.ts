import type { NetworkSvgOptions } from '@/domain';
import { da } from '@/i18n';

/**
 * The Danish words the network map draws (sector and ring names, the key of lines), from the
 * app's own word file, for tests that draw the map as the app does.
 */
export const DANISH_MAP_WORDS = {
  sectorLabels: da.people.sectors,
  ringLabels: [da.people.closeness.closest, da.people.closeness.close, da.people.closeness.further],
  lineLabels: da.people.lines,
} satisfies Pick<NetworkSvgOptions, 'sectorLabels' | 'ringLabels' | 'lineLabels'>;
