import { useTranslation } from 'react-i18next';

import type { FamilyRow } from '../lib/family-table';

import { TableFrame } from './table-frame';

/** The family tree as a table: each person's parents, siblings, partners and children. */
export function GenogramTable({
  rows,
  nameOf,
}: {
  rows: readonly FamilyRow[];
  nameOf: (id: string) => string;
}) {
  const { t } = useTranslation();
  const list = (ids: readonly string[]) =>
    ids.length ? ids.map(nameOf).join(', ') : t('people.genogram.noneCell');
  return (
    <TableFrame
      className="geno-table"
      caption={t('people.genogram.tableTitle')}
      columns={[
        t('people.genogram.colName'),
        t('people.genogram.colParents'),
        t('people.genogram.colSiblings'),
        t('people.genogram.colPartners'),
        t('people.genogram.colChildren'),
      ]}
    >
      {rows.map((r) => (
        <tr key={r.id}>
          <th scope="row">{nameOf(r.id)}</th>
          <td>{list(r.parents)}</td>
          <td>
            {r.siblings.length
              ? r.siblings
                  .map((s) =>
                    s.kind === 'full'
                      ? nameOf(s.id)
                      : `${nameOf(s.id)} (${t(`people.siblings.kind.${s.kind}`)})`,
                  )
                  .join(', ')
              : t('people.genogram.noneCell')}
          </td>
          <td>{list(r.partners)}</td>
          <td>{list(r.children)}</td>
        </tr>
      ))}
    </TableFrame>
  );
}
