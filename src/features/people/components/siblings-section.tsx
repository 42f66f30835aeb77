import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { LabelledSection } from '@/components';
import type { Photo } from '@/domain';
import type { Sibling } from '../lib/kinship';

import { SiblingItem } from './sibling-item';

/**
 * The most siblings this section lists. No family comes near it; past it (a pathological
 * import), the rest are counted here and listed, virtualised, under all people, so thousands
 * of these items (each with its own choice of how often) never freeze the page.
 */
export const SIBLINGS_SHOWN_MAX = 50;

/** Siblings first: the guidance asks for special attention to brothers and sisters. */
export function SiblingsSection({
  bookId,
  siblings,
  photoById,
}: {
  bookId: string;
  siblings: readonly Sibling[];
  photoById: ReadonlyMap<string, Photo>;
}) {
  const { t } = useTranslation();
  return (
    <LabelledSection title={t('people.siblings.title')} className="siblings">
      {siblings.length === 0 ? (
        <p>{t('people.siblings.none')}</p>
      ) : (
        <>
          <p className="lead">{t('people.siblings.intro')}</p>
          <ul className="tile-grid sibling-list">
            {siblings.slice(0, SIBLINGS_SHOWN_MAX).map((s) => (
              <SiblingItem
                key={s.person.id}
                bookId={bookId}
                sibling={s}
                photo={
                  s.person.portraitPhotoId ? photoById.get(s.person.portraitPhotoId) : undefined
                }
              />
            ))}
          </ul>
          {siblings.length > SIBLINGS_SHOWN_MAX ? (
            <p>{t('people.siblings.more', { count: siblings.length - SIBLINGS_SHOWN_MAX })}</p>
          ) : null}
        </>
      )}
      <Link className="btn btn-secondary" to={`/book/${bookId}/people/new?sector=family`}>
        {t('people.siblings.add')}
      </Link>
    </LabelledSection>
  );
}
