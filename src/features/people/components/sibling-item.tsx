import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { StatusLine } from '@/components';
import { savePeople } from '@/db';
import { nowIso, withOptional } from '@/domain';
import type { ContactFrequency, Photo } from '@/domain';
import { useBusyStatus } from '@/hooks';
import { usePeopleText } from '../hooks/use-people-text';
import type { Sibling } from '../lib/kinship';

import { ContactField } from './contact-field';
import { PersonPortrait } from './person-portrait';

/** A sibling with how often we see each other, changeable right here. */
export function SiblingItem({
  bookId,
  sibling,
  photo,
}: {
  bookId: string;
  sibling: Sibling;
  photo: Photo | undefined;
}) {
  const { t } = useTranslation();
  const text = usePeopleText();
  const { status, busyRun } = useBusyStatus();
  const { person, kind } = sibling;

  const change = (contact: ContactFrequency | undefined) => {
    const now = nowIso();
    const next = withOptional({ ...person, updatedAt: now }, 'contact', contact);
    const saved = t('people.siblings.contactSaved', {
      name: person.name,
      contact: text.contact(next.contact),
    });
    return busyRun(() => savePeople(bookId, [next]), saved);
  };

  return (
    <li className="sibling">
      <Link className="sibling-link" to={`/book/${bookId}/people/${person.id}`}>
        <PersonPortrait person={person} photo={photo} size="large" />
        <span className="person-card-name">{person.name}</span>
        <span className="person-card-relation">{t(`people.siblings.kind.${kind}`)}</span>
      </Link>
      <ContactField
        className="sibling-contact"
        label={t('people.siblings.contact')}
        value={person.contact}
        onChange={(contact) => {
          void change(contact);
        }}
      />
      <StatusLine status={status} className="sibling-status" />
    </li>
  );
}
