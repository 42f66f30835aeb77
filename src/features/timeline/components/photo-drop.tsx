import { useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { Button, DrawingButton, EmojiPicture } from '@/components';
import { Notice } from '@/components';
import { ProgressBar } from '@/components';
import { useErrorText } from '@/components';
import { importPhotos, type ImportSummary } from '@/media/import-photos';
import { useBookContext } from '../hooks/use-book-context';
import { PICTURES } from '../lib/pictures';

export interface PhotoDropProps {
  /** The photos to tick: the new ones, and those that were already in the book. */
  onAdded: (photoIds: string[]) => void;
}

/**
 * New photos straight from the device, chosen or dropped: they go through the book's photo
 * import (location data removed, thumbnails made off the main thread), then are ticked here.
 * Beside them, "Tegn": a drawing made now is ticked the same way.
 */
export function PhotoDrop({ onAdded }: PhotoDropProps) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { bookId } = useBookContext();
  const [over, setOver] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [summary, setSummary] = useState<ImportSummary | null>(null);
  const [error, setError] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);

  const run = async (files: File[]) => {
    if (files.length === 0 || abort.current) return;
    const controller = new AbortController();
    abort.current = controller;
    setSummary(null);
    setError(null);
    setProgress({ done: 0, total: files.length });
    try {
      const result = await importPhotos(bookId, files, {
        onProgress: setProgress,
        signal: controller.signal,
      });
      onAdded([...result.added, ...result.duplicates].map((p) => p.id));
      setSummary(result);
    } catch (e) {
      setError(errorText(e));
    } finally {
      abort.current = null;
      setProgress(null);
    }
  };

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
          onAdded([drawing.id]);
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
          <Button variant="secondary" onClick={() => abort.current?.abort()}>
            {t('timeline.editor.cancelPhotos')}
          </Button>
        </div>
      ) : null}
      {summary && summary.added.length > 0 ? (
        <Notice tone="success">
          {t('timeline.editor.photosAdded', { count: summary.added.length })}
        </Notice>
      ) : null}
      {summary && summary.duplicates.length > 0 ? (
        <Notice tone="info">
          {t('timeline.editor.photosDuplicate', { count: summary.duplicates.length })}
        </Notice>
      ) : null}
      {summary && summary.failed.length > 0 ? (
        <Notice tone="warning">
          {t('timeline.editor.photosFailed', {
            names: summary.failed
              .map((f) => `${f.name} (${t(`photos.failure.${f.reason}`)})`)
              .join(', '),
          })}
        </Notice>
      ) : null}
      {error ? <Notice tone="error">{error}</Notice> : null}
    </div>
  );
}
