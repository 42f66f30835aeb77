import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { Button, DrawingButton, EmojiPicture } from '@/components';
import { Notice } from '@/components';
import { ProgressBar } from '@/components';
import { useBookContext } from '../hooks/use-book-context';
import { usePhotoDropImport } from '../hooks/use-photo-drop-import';
import { PICTURES } from '../lib/pictures';

import { PhotoDropSummary } from './photo-drop-summary';

export interface PhotoDropProps {
  /** The photos to tick: the new ones, and those that were already in the book. */
  onAdded: (photoIds: string[]) => void;
  /** A drawing made here, told apart (the editor removes it again if it closes unsaved). */
  onDrawn?: (drawingId: string) => void;
}

/**
 * New photos straight from the device, chosen or dropped: they go through the book's photo
 * import (location data removed, thumbnails made off the main thread), then are ticked here.
 * Beside them, "Tegn": a drawing made now is ticked the same way.
 */
export function PhotoDrop({ onAdded, onDrawn }: PhotoDropProps) {
  const { t } = useTranslation();
  const { bookId } = useBookContext();
  const [over, setOver] = useState(false);
  const { run, cancel, progress, summary, error } = usePhotoDropImport(bookId, onAdded);

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    void run([...e.dataTransfer.files]);
  };

  return (
    <div
      className={over ? 'photo-drop photo-drop-over' : 'photo-drop'}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => {
        setOver(false);
      }}
      onDrop={onDrop}
    >
      <label className="btn btn-secondary file-button">
        <EmojiPicture emoji={PICTURES.photo} />
        {t('timeline.editor.addPhotos')}
        <input
          type="file"
          multiple
          accept="image/*,.heic,.heif"
          className="visually-hidden"
          disabled={progress !== null}
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            e.target.value = '';
            void run(files);
          }}
        />
      </label>
      <DrawingButton
        bookId={bookId}
        onSaved={(drawing) => {
          if (onDrawn) onDrawn(drawing.id);
          else onAdded([drawing.id]);
        }}
      />
      <p className="field-hint">{t('timeline.editor.dropPhotos')}</p>
      {progress ? (
        <div className="photo-drop-progress">
          <ProgressBar
            label={t('timeline.editor.addingPhotos', progress)}
            value={progress.done}
            max={progress.total}
          />
          <Button variant="secondary" onClick={cancel}>
            {t('timeline.editor.cancelPhotos')}
          </Button>
        </div>
      ) : null}
      {summary ? <PhotoDropSummary summary={summary} /> : null}
      {error ? <Notice tone="error">{error}</Notice> : null}
    </div>
  );
}
