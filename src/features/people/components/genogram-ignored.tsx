import { useTranslation } from 'react-i18next';

import type { KinEdge } from '../lib/kinship';

/** Links the tree could not draw (they contradict others), read as sentences. */
export function GenogramIgnored({
  edges,
  nameOf,
}: {
  edges: readonly KinEdge[];
  nameOf: (id: string) => string;
}) {
  const { t } = useTranslation();
  if (edges.length === 0) return null;
  return (
    <div className="notice notice-warning" role="status">
      <p>{t('people.genogram.ignored')}</p>
      <ul className="plain-list">
        {edges.map((e) => (
          <li key={`${e.type}:${e.from}:${e.to}`}>
            {t('people.links.sentence', {
              name: nameOf(e.from),
              role: t(`people.links.role.${e.type}`),
              other: nameOf(e.to),
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}
