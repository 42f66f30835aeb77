import { ChoiceGroup, type ValueProps } from '@/components';
import { CLOSENESS, isCloseness, type Closeness } from '@/domain';
import { usePeopleText } from '../hooks/use-people-text';

/** How close a person is (the map's circle), as a list of radio buttons. */
export function ClosenessChoice({
  legend,
  value,
  onChange,
}: ValueProps<Closeness> & { legend: string }) {
  const text = usePeopleText();
  return (
    <ChoiceGroup
      legend={legend}
      layout="list"
      choices={CLOSENESS.map((c) => ({ value: String(c), label: text.closeness(c) }))}
      value={String(value)}
      onChange={(v) => {
        // The radios hold the circle as text; only a circle the map knows goes back.
        const c = Number(v);
        if (isCloseness(c)) onChange(c);
      }}
    />
  );
}
