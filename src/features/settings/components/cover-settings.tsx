import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import {
  BookModeChoice,
  Button,
  LabelledSection,
  Notice,
  TextField,
  useErrorText,
} from '@/components';
import { updateCover, type BookSummary } from '@/db';
import { cleanName, hasText, isTooLong, TEXT_LIMITS } from '@/domain';

const NICKNAME_MAX = TEXT_LIMITS.nickname;

export function CoverSettings({ book }: { book: BookSummary }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [name, setName] = useState(book.cover.nickname);
  const [status, setStatus] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);

  const run = async (patch: Parameters<typeof updateCover>[1], done: string) => {
    try {
      await updateCover(book.id, patch);
      setStatus({ tone: 'success', text: done });
    } catch (e) {
      setStatus({ tone: 'error', text: errorText(e) });
    }
  };

  const cleaned = cleanName(name);
  const nameProblem = !hasText(cleaned)
    ? t('cover.nicknameRequired')
    : isTooLong(cleaned, NICKNAME_MAX)
      ? t('cover.nicknameTooLong', { max: NICKNAME_MAX })
      : undefined;
  const [showProblem, setShowProblem] = useState(false);

  return (
    <LabelledSection title={t('settings.bookSection')}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          setShowProblem(true);
          if (!nameProblem) void run({ nickname: cleaned }, t('settings.renamed'));
        }}
      >
        <TextField
          label={t('settings.rename')}
          value={name}
          limit={NICKNAME_MAX}
          autoComplete="off"
          onValueChange={(typed) => {
            setName(typed);
            setStatus(null);
          }}
          error={showProblem ? nameProblem : undefined}
        />
        <Button type="submit">{t('app.save')}</Button>
      </form>
      <BookModeChoice
        mode="locale"
        value={book.cover.locale}
        onChange={(locale) => void run({ locale }, t('app.saved'))}
      />
      <BookModeChoice
        mode="ageMode"
        value={book.cover.ageMode}
        onChange={(ageMode) => void run({ ageMode }, t('app.saved'))}
      />
      {status ? <Notice tone={status.tone}>{status.text}</Notice> : null}
    </LabelledSection>
  );
}
