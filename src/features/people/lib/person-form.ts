import { nowIso } from '@/domain';
import { hasText, isTooLong, TEXT_LIMITS } from '@/domain';
import { cleanName } from '@/domain';
import type { Closeness, ContactFrequency, Person, Sector } from '@/domain';

/**
 * Long enough for "Mormor Inger Marie" and a nickname; the same limits as a person added from
 * the timeline (domain/limits.ts), so someone added there can always be edited here.
 */
export const NAME_MAX = TEXT_LIMITS.name;
export const RELATION_MAX = TEXT_LIMITS.relation;
/** A few paragraphs about someone, not a whole diary. */
export const NOTE_MAX = TEXT_LIMITS.note;

export interface PersonDraft {
  name: string;
  relation: string;
  sector: Sector;
  closeness: Closeness;
  contact?: ContactFrequency;
  portraitPhotoId?: string;
  note: string;
  hideInSlideshows: boolean;
}

export type DraftError =
  | { field: 'name'; code: 'required' }
  | { field: 'name' | 'relation' | 'note'; code: 'too-long'; max: number };

export function emptyDraft(sector: Sector = 'family'): PersonDraft {
  return { name: '', relation: '', sector, closeness: 2, note: '', hideInSlideshows: false };
}

export function draftOf(p: Person): PersonDraft {
  return {
    name: p.name,
    relation: p.relation,
    sector: p.sector,
    closeness: p.closeness,
    ...(p.contact ? { contact: p.contact } : {}),
    ...(p.portraitPhotoId ? { portraitPhotoId: p.portraitPhotoId } : {}),
    note: p.note ?? '',
    hideInSlideshows: p.hideInSlideshows === true,
  };
}

/** Every problem with a draft, in the order of the form's fields. */
export function validateDraft(d: PersonDraft): DraftError[] {
  const errors: DraftError[] = [];
  const name = cleanName(d.name);
  if (!hasText(name)) errors.push({ field: 'name', code: 'required' });
  else if (isTooLong(name, NAME_MAX)) {
    errors.push({ field: 'name', code: 'too-long', max: NAME_MAX });
  }
  if (isTooLong(d.relation.trim(), RELATION_MAX)) {
    errors.push({ field: 'relation', code: 'too-long', max: RELATION_MAX });
  }
  if (isTooLong(d.note.trim(), NOTE_MAX)) {
    errors.push({ field: 'note', code: 'too-long', max: NOTE_MAX });
  }
  return errors;
}

/**
 * The person a valid draft makes: a new one, or `existing` with the form's fields replaced and
 * everything the form does not show (links, line, dates) kept.
 */
export function personFromDraft(
  d: PersonDraft,
  ids: { id: string; bookId: string },
  existing?: Person,
  now: string = nowIso(),
): Person {
  const person: Person = {
    ...existing,
    id: ids.id,
    bookId: ids.bookId,
    name: cleanName(d.name),
    relation: d.relation.trim(),
    sector: d.sector,
    closeness: d.closeness,
    links: existing?.links ?? [],
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
  };
  // The form owns these optional fields: clearing one in the form removes it from the record.
  delete person.contact;
  delete person.portraitPhotoId;
  delete person.note;
  delete person.hideInSlideshows;
  const note = d.note.trim();
  if (d.contact) person.contact = d.contact;
  if (d.portraitPhotoId) person.portraitPhotoId = d.portraitPhotoId;
  if (note) person.note = note;
  if (d.hideInSlideshows) person.hideInSlideshows = true;
  return person;
}
