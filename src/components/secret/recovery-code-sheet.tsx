import { format } from 'date-fns';
import { useTranslation } from 'react-i18next';

import { dateFnsLocale } from '@/i18n';

import { Button } from '../button';

export interface RecoveryCodeSheetProps {
  code: string;
  bookName: string;
  /** When the code was made; printed on the sheet in the book's language. */
  createdAt: Date;
}

/**
 * The recovery code, shown once. Printing prints only this sheet (see print CSS), so the rest of
 * the book never ends up on paper by accident.
 */
export function RecoveryCodeSheet({ code, bookName, createdAt }: RecoveryCodeSheetProps) {
  const { t, i18n } = useTranslation();
  const date = format(createdAt, 'PPP', { locale: dateFnsLocale(i18n.language) });
  return (
    <section className="recovery-sheet" aria-labelledby="recovery-code-heading">
      <p>{t('recovery.explain')}</p>
      <div className="print-only">
        <p>{t('recovery.printTitle', { name: bookName })}</p>
        <p>{t('recovery.printDate', { date })}</p>
      </div>
      <h3 id="recovery-code-heading">{t('recovery.codeLabel')}</h3>
      <p className="recovery-code" data-testid="recovery-code" translate="no">
        {code}
      </p>
      <Button
        variant="secondary"
        className="no-print"
        onClick={() => {
          document.body.classList.add('printing-recovery');
          window.print();
          document.body.classList.remove('printing-recovery');
        }}
      >
        {t('recovery.print')}
      </Button>
    </section>
  );
}
