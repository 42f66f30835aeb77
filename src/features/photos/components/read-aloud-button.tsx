import { useTranslation } from 'react-i18next';

import { Button } from '../../../components/button';
import type { Locale } from '../../../domain/types';
import { useSpeech } from '../hooks/use-speech';

/** Reads a caption aloud in the book's language; not shown where the browser cannot speak. */
export function ReadAloudButton({
  text,
  locale,
  className,
}: {
  text: string;
  locale: Locale;
  className?: string;
}) {
  const { t } = useTranslation();
  const speech = useSpeech(locale);
  if (!speech.available) return null;
  return (
    <Button
      variant="secondary"
      className={className}
      disabled={text.trim() === ''}
      onClick={() => {
        if (speech.speaking) speech.stop();
        else speech.speak(text);
      }}
    >
      <span aria-hidden="true">🔊</span>{' '}
      {speech.speaking ? t('photos.readAloud.stop') : t('photos.readAloud.read')}
    </Button>
  );
}
