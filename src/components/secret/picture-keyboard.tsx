import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import type { SecretWord } from '@/crypto';

import { Button } from '../button';

import { ChosenPictures } from './chosen-pictures';
import { PictureBoard, wordNameIn } from './picture-board';

/** Beside the word "undo", hidden from screen readers: the word says it. */
const UNDO_PICTURE = '↩️';

/** Places shown for the pictures: the five of the floor, whatever book it is. */
const SLOTS = 5;

export interface PictureKeyboardProps {
  chosen: readonly SecretWord[];
  onChange: (chosen: readonly SecretWord[]) => void;
  /** Under the chosen pictures, above the tiles: what the last try got, said as an alert. */
  error?: string | null;
  /** Beside "undo": the form's own buttons ("open the book", "other words"). */
  actions?: ReactNode;
}

/**
 * The whole word list as big pictures in a few kinds, for a child who cannot spell: tap the
 * pictures in order, see them come up with their words, take the last one back. The keyboard is
 * the same for every book (every word, fixed order, no hints), so it narrows nothing.
 */
export function PictureKeyboard({ chosen, onChange, error, actions }: PictureKeyboardProps) {
  const { t, i18n } = useTranslation();
  const [status, setStatus] = useState('');
  const wordName = wordNameIn(i18n.language);

  const pick = (w: SecretWord) => {
    const next = [...chosen, w];
    onChange(next);
    setStatus(t('pictureKeyboard.picked', { word: wordName(w), count: next.length }));
  };
  const undo = () => {
    const last = chosen.at(-1);
    if (last === undefined) return;
    const next = chosen.slice(0, -1);
    onChange(next);
    setStatus(t('pictureKeyboard.removed', { word: wordName(last), count: next.length }));
  };

  return (
    <div className="picture-keyboard" role="group" aria-label={t('pictureKeyboard.label')}>
      <div className="picture-keyboard-top">
        <ChosenPictures chosen={chosen} wordName={wordName} slots={SLOTS} />
        {error ? (
          <p className="field-error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="actions picture-keyboard-actions">
          {actions}
          <Button
            variant="secondary"
            className="picture-keyboard-undo"
            aria-label={t('pictureKeyboard.undoLabel')}
            disabled={chosen.length === 0}
            onClick={undo}
          >
            <span aria-hidden="true">{UNDO_PICTURE}</span> {t('pictureKeyboard.undo')}
          </Button>
        </div>
      </div>
      <p role="status" className="visually-hidden">
        {status}
      </p>
      <PictureBoard speechKey="picture-keyboard" onPick={pick} onUndo={undo} />
    </div>
  );
}
