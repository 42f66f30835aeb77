import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';

import { NavIcon, Notice, PageHeader, PhoneFold } from '@/components';
import type { Photo } from '@/domain';
import { useBinItem } from '../hooks/use-bin-item';
import { useGallerySearch } from '../hooks/use-gallery-search';
import { useMissingPosters } from '../hooks/use-missing-posters';
import { useNarrowScreen } from '../hooks/use-narrow-screen';
import { useBookLocale, useEntries, usePeople, usePhotoList } from '../hooks/use-photo-data';
import '../photos.css';

import { BinnedPhotoNotice } from './binned-photo-notice';
import { photoLabel } from './gallery-group-label';
import { PhotoDialog } from './photo-dialog';
import { GallerySearchToggle } from './gallery-search-toggle';
import { GallerySection } from './gallery-section';
import { PhotoBinLink } from './photo-bin-link';
import { PhotoBinPage } from './photo-bin-page';
import { PhotoImport } from './photo-import';
import { SlideshowSetup } from './slideshow-setup';

/** The photos of an open book: adding them, the gallery, and looking at them together. */
export function PhotosArea() {
  const { t } = useTranslation();
  const { bookId = '', '*': sub } = useParams();
  const list = usePhotoList(bookId);
  useMissingPosters(bookId);
  const people = usePeople(bookId);
  const entries = useEntries(bookId);
  const locale = useBookLocale(bookId) ?? 'da';
  const [openId, setOpenId] = useState<string>();
  const all = useMemo(() => list?.items ?? [], [list]);
  // Looked up in every photo, so a photo hidden from inside the dialog stays open.
  const open = openId ? all.find((p) => p.id === openId) : undefined;
  // Known to be empty (not still loading): the import then invites with its one big action.
  const empty = list !== undefined && all.length === 0;
  const onOpen = useCallback((p: Photo) => {
    setOpenId(p.id);
  }, []);
  const search = useGallerySearch();
  const phone = useNarrowScreen();
  // "Søg" ends the row of buttons; on a phone that row is folded, so it joins the fold buttons.
  const searchToggle = empty ? null : <GallerySearchToggle search={search} compact={phone} />;
  const onClose = useCallback(() => {
    setOpenId(undefined);
  }, []);
  const { binned, error: binError, bin } = useBinItem(bookId, onClose);

  if (sub === 'bin') return <PhotoBinPage bookId={bookId} />;

  return (
    <div className="photos-area">
      <PageHeader title={t('photos.title')} intro={t('photos.intro')} />
      {/* On a phone, adding photos and the slideshow fold behind a button each: photos first. */}
      <PhoneFold label={t('layout.addPhotos')} icon={<NavIcon name="photos" />} unfolded={empty}>
        <PhotoImport bookId={bookId} empty={empty} extra={phone ? null : searchToggle} />
      </PhoneFold>
      {binned ? (
        <BinnedPhotoNotice
          key={`${binned.id}:${String(binned.time)}`}
          bookId={bookId}
          item={binned}
        />
      ) : null}
      <PhotoBinLink bookId={bookId} />
      {list && list.damaged.length > 0 ? (
        <Notice tone="warning">{t('photos.damaged', { count: list.damaged.length })}</Notice>
      ) : null}
      {empty ? null : list && people && entries ? (
        <>
          <PhoneFold compact label={t('layout.slideshow')} icon={<NavIcon name="play" />}>
            <SlideshowSetup photos={all} people={people} entries={entries} locale={locale} />
          </PhoneFold>
          {phone ? searchToggle : null}
          <GallerySection items={all} onOpen={onOpen} search={search} people={people} />
        </>
      ) : (
        <p role="status">{t('photos.loading')}</p>
      )}
      {open && people && entries ? (
        <PhotoDialog
          photo={open}
          label={photoLabel(t, open)}
          people={people.filter((p) => !p.deletedAt)}
          entries={entries}
          locale={locale}
          onClose={onClose}
          onBin={(p) => void bin(p)}
          binError={binError}
        />
      ) : null}
    </div>
  );
}
