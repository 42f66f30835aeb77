import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

import { DropZone } from '@/components';

/** What the picker offers; a dropped file of any type still goes to the checker (see DropZone). */
const PICK = '.zip,application/zip';

/** Choosing a moving pack: drop it on the area, or press the big button. */
export function ImportPicker({ onFile }: { onFile: (file: File) => void }) {
  const { t } = useTranslation();
  const onDrop = useCallback(
    (files: File[]) => {
      // One pack at a time: a second dropped file is ignored rather than queued.
      const [first] = files;
      if (first) onFile(first);
    },
    [onFile],
  );
  return (
    // Nothing chosen yet: a picture, what a moving pack is, and the one big action.
    <DropZone
      accept={PICK}
      multiple={false}
      onDrop={onDrop}
      inputProps={{ 'aria-label': t('packImport.pick.choose') }}
      invite={{
        picture: '📦',
        title: t('empty.packImport.title'),
        text: t('empty.packImport.text'),
        choose: t('packImport.pick.choose'),
      }}
      dropText={{ idle: t('packImport.pick.drop'), active: t('packImport.pick.dropActive') }}
      hint={t('packImport.pick.hint')}
    />
  );
}
