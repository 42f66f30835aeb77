import { useTranslation } from 'react-i18next';

import { patchSetter, TextField } from '@/components';
import type { MediaKind } from '@/domain';
import type { DetailsDraft } from '../hooks/use-details-draft';
import { TITLE_MAX } from '../hooks/use-details-draft';

import { GivenByField } from './given-by-field';

/** A recording's or a paper's title and, for a paper, who gave it: what finds it again later. */
export function TitleFields({
  kind,
  draft,
  errors,
  onChange,
}: {
  kind: MediaKind;
  draft: Pick<DetailsDraft, 'title' | 'givenBy'>;
  errors: { title?: string; givenBy?: string };
  onChange: (patch: Partial<DetailsDraft>) => void;
}) {
  const { t } = useTranslation();
  const set = patchSetter(onChange);
  return (
    <>
      <TextField
        label={t('gallery.details.title')}
        hint={kind === 'paper' ? t('gallery.details.titleHint') : undefined}
        value={draft.title}
        limit={TITLE_MAX}
        error={errors.title}
        onValueChange={set('title')}
      />
      {kind === 'paper' ? (
        <GivenByField value={draft.givenBy} error={errors.givenBy} onValueChange={set('givenBy')} />
      ) : null}
    </>
  );
}
