import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { useSpeech } from '@/hooks';

export interface HoldToHear {
  /** Reads the words aloud with a voice on the device, or says under the tiles that there is none. */
  hear: (text: string) => void;
  /** "Hold a picture to hear its word", or why nothing is heard; nothing without speech at all. */
  hint: ReactNode;
}

/** Read-aloud on a long press, for picture tiles a child cannot read yet. */
export function useHoldToHear(speechKey: string): HoldToHear {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en' : 'da';
  const speech = useSpeech(speechKey, locale);
  const [noVoice, setNoVoice] = useState(false);
  return {
    hear: (text) => {
      setNoVoice(!speech.speak(text));
    },
    hint: speech.supported ? (
      <p className="field-hint">
        {noVoice
          ? t('guards.speech.noLocalVoice', { language: t(`guards.speech.languages.${locale}`) })
          : t('pictureKeyboard.holdToHear')}
      </p>
    ) : null,
  };
}
