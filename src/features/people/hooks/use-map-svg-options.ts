import type { TFunction } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

import type { NetworkSvgOptions } from '@/domain';

/**
 * The map's name and its one sentence for a screen reader (how many people, round whom): the
 * same on the page (`NetworkMap`) and in the saved picture. An older map gives its own title.
 */
export function mapHeading(
  t: TFunction,
  centreName: string,
  count: number,
  title?: string,
): { title: string; description: string } {
  return {
    title: title ?? t('people.map.svgTitle', { name: centreName }),
    description: t('people.map.svgDesc', { count, name: centreName }),
  };
}

/** The translated words `networkMapSvg` draws: title, description, sector and ring names, key. */
export function useMapSvgOptions(): (
  centreName: string,
  count: number,
  title?: string,
) => NetworkSvgOptions {
  const { t } = useTranslation();
  return useCallback(
    (centreName: string, count: number, title?: string) => ({
      ...mapHeading(t, centreName, count, title),
      centreName,
      sectorLabels: {
        family: t('people.sectors.family'),
        relatives: t('people.sectors.relatives'),
        placement: t('people.sectors.placement'),
        'school-work': t('people.sectors.school-work'),
        leisure: t('people.sectors.leisure'),
        friends: t('people.sectors.friends'),
        professionals: t('people.sectors.professionals'),
      },
      ringLabels: [
        t('people.closeness.closest'),
        t('people.closeness.close'),
        t('people.closeness.further'),
      ],
      lineLabels: {
        strong: t('people.lines.strong'),
        weak: t('people.lines.weak'),
        difficult: t('people.lines.difficult'),
      },
    }),
    [t],
  );
}
