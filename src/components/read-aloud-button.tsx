import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Locale } from '@/domain';
import { useSpeech } from '@/hooks';

import { Button } from './button';
import { EmojiPicture } from './emoji-picture';

/** Pictures beside the words, hidden from screen readers: the words say it. */
const PICTURE = { speak: '🔊', stop: '⏹️' } as const;

export interface ReadAloudButtonProps {
  /** Who is reading: one voice at a time, and only this button shows "Stop" while it reads. */
  speechKey: string;
  text: string;
  /** The book's language, which the voice must speak (not the interface's). */
  locale: Locale;
  /** Names what is read, for a list of many (a story's title): "Read aloud: …". */
  name?: string;
  prominent?: boolean;
  className?: string;
}

/**
 * Reads a text aloud with a voice on this device. Not shown where the browser cannot speak at
 * all; where it could only speak through a network voice, a press says so instead of reading.
 */
export function ReadAloudButton({
  speechKey,
  text,
  locale,
  name,
  prominent = false,
  className,
}: ReadAloudButtonProps) {
  const { t } = useTranslation();
  const speech = useSpeech(speechKey, locale);
  const [noVoice, setNoVoice] = useState(false);
  if (!speech.supported) return null;
  const label =
    name === undefined
      ? undefined
      : speech.speaking
        ? t('guards.speech.stopLabel', { title: name })
        : t('guards.speech.readLabel', { title: name });
  return (
    <>
      <Button
        variant={prominent ? 'primary' : 'secondary'}
        className={['read-aloud', className].filter(Boolean).join(' ')}
        // The name starts with the visible words and adds what is read.
        aria-label={label}
        disabled={text.trim() === ''}
        onClick={() => {
          if (speech.speaking) {
            speech.stop();
            return;
          }
          setNoVoice(!speech.speak(text));
        }}
      >
        <EmojiPicture emoji={speech.speaking ? PICTURE.stop : PICTURE.speak} />{' '}
        {speech.speaking ? t('guards.speech.stop') : t('guards.speech.read')}
      </Button>
      {noVoice ? (
        <p role="status" className="read-aloud-note">
          {t('guards.speech.noLocalVoice', { language: t(`guards.speech.languages.${locale}`) })}
        </p>
      ) : null}
    </>
  );
}
