import { useTranslation } from 'react-i18next';

import type { Person, Photo } from '@/domain';
import type { EntryFieldsProps } from '../lib/entry-form';

import { AuthorFields } from './author-fields';
import { EntryPeople } from './entry-people';
import { PhotoDrop } from './photo-drop';
import { PhotoPicker } from './photo-picker';
import { PlaceFields } from './place-fields';
import { SealFields } from './seal-fields';
import { VisibilityFields } from './visibility-fields';

export interface EntryMoreFieldsProps extends EntryFieldsProps {
  onPhotosAdded: (ids: readonly string[]) => void;
  /** A drawing made here (it goes again if the editor closes unsaved). */
  onDrawingAdded: (id: string) => void;
  people: readonly Person[];
  photos: readonly Photo[];
  /** The youngest see these behind "more", opened by them or by a problem inside. */
  collapsible: boolean;
  open: boolean;
  onToggle: (open: boolean) => void;
}

/** Where, who, which photos, who wrote it and who may see it (behind "more" for the youngest). */
export function EntryMoreFields({
  draft,
  onChange,
  onPhotosAdded,
  onDrawingAdded,
  problems,
  people,
  photos,
  collapsible,
  open,
  onToggle,
}: EntryMoreFieldsProps) {
  const { t } = useTranslation();
  const fields = (
    <>
      <PlaceFields draft={draft} onChange={onChange} problems={problems} />
      <EntryPeople people={people} draft={draft} onChange={onChange} problems={problems} />
      <PhotoPicker
        photos={photos}
        chosen={draft.photoIds}
        onChange={(photoIds) => {
          onChange({ photoIds });
        }}
        importer={<PhotoDrop onAdded={onPhotosAdded} onDrawn={onDrawingAdded} />}
      />
      <AuthorFields draft={draft} onChange={onChange} problems={problems} />
      <VisibilityFields
        value={draft.visibility}
        onChange={(visibility) => {
          onChange({ visibility });
        }}
      />
      {draft.kind === 'letter' ? (
        <SealFields draft={draft} onChange={onChange} problems={problems} />
      ) : null}
    </>
  );
  if (!collapsible) return fields;
  return (
    <details
      className="more-fields"
      open={open}
      onToggle={(e) => {
        onToggle(e.currentTarget.open);
      }}
    >
      <summary>{t('timeline.editor.more')}</summary>
      {fields}
    </details>
  );
}
