import { useTranslation } from 'react-i18next';

import { Button, EmojiPicture } from '@/components';
import { ENTRY_KINDS, type EntryKind } from '@/domain';
import { KIND_PICTURE } from '../lib/kinds';

export interface TimelineKindFilterProps {
  /** The kinds shown; none means every kind. */
  kinds: readonly EntryKind[];
  onToggle: (kind: EntryKind) => void;
}

/** One pressed/unpressed button for each kind of entry. */
export function TimelineKindFilter({ kinds, onToggle }: TimelineKindFilterProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="kind-filter">
      <legend>{t('timeline.filters.kinds')}</legend>
      <div className="kind-filter-items">
        {ENTRY_KINDS.map((kind) => (
          <Button
            key={kind}
            variant="quiet"
            className="kind-toggle"
            aria-pressed={kinds.includes(kind)}
            onClick={() => {
              onToggle(kind);
            }}
          >
            <span aria-hidden="true">
              <EmojiPicture emoji={KIND_PICTURE[kind]} />
            </span>
            {t(`timeline.kinds.${kind}`)}
          </Button>
        ))}
      </div>
    </fieldset>
  );
}
