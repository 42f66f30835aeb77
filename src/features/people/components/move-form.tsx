import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { Button } from '@/components';
import { ChoiceGroup } from '@/components';
import type { NetworkLine } from '@/domain';
import { usePeopleText } from '../hooks/use-people-text';
import type { MapEntry } from '@/domain';
import type { Place } from '@/domain';
import { isNetworkLine, NETWORK_LINES } from '@/domain';

import { ClosenessChoice } from './closeness-choice';
import { SectorChoice } from './sector-choice';

export interface MoveChoice extends Place {
  line: NetworkLine | undefined;
}

/** Circle, part of life and line as radio buttons: the form inside the move dialog. */
export function MoveForm({
  bookId,
  entry,
  titleId,
  onSave,
  onClose,
}: {
  bookId: string;
  entry: MapEntry;
  titleId: string;
  onSave: (personId: string, choice: MoveChoice) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const text = usePeopleText();
  const [choice, setChoice] = useState<MoveChoice>({
    sector: entry.sector,
    closeness: entry.closeness,
    line: entry.line,
  });
  const name = entry.person.name;
  return (
    <form
      method="dialog"
      onSubmit={(e) => {
        e.preventDefault();
        onSave(entry.person.id, choice);
      }}
    >
      <h2 id={titleId}>{t('people.map.moveTitle', { name })}</h2>
      <ClosenessChoice
        legend={t('people.map.moveCloseness')}
        value={choice.closeness}
        onChange={(closeness) => {
          setChoice((x) => ({ ...x, closeness }));
        }}
      />
      <SectorChoice
        legend={t('people.map.moveSector')}
        value={choice.sector}
        onChange={(sector) => {
          setChoice((x) => ({ ...x, sector }));
        }}
      />
      <ChoiceGroup
        legend={t('people.map.moveLine', { name })}
        layout="list"
        choices={[
          { value: 'none', label: t('people.lineNone') },
          ...NETWORK_LINES.map((l) => ({
            value: l,
            label: text.line(l),
            className: `line-choice line-choice-${l}`,
          })),
        ]}
        value={choice.line ?? 'none'}
        onChange={(v) => {
          setChoice((x) => ({ ...x, line: isNetworkLine(v) ? v : undefined }));
        }}
      />
      <div className="actions">
        <Button type="submit">{t('people.map.moveSave')}</Button>
        <Button variant="secondary" onClick={onClose}>
          {t('people.map.moveCancel')}
        </Button>
        <Link to={`/book/${bookId}/people/${entry.person.id}`}>
          {t('people.map.openPerson', { name })}
        </Link>
      </div>
    </form>
  );
}
