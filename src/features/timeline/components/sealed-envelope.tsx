import { useTranslation } from 'react-i18next';

import { Button } from '@/components';
import { sealDate } from '@/domain';
import { useBookContext } from '../hooks/use-book-context';
import { useDateText } from '../hooks/use-date-text';
import { PICTURES } from '../lib/pictures';

export interface SealedEnvelopeProps {
  sealedUntil: string;
  /** Offered on the letter's own page: the seal is a ritual, so it may be broken. */
  onOpen?: () => void;
}

export function SealedEnvelope({ sealedUntil, onOpen }: SealedEnvelopeProps) {
  const { t } = useTranslation();
  const { birth } = useBookContext();
  const dates = useDateText(birth);
  return (
    <div className="sealed-envelope">
      <span className="sealed-envelope-picture" aria-hidden="true">
        {PICTURES.letter}
      </span>
      <div>
        <p>
          <strong>{t('timeline.sealed.closed')}</strong>
          {' · '}
          {t('timeline.sealed.until', { date: dates.fuzzy(sealDate(sealedUntil)) })}
        </p>
        <p className="field-hint">{t('timeline.sealed.ritual')}</p>
        {onOpen ? (
          <Button variant="secondary" onClick={onOpen}>
            {t('timeline.sealed.openAnyway')}
          </Button>
        ) : null}
      </div>
    </div>
  );
}
