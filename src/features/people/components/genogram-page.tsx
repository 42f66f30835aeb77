import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { EmptyState, Notice, PageHeader } from '@/components';
import type { Person } from '@/domain';
import { useBackToPeople } from '../hooks/use-back-to-people';
import { useKinEdges, usePeople } from '../hooks/use-people';
import { usePeopleDrawing } from '../hooks/use-people-drawing';
import { usePeopleText } from '../hooks/use-people-text';
import { familyRows } from '../lib/family-table';
import { layoutGenogram } from '../lib/genogram-layout';
import { ME_ID, type KinEdge } from '../lib/kinship';

import { GenogramIgnored } from './genogram-ignored';
import { GenogramLegend } from './genogram-legend';
import { GenogramNotIn } from './genogram-not-in';
import { GenogramSvg, type GenogramPerson } from './genogram-svg';
import { GenogramTable } from './genogram-table';

/**
 * The most people one family tree draws, and lists as not in it yet. No family comes near it;
 * past it (a pathological import) the tree and its table grow with the square of the people,
 * as every sibling row names every other sibling, and 10,000 froze the page for a minute.
 */
export const GENOGRAM_DRAW_MAX = 100;

/**
 * Who the tree draws (the child first, then the linked people, the nearest first when there are
 * too many), its layout, its table rows, and who has any link at all.
 */
function familyTree(edges: readonly KinEdge[], people: readonly Person[]) {
  const linked = new Set(edges.flatMap((e) => [e.from, e.to]));
  const all = people.filter((p) => linked.has(p.id)).map((p) => p.id);
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
}

/** The family tree, drawn from family links, with a table and a key beside it. */
export function GenogramPage() {
  const { t } = useTranslation();
  const text = usePeopleText();
  const { bookId = '' } = useParams();
  const data = usePeople(bookId);
  const edges = useKinEdges(data?.people);
  const people = data?.people;
  const { photos, centreName, portraits } = usePeopleDrawing(bookId, people);
  const back = useBackToPeople(bookId);

  const tree = useMemo(() => familyTree(edges, people ?? []), [edges, people]);

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
      <PageHeader
        back={back}
        title={t('people.genogram.title')}
        intro={t('people.genogram.intro')}
      />
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
          <GenogramLegend />
          <GenogramIgnored edges={tree.layout.ignored} nameOf={nameOf} />
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
      <GenogramNotIn bookId={bookId} people={notIn} max={GENOGRAM_DRAW_MAX} />
    </div>
  );
}
