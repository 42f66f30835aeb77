import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { EmojiPicture } from '@/components';
import type { EntryKind } from '@/domain';
import { useBookContext } from '../hooks/use-book-context';
import { ENTRY_KINDS } from '@/domain';
import { KIND_PICTURE } from '../lib/kinds';

export interface KindPickerProps {
  value: EntryKind | undefined;
  onChange: (kind: EntryKind) => void;
  error?: string;
}

/** Big picture tiles on native radio buttons: arrow keys and screen readers just work. */
export function KindPicker({ value, onChange, error }: KindPickerProps) {
  const { t } = useTranslation();
  const { ageMode } = useBookContext();
  const name = useId();
  const errorId = `${name}-error`;
  return (
    <fieldset
      className="choices choices-tiles kind-picker"
      data-invalid={error ? true : undefined}
      aria-describedby={error ? errorId : undefined}
    >
      <legend>{t('timeline.editor.kind')}</legend>
      <div className="choices-items">
        {ENTRY_KINDS.map((kind) => (
          <label key={kind} className="choice kind-choice">
            <input
              type="radio"
              name={name}
              value={kind}
              checked={value === kind}
              onChange={() => {
                onChange(kind);
              }}
            />
            <span className="choice-picture" aria-hidden="true">
              <EmojiPicture emoji={KIND_PICTURE[kind]} />
            </span>
            <span className="choice-label">
              {t(`timeline.kinds.${kind}`)}
              {ageMode === 'young' ? null : (
                <span className="choice-hint"> {t(`timeline.kindHints.${kind}`)}</span>
              )}
            </span>
          </label>
        ))}
      </div>
      {error ? (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
