import type { ReactNode } from 'react';

import { Button } from './button';
import { EmojiPicture } from './emoji-picture';

/**
 * The way into the voice recorder wherever a voice note can be added (an entry, a photo, a person,
 * a Mig nu answer): a microphone and the place's own words, so it looks the same everywhere.
 */
export function VoiceRecordButton({
  children,
  onClick,
}: {
  /** The words, and any hidden words that tell several such buttons apart. */
  children: ReactNode;
  onClick: () => void;
}) {
  return (
    <Button variant="secondary" onClick={onClick}>
      <EmojiPicture emoji="🎙️" />
      {children}
    </Button>
  );
}
