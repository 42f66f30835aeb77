import { useTranslation } from 'react-i18next';

import { Button } from '../../../components/button';
import { useBookContext } from '../hooks/use-book-context';
import { useSpeech } from '../hooks/use-speech';
import { PICTURES } from '../lib/pictures';

export interface ReadAloudButtonProps {
  id: string;
  title: string;
  text: string;
  prominent?: boolean;
}

/** Reads a story aloud in the book's language; not shown where the browser cannot. */
export function ReadAloudButton({ id, title, text, prominent = false }: ReadAloudButtonProps) {
  const { t } = useTranslation();
  const { locale } = useBookContext();
  const speech = useSpeech(id, text.trim() === '' ? title : `${title}.\n${text}`, locale);
  if (!speech.supported) return null;
  return (
    <Button
      variant={prominent ? 'primary' : 'secondary'}
      className="read-aloud"
      // The name starts with the visible words and adds which story, for a list of many.
      aria-label={
        speech.speaking
          ? t('timeline.stopReadingLabel', { title })
          : t('timeline.readAloudLabel', { title })
      }
      onClick={speech.speaking ? speech.stop : speech.speak}
    >
      <span aria-hidden="true">{speech.speaking ? PICTURES.stop : PICTURES.speak}</span>
      {speech.speaking ? t('timeline.stopReading') : t('timeline.readAloud')}
    </Button>
  );
}
