import { useTranslation } from 'react-i18next';

import type { Locale } from '@/domain';

export interface SlideCaptionProps {
  caption: string;
  locale: Locale;
  index: number;
  total: number;
  /** Reading aloud is asked for but this device has no voice for the book's language. */
  noVoice: boolean;
}

/** Under the picture: the child's caption, where in the show we are, and a missing voice. */
export function SlideCaption({ caption, locale, index, total, noVoice }: SlideCaptionProps) {
  const { t } = useTranslation();
  return (
    <div className="slide-caption-area">
      {caption ? (
        <p className="slide-caption" lang={locale}>
          {caption}
        </p>
      ) : null}
      <p className="slide-position" aria-live="polite">
        {t('photos.slideshow.position', { n: index + 1, total })}
      </p>
      {noVoice ? (
        // Only voices on this device may read; say so rather than stay silent unexplained.
        <p role="status">
          {t('guards.speech.noLocalVoice', { language: t(`guards.speech.languages.${locale}`) })}
        </p>
      ) : null}
    </div>
  );
}
