import { useTranslation } from 'react-i18next';

import {
  CheckField,
  patchSetter,
  PeoplePicker,
  ReadAloudButton,
  SaveForm,
  TextArea,
} from '@/components';
import { mediaKindOf, type Locale, type Person, type Photo } from '@/domain';
import { CAPTION_MAX, useDetailsDraft } from '../hooks/use-details-draft';

import { PhotoDateFields } from './photo-date-fields';
import { TitleFields } from './title-fields';

/**
 * The child's words for an item (a paper's or a recording's title, who gave a paper), when it
 * was made, who is in it, and whether it is hidden. Every kind is edited the same way.
 */
export function PhotoDetailsForm({
  photo,
  people,
  locale,
}: {
  photo: Photo;
  people: Person[];
  locale: Locale;
}) {
  const { t } = useTranslation();
  const kind = mediaKindOf(photo);
  const { draft, change, saveForm, errors } = useDetailsDraft(photo);
  const set = patchSetter(change);
  return (
    <SaveForm className="photo-details-form" saveLabel={t('photos.details.save')} {...saveForm}>
      {kind === 'photo' || kind === 'drawing' ? null : (
        <TitleFields kind={kind} draft={draft} errors={errors} onChange={change} />
      )}
      <TextArea
        label={t(`gallery.details.caption.${kind}`)}
        hint={t('photos.details.captionHint')}
        value={draft.caption}
        limit={CAPTION_MAX}
        error={errors.caption}
        onValueChange={set('caption')}
      />
      <ReadAloudButton speechKey={`caption-${photo.id}`} text={draft.caption} locale={locale} />
      <PhotoDateFields
        legend={t(`gallery.details.when.${kind}`)}
        value={draft.when}
        onChange={set('when')}
      />
      <PeoplePicker
        legend={t('photos.details.people')}
        emptyHint={people.length === 0 ? t('photos.details.noPeople') : undefined}
        listClassName="plain-choices"
        people={people}
        selected={draft.personIds}
        onChange={set('personIds')}
      />
      <CheckField
        label={t(`gallery.details.hide.${kind}`)}
        hint={t('photos.details.hideHint')}
        checked={draft.hidden}
        onChange={set('hidden')}
      />
    </SaveForm>
  );
}
