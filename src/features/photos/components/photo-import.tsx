import { useCallback, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';

import { DropZone, LabelledSection } from '@/components';
import { usePhotoImport } from '../hooks/use-photo-import';
import { withoutSystemFiles } from '../lib/system-files';

import { ImportOutcome } from './import-outcome';
import { PaperForm } from './paper-form';
import { PhotoImportActions } from './photo-import-actions';

/** What the picker offers (photos, videos, PDFs); dropped files of any type still arrive and are named if refused. */
const PICK =
  'image/*,.heic,.heif,.avif,video/mp4,video/quicktime,video/webm,.mp4,.mov,.m4v,.webm,application/pdf,.pdf';

export interface PhotoImportProps {
  bookId: string;
  empty?: boolean;
  /** Put at the end of the row of buttons. */
  extra?: ReactNode;
}

/**
 * Adding photos: drop files or folders anywhere on the area, or use the row of buttons (photos, a
 * folder, the camera on a phone, a paper, a drawing). The import runs in workers with a progress
 * bar and a Stop.
 */
export function PhotoImport({ bookId, empty = false, extra }: PhotoImportProps) {
  const { t } = useTranslation();
  const { state, start, cancel, dismiss } = usePhotoImport(bookId);
  const folderInput = useRef<HTMLInputElement>(null);
  const cameraInput = useRef<HTMLInputElement>(null);
  const [paperOpen, setPaperOpen] = useState(false);
  const running = state.phase === 'running';
  // A book with no photos yet: a picture, one sentence and "Choose photos" as the big action.
  const invite = empty && state.phase === 'idle';

  const onDrop = useCallback(
    (files: File[]) => {
      start(withoutSystemFiles(files));
    },
    [start],
  );
  const fromInput = (input: HTMLInputElement) => {
    const files = input.files ? [...input.files] : [];
    input.value = '';
    start(withoutSystemFiles(files));
  };
  // An empty book gets the invitation in place of "drop them here".
  const words = invite
    ? {
        invite: {
          picture: '📷',
          title: t('empty.photos.title'),
          text: t('empty.photos.text'),
          choose: t('photos.import.choose'),
        },
      }
    : { dropText: { idle: t('photos.import.drop'), active: t('photos.import.dropActive') } };

  return (
    <LabelledSection className="photo-import" title={t('photos.import.heading')}>
      <DropZone
        accept={PICK}
        multiple
        disabled={running}
        onDrop={onDrop}
        inputProps={{ 'data-testid': 'photo-input' }}
        {...words}
        hint={t('photos.import.privacy')}
      >
        {(open) => (
          <>
            <PhotoImportActions
              bookId={bookId}
              invite={invite}
              running={running}
              paperOpen={paperOpen}
              onChoose={open}
              onFolder={() => folderInput.current?.click()}
              onCamera={() => cameraInput.current?.click()}
              onPaper={() => {
                setPaperOpen((o) => !o);
              }}
              extra={extra}
            />
            <HiddenPickers
              folderInputRef={folderInput}
              cameraInputRef={cameraInput}
              onFiles={fromInput}
            />
          </>
        )}
      </DropZone>
      {paperOpen ? (
        <PaperForm
          disabled={running}
          onStart={start}
          onClose={() => {
            setPaperOpen(false);
          }}
        />
      ) : null}
      <ImportOutcome state={state} onCancel={cancel} onDismiss={dismiss} />
    </LabelledSection>
  );
}

/** The folder picker and the phone's camera, opened by their buttons above. */
function HiddenPickers({
  folderInputRef,
  cameraInputRef,
  onFiles,
}: {
  folderInputRef: RefObject<HTMLInputElement | null>;
  cameraInputRef: RefObject<HTMLInputElement | null>;
  onFiles: (input: HTMLInputElement) => void;
}) {
  return (
    <>
      <input
        ref={(el) => {
          folderInputRef.current = el;
          // Not in React's types: lets the picker choose a whole folder (and its subfolders).
          el?.setAttribute('webkitdirectory', '');
        }}
        type="file"
        multiple
        hidden
        tabIndex={-1}
        onChange={(e) => {
          onFiles(e.currentTarget);
        }}
      />
      <input
        ref={cameraInputRef}
        type="file"
        accept="image/*"
        capture="environment"
        hidden
        tabIndex={-1}
        onChange={(e) => {
          onFiles(e.currentTarget);
        }}
      />
    </>
  );
}
