import { useTranslation } from 'react-i18next';

import { TextField } from '@/components';
import { GIVEN_BY_MAX } from '../hooks/use-details-draft';

/**
 * Who gave a paper ("Mum", "the school"): the same words and limit where a paper is added and
 * where its details are changed, so both ask it the same way.
 */
export function GivenByField({
  value,
  error,
  onValueChange,
}: {
  value: string;
  error?: string | undefined;
  onValueChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <TextField
      label={t('gallery.details.givenBy')}
      hint={t('gallery.details.givenByHint')}
      value={value}
      limit={GIVEN_BY_MAX}
      error={error}
      onValueChange={onValueChange}
    />
  );
}
