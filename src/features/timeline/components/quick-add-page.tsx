import '../road.css';

import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

import { Button, EmojiPicture, Notice, useErrorText, useUnsavedWork } from '@/components';
import { saveEntry } from '@/db';
import type { EntryKind, Photo } from '@/domain';

import { useBookContext } from '../hooks/use-book-context';
import { makeQuickEntry } from '../lib/quick-entry';
import { entryPath, timelinePath } from '../lib/paths';
import { PICTURES } from '../lib/pictures';

import { FeelingPicker } from './feeling-picker';
import { KindPicker } from './kind-picker';
import { PhotoDrop } from './photo-drop';
import { QuickPhotos } from './quick-photos';
import { RoadVoiceLink } from './road-voice-link';

/**
 * Adding a memory with no typing at all, for the youngest: a kind by picture, a feeling, photos,
 * done. The title is made from the kind and the month; words can be added later from the entry.
 */
export function QuickAddPage({ photos }: { photos: readonly Photo[] }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const { bookId, birth } = useBookContext();
  const [kind, setKind] = useState<EntryKind>();
  const [feeling, setFeeling] = useState('');
  const [photoIds, setPhotoIds] = useState<string[]>([]);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const headingId = useId();
  useUnsavedWork(kind !== undefined || feeling !== '' || photoIds.length > 0);

  // A kind already chosen carries over: the editor then starts at that kind.
  const writePath = `${timelinePath(bookId, 'new')}?${kind ? `kind=${kind}` : 'write=1'}`;
  const kindError = tried && !kind ? t('road.quick.kindMissing') : undefined;

  const save = async () => {
    const made = makeQuickEntry({ kind, feeling, photoIds }, { bookId, now: new Date(), t });
    if ('problem' in made) {
      setTried(true);
      // The kind tiles are the only thing that can be missing: put the child back there.
      formRef.current?.querySelector<HTMLInputElement>('.kind-picker input')?.focus();
      return;
    }
    setBusy(true);
    setSaveError(null);
    try {
      await saveEntry(made.entry, birth);
      void navigate(entryPath(bookId, made.entry.id), { replace: true });
    } catch (e) {
      setSaveError(t('road.quick.saveFailed', { reason: errorText(e) }));
      setBusy(false);
    }
  };

  return (
    <form
      ref={formRef}
      className="quick-add"
      aria-labelledby={headingId}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h1 id={headingId}>{t('road.quick.title')}</h1>
      <p className="lead">{t('road.quick.intro')}</p>
      <RoadVoiceLink />
      <KindPicker value={kind} onChange={setKind} error={kindError} />
      <FeelingPicker value={feeling} onChange={setFeeling} />
      <QuickPhotos
        photos={photos}
        chosen={photoIds}
        onChange={setPhotoIds}
        importer={
          <PhotoDrop
            onAdded={(ids) => {
              setPhotoIds((c) => [...new Set([...c, ...ids])]);
            }}
          />
        }
      />
      {saveError ? <Notice tone="error">{saveError}</Notice> : null}
      <div className="actions quick-add-actions">
        <Button type="submit" busy={busy} className="quick-add-done">
          <EmojiPicture emoji={PICTURES.done} />
          {t('road.quick.done')}
        </Button>
        <Link className="btn btn-secondary" to={writePath}>
          <EmojiPicture emoji={PICTURES.edit} />
          {t('road.quick.writeInstead')}
        </Link>
        <Link className="btn btn-quiet" to={timelinePath(bookId)}>
          {t('road.quick.cancel')}
        </Link>
      </div>
    </form>
  );
}
