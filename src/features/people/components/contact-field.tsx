import { useTranslation } from 'react-i18next';

import { SelectField } from '@/components';
import { CONTACT_FREQUENCIES, isContactFrequency } from '@/domain';
import type { ContactFrequency } from '@/domain';
import { usePeopleText } from '../hooks/use-people-text';

export interface ContactFieldProps {
  label: string;
  value: ContactFrequency | undefined;
  onChange: (contact: ContactFrequency | undefined) => void;
  className?: string;
}

/** How often the child sees someone, or not said. */
export function ContactField({ label, value, onChange, className }: ContactFieldProps) {
  const { t } = useTranslation();
  const text = usePeopleText();
  return (
    <SelectField
      className={className}
      label={label}
      value={value ?? ''}
      onChange={(contact) => {
        onChange(isContactFrequency(contact) ? contact : undefined);
      }}
      empty={t('people.contactUnset')}
      options={CONTACT_FREQUENCIES.map((c) => ({ value: c, label: text.contact(c) }))}
    />
  );
}
