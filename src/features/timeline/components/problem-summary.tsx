import { useTranslation } from 'react-i18next';

import { TextList } from '@/components';

/** Everything that stops saving, in the order of the form, announced at once. */
export function ProblemSummary({ messages }: { messages: string[] }) {
  const { t } = useTranslation();
  if (messages.length === 0) return null;
  return (
    <div className="notice notice-error problem-summary" role="alert">
      <div className="notice-text">
        <p>{t('timeline.editor.problemsTitle')}</p>
        <TextList items={messages} />
      </div>
    </div>
  );
}
