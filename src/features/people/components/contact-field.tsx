import { useId } from 'react';
import { useTranslation } from 'react-i18next';

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
  const id = useId();
  return (
    <div className={['field', className].filter(Boolean).join(' ')}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value ?? ''}
        onChange={(e) => {
          const contact = e.target.value;
          onChange(isContactFrequency(contact) ? contact : undefined);
        }}
      >
        <option value="">{t('people.contactUnset')}</option>
        {CONTACT_FREQUENCIES.map((c) => (
          <option key={c} value={c}>
            {text.contact(c)}
          </option>
        ))}
      </select>
    </div>
  );
}
