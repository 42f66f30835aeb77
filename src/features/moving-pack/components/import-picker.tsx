import { useCallback } from 'react';
import { useDropzone } from 'react-dropzone';
import { useTranslation } from 'react-i18next';

import { Button, EmptyState } from '@/components';

/**
 * What the picker offers. A dropped file of any type still goes to the checker, which says why
 * it is refused: a named reason helps more than a drop that silently does nothing.
 */
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
  const { getRootProps, getInputProps, isDragActive, open } = useDropzone({
    onDrop,
    noClick: true,
    noKeyboard: true,
    multiple: false,
  });
  const dropClass = isDragActive ? 'drop-zone is-active' : 'drop-zone';
  return (
    <div {...getRootProps({ className: dropClass })}>
      <input {...getInputProps({ accept: PICK })} aria-label={t('packImport.pick.choose')} />
      {/* Nothing chosen yet: a picture, what a moving pack is, and the one big action. */}
      <EmptyState
        picture="📦"
        title={t('empty.packImport.title')}
        text={t('empty.packImport.text')}
        action={<Button onClick={open}>{t('packImport.pick.choose')}</Button>}
        level={3}
        plain
      />
      <p className="drop-zone-text">
        {isDragActive ? t('packImport.pick.dropActive') : t('packImport.pick.drop')}
      </p>
      <p className="field-hint">{t('packImport.pick.hint')}</p>
    </div>
  );
}
