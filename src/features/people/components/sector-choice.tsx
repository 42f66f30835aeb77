import { ChoiceGroup, type ValueProps } from '@/components';
import { SECTORS, type Sector } from '@/domain';
import { usePeopleText } from '../hooks/use-people-text';
import { SECTOR_EMOJI } from '../lib/sectors';

/** The part of the child's life a person belongs to, as picture tiles (the form, the map's move). */
export function SectorChoice({ legend, ...choice }: ValueProps<Sector> & { legend: string }) {
  const text = usePeopleText();
  return (
    <ChoiceGroup
      {...choice}
      legend={legend}
      choices={SECTORS.map((s) => ({ value: s, label: text.sector(s), picture: SECTOR_EMOJI[s] }))}
    />
  );
}
