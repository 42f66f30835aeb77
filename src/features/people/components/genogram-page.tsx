import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { EmptyState, Notice } from '@/components';
import { useBookName, useBookPhotos, useKinEdges, usePeople } from '../hooks/use-people';
import { usePeopleText } from '../hooks/use-people-text';
import { usePortraitUrls } from '../hooks/use-portrait-urls';
import { familyRows } from '../lib/family-table';
import { layoutGenogram } from '../lib/genogram-layout';
import { ME_ID } from '../lib/kinship';

import { GenogramSvg, type GenogramPerson } from './genogram-svg';
import { GenogramTable } from './genogram-table';

/**
 * The most people one family tree draws, and lists as not in it yet. No family comes near it;
 * past it (a pathological import) the tree and its table grow with the square of the people,
 * as every sibling row names every other sibling, and 10,000 froze the page for a minute.
 */
export const GENOGRAM_DRAW_MAX = 100;

/** The family tree, drawn from family links, with a table and a key beside it. */
export function GenogramPage() {
  const { t } = useTranslation();
  const text = usePeopleText();
  const { bookId = '' } = useParams();
  const data = usePeople(bookId);
  const photos = useBookPhotos(bookId);
  const edges = useKinEdges(data?.people);
  const centreName = useBookName(bookId) ?? t('people.me');
  const people = data?.people;
  const portraits = usePortraitUrls(bookId, people ?? [], photos);

  const tree = useMemo(() => {
    const linked = new Set(edges.flatMap((e) => [e.from, e.to]));
    const all = (people ?? []).filter((p) => linked.has(p.id)).map((p) => p.id);
    // Too many: the child's own parents, siblings, partners and children first, then by name.
    const near = new Set(
      edges.filter((e) => e.from === ME_ID || e.to === ME_ID).flatMap((e) => [e.from, e.to]),
    );
    const ordered =
      all.length > GENOGRAM_DRAW_MAX
        ? [...all.filter((id) => near.has(id)), ...all.filter((id) => !near.has(id))]
        : all;
    const ids = [ME_ID, ...ordered.slice(0, GENOGRAM_DRAW_MAX)];
    const drawn = new Set(ids);
    const among = edges.filter((e) => drawn.has(e.from) && drawn.has(e.to));
    const layout = layoutGenogram(ids, among);
    const kept = among.filter((e) => !layout.ignored.includes(e));
    return { ids, layout, rows: familyRows(ids, kept), linked, total: all.length };
  }, [edges, people]);

  if (!data || !photos) return <p role="status">{t('people.loading')}</p>;

  const byId = new Map<string, GenogramPerson>([
    [ME_ID, { name: centreName, relation: t('people.me'), sectorClass: 'sector-me' }],
    ...data.people.map(
      (p) =>
        [
          p.id,
          { name: p.name, relation: text.relation(p), sectorClass: `sector-${p.sector}` },
        ] as const,
    ),
  ]);
  const nameOf = (id: string) => byId.get(id)?.name ?? '';
  const notIn = data.people.filter(
    (p) => (p.sector === 'family' || p.sector === 'relatives') && !tree.linked.has(p.id),
  );
  const hasTree = tree.ids.length > 1;

  return (
    <div className="genogram-page">
      <p>
        <Link to={`/book/${bookId}/people`}>{t('people.person.back')}</Link>
      </p>
      <h1>{t('people.genogram.title')}</h1>
      <p className="lead">{t('people.genogram.intro')}</p>
      {tree.total > GENOGRAM_DRAW_MAX ? (
        <Notice tone="info">
          {t('people.genogram.tooMany', { total: tree.total, max: GENOGRAM_DRAW_MAX })}
        </Notice>
      ) : null}
      {hasTree ? (
        <>
          {/* Wide trees scroll sideways at a readable size; a scrolling region must take focus. */}
          <div
            className="geno-frame"
            // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- see above
            tabIndex={0}
            role="region"
            aria-label={t('people.genogram.svgTitle', { name: centreName })}
          >
            <GenogramSvg
              layout={tree.layout}
              people={byId}
              portraits={portraits}
              title={t('people.genogram.svgTitle', { name: centreName })}
              description={t('people.genogram.svgDesc', { count: tree.ids.length })}
            />
          </div>
          <section aria-labelledby="geno-legend-heading" className="geno-legend">
            <h2 id="geno-legend-heading">{t('people.genogram.legendTitle')}</h2>
            <ul className="plain-list">
              <li>{t('people.genogram.legendPartner')}</li>
              <li>{t('people.genogram.legendChildren')}</li>
              <li>{t('people.genogram.legendBracket')}</li>
              <li>{t('people.genogram.legendStep')}</li>
            </ul>
          </section>
          {tree.layout.ignored.length > 0 ? (
            <div className="notice notice-warning" role="status">
              <p>{t('people.genogram.ignored')}</p>
              <ul className="plain-list">
                {tree.layout.ignored.map((e) => (
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
          ) : null}
          <GenogramTable rows={tree.rows} nameOf={nameOf} />
        </>
      ) : (
        <EmptyState
          picture="🌳"
          title={t('empty.family.title')}
          text={t('people.genogram.empty')}
          action={
            <Link className="btn btn-primary" to={`/book/${bookId}/people`}>
              {t('empty.family.action')}
            </Link>
          }
        />
      )}
      {notIn.length > 0 ? (
        <section aria-labelledby="geno-not-in-heading">
          <h2 id="geno-not-in-heading">{t('people.genogram.notIn')}</h2>
          <p>{t('people.genogram.notInHint')}</p>
          <ul className="plain-list">
            {notIn.slice(0, GENOGRAM_DRAW_MAX).map((p) => (
              <li key={p.id}>
                <Link to={`/book/${bookId}/people/${p.id}`}>{p.name}</Link>
              </li>
            ))}
          </ul>
          {notIn.length > GENOGRAM_DRAW_MAX ? (
            <p>{t('people.genogram.notInMore', { count: notIn.length - GENOGRAM_DRAW_MAX })}</p>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
