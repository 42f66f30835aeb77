import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { SelectField, TextField } from '@/components';
import type { Sector } from '@/domain';
import { RELATION_MAX } from '../lib/person-form';
import { RELATION_LABELS } from '../lib/relation-labels';
import { RELATION_PRESETS, relationPreset, type RelationKey } from '@/domain';

const OWN = '__own';

/**
 * "Who are they to you?": a preset for the chosen sector, or the child's own words. A preset from
 * another sector stays in the list, so changing the sector never silently drops it.
 */
export function RelationField({
  sector,
  value,
  error,
  onChange,
}: {
  sector: Sector;
  value: string;
  error?: string;
  onChange: (relation: string) => void;
}) {
  const { t } = useTranslation();
  // Words typed before presets existed ("Mor", "Mother") show as their preset.
  const preset = relationPreset(value, RELATION_LABELS);
  const [own, setOwn] = useState(value.trim() !== '' && preset === undefined);
  const presets: RelationKey[] = [...RELATION_PRESETS[sector]];
  if (preset && !presets.includes(preset)) presets.unshift(preset);

  return (
    <div className="relation-field">
      <SelectField
        label={t('people.form.relation')}
        value={own ? OWN : (preset ?? '')}
        onChange={(v) => {
          if (v === OWN) {
            setOwn(true);
            onChange(preset ? '' : value);
          } else {
            setOwn(false);
            onChange(v);
          }
        }}
        empty={t('people.form.relationChoose')}
        options={[
          ...presets.map((key) => ({ value: key, label: t(`people.relations.${key}`) })),
          { value: OWN, label: t('people.form.relationOwn') },
        ]}
      />
      {own ? (
        <TextField
          label={t('people.form.relationOwnLabel')}
          value={value}
          limit={RELATION_MAX}
          error={error}
          onValueChange={onChange}
        />
      ) : error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
