import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { LabelledSection, VoiceNotes } from '@/components';
import { mediaKindOf } from '@/domain';

import { useBackToPeople } from '../hooks/use-back-to-people';
import {
  useBirthDate,
  useBookPhotos,
  useKinEdges,
  usePeople,
  usePersonEntries,
} from '../hooks/use-people';
import { usePeopleText } from '../hooks/use-people-text';

import { DeletePerson } from './delete-person';
import { FamilyLinks } from './family-links';
import { PeopleNotFound } from './not-found';
import { PersonEntries } from './person-entries';
import { PersonPhotos } from './person-photos';
import { PersonPortrait } from './person-portrait';

/** Everything about one person: who they are, family links, their photos and timeline entries. */
export function PersonPage() {
  const { t } = useTranslation();
  const text = usePeopleText();
  const { bookId = '', personId = '' } = useParams();
  const data = usePeople(bookId);
  const photos = useBookPhotos(bookId);
  const entries = usePersonEntries(bookId, personId);
  const birth = useBirthDate(bookId);
  const edges = useKinEdges(data?.people);
  const back = useBackToPeople(bookId);
  if (!data || !photos || !entries || birth === undefined) {
    return <p role="status">{t('people.loading')}</p>;
  }
  const person = data.people.find((p) => p.id === personId);
  if (!person) {
    return <PeopleNotFound message={t('people.person.notFound')} />;
  }
  const portrait = photos.find((p) => p.id === person.portraitPhotoId);
  const relation = text.relation(person);

  return (
    <article className="person-page">
      <p>
        <Link to={back.to}>{back.label}</Link>
      </p>
      <header className="person-header">
        <PersonPortrait
          person={person}
          photo={portrait}
          size="large"
          alt={portrait ? t('people.person.portraitAlt', { name: person.name }) : ''}
        />
        <div>
          <h1>{person.name}</h1>
          {relation ? <p className="lead">{relation}</p> : null}
        </div>
      </header>
      <dl className="person-facts">
        <div>
          <dt>{t('people.person.sector')}</dt>
          <dd>{text.sector(person.sector)}</dd>
        </div>
        <div>
          <dt>{t('people.person.closeness')}</dt>
          <dd>{text.closeness(person.closeness)}</dd>
        </div>
        <div>
          <dt>{t('people.person.contact')}</dt>
          <dd>{text.contact(person.contact)}</dd>
        </div>
      </dl>
      {person.hideInSlideshows ? <p className="badge">{t('people.person.hidden')}</p> : null}
      {person.note ? (
        <LabelledSection title={t('people.person.note', { name: person.name })}>
          <p className="person-note">{person.note}</p>
        </LabelledSection>
      ) : null}
      <div className="actions">
        <Link className="btn btn-primary" to={`${back.to}/${person.id}/edit`}>
          {t('people.person.edit', { name: person.name })}
        </Link>
        <DeletePerson bookId={bookId} person={person} />
      </div>
      <FamilyLinks bookId={bookId} person={person} people={data.people} edges={edges} />
      <PersonPhotos person={person} photos={photos} />
      <VoiceNotes
        bookId={bookId}
        notes={photos.filter((p) => mediaKindOf(p) === 'voice' && p.personIds.includes(person.id))}
        links={{ personIds: [person.id] }}
      />
      <PersonEntries person={person} entries={entries} birth={birth ?? undefined} />
    </article>
  );
}
