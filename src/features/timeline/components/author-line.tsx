import { useTranslation } from 'react-i18next';

import type { Author } from '@/domain';

/** Whose words these are: always shown, so the child's own voice is never mixed up with an adult's. */
export function AuthorLine({ author }: { author: Author }) {
  const { t } = useTranslation();
  let text: string;
  if (author.kind === 'adult') text = t('timeline.author.adult', { name: author.name });
  else if (author.kind === 'together') {
    text = author.name
      ? t('timeline.author.togetherWith', { name: author.name })
      : t('timeline.author.together');
  } else text = t('timeline.author.child');
  return <span className={`entry-author author-${author.kind}`}>{text}</span>;
}
