import { useTranslation } from 'react-i18next';

import type { FamilyRow } from '../lib/family-table';

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
    <div className="table-scroll">
      <table className="geno-table">
        <caption>{t('people.genogram.tableTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('people.genogram.colName')}</th>
            <th scope="col">{t('people.genogram.colParents')}</th>
            <th scope="col">{t('people.genogram.colSiblings')}</th>
            <th scope="col">{t('people.genogram.colPartners')}</th>
            <th scope="col">{t('people.genogram.colChildren')}</th>
          </tr>
        </thead>
        <tbody>
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
        </tbody>
      </table>
    </div>
  );
}
