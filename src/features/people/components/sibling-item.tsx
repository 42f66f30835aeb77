import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { useErrorText } from '@/components';
import { savePeople } from '@/db';
import { nowIso } from '@/domain';
import type { ContactFrequency, Photo } from '@/domain';
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
  const errorText = useErrorText();
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const { person, kind } = sibling;

  const change = async (contact: ContactFrequency | undefined) => {
    const now = nowIso();
    const next = { ...person, updatedAt: now };
    if (contact) next.contact = contact;
    else delete next.contact;
    try {
      await savePeople(bookId, [next]);
      setStatus({
        ok: true,
        text: t('people.siblings.contactSaved', {
          name: person.name,
          contact: text.contact(next.contact),
        }),
      });
    } catch (e) {
      setStatus({ ok: false, text: errorText(e) });
    }
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
      {status ? (
        <p
          className={status.ok ? 'sibling-status' : 'field-error'}
          role={status.ok ? 'status' : 'alert'}
        >
          {status.text}
        </p>
      ) : null}
    </li>
  );
}
