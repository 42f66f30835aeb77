import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ActionButtons, Button } from '@/components';
import { ModalDialog } from '@/components';
import type { Person, Photo } from '@/domain';

import { PersonPortrait } from './person-portrait';
import { PortraitChoices } from './portrait-choices';

/** Chooses a portrait among the book's photos (the photos area is where photos come in). */
export function PortraitPicker({
  person,
  photos,
  value,
  onChange,
}: {
  /** The person as the form has them so far (for initials while there is no photo). */
  person: Person;
  photos: readonly Photo[];
  value: string | undefined;
  onChange: (photoId: string | undefined) => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [choice, setChoice] = useState<string | undefined>(value);
  const titleId = useId();
  const current = photos.find((p) => p.id === value);
  const close = () => {
    setOpen(false);
  };

  return (
    <fieldset className="portrait-picker">
      <legend>{t('people.form.portrait')}</legend>
      <div className="portrait-picker-row">
        {current ? (
          <PersonPortrait person={person} photo={current} size="large" />
        ) : (
          <p>{t('people.form.noPortrait')}</p>
        )}
        <Button
          variant="secondary"
          onClick={() => {
            setChoice(value);
            setOpen(true);
          }}
        >
          {current ? t('people.form.changePortrait') : t('people.form.choosePortrait')}
        </Button>
      </div>
      {open ? (
        <ModalDialog labelledBy={titleId} className="modal" onClose={close}>
          <h2 id={titleId}>{t('people.portraitPicker.title')}</h2>
          {photos.length === 0 ? <p>{t('people.portraitPicker.noPhotos')}</p> : null}
          <PortraitChoices
            photos={photos}
            labelledBy={titleId}
            choice={choice}
            onChoose={setChoice}
          />
          <div className="actions">
            <ActionButtons
              actions={[
                {
                  label: t('people.portraitPicker.choose'),
                  onClick: () => {
                    onChange(choice);
                    setOpen(false);
                  },
                },
                { label: t('people.form.cancel'), variant: 'secondary', onClick: close },
              ]}
            />
          </div>
        </ModalDialog>
      ) : null}
    </fieldset>
  );
}
