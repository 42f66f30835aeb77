import { newId, nowIso } from '@/domain';
import { parseIsoDay } from '@/domain';
import { endsBeforeStart } from '@/domain';
import { hasText, isTooLong } from '@/domain';
import { cleanName } from '@/domain';
import type {
  Author,
  Entry,
  EntryKind,
  FuzzyDate,
  Period,
  Person,
  Sector,
  Visibility,
} from '@/domain';

import {
  draftFromFuzzy,
  emptyDraft,
  isBlankDraft,
  readFuzzyDraft,
  type DateProblem,
  type FuzzyDraft,
} from './fuzzy-draft';
import { isPeriodKind } from './kinds';
import { NAME_MAX, PLACE_MAX, RELATION_MAX, TEXT_MAX, TITLE_MAX } from './limits';

/** Someone added on the spot from the editor; written to the book when the entry is saved. */
export interface NewPersonDraft {
  key: string;
  name: string;
  relation: string;
  sector: Sector;
}

/** Everything the editor holds, as typed. Dates stay drafts until saving. */
export interface EntryDraft {
  kind: EntryKind | undefined;
  subKind: string;
  title: string;
  text: string;
  date: FuzzyDraft;
  start: FuzzyDraft;
  end: FuzzyDraft;
  ongoing: boolean;
  /** False until the child touches a date: an untouched date is saved exactly as stored. */
  datesTouched: boolean;
  feeling: string;
  personIds: string[];
  newPeople: NewPersonDraft[];
  photoIds: string[];
  author: Author['kind'];
  authorName: string;
  visibility: Visibility;
  place: string;
  protected: boolean;
  sealed: boolean;
  sealedUntil: string;
}

export type EntryProblem =
  | 'kindMissing'
  | 'titleMissing'
  | 'titleTooLong'
  | 'textTooLong'
  | 'placeTooLong'
  | 'authorNameMissing'
  | 'authorNameTooLong'
  | 'startMissing'
  | 'endBeforeStart'
  | 'sealDateInvalid'
  | 'personNameMissing'
  | 'personNameTooLong'
  | 'relationTooLong'
  | DateProblem;

export type EntryField =
  'kind' | 'title' | 'text' | 'date' | 'start' | 'end' | 'place' | 'author' | 'seal' | 'people';

export type EntryProblems = Partial<Record<EntryField, EntryProblem>>;

/** What each part of the entry form is given: the draft, a change to it, the problems found. */
export interface EntryFieldsProps {
  draft: EntryDraft;
  onChange: (patch: Partial<EntryDraft>) => void;
  problems: EntryProblems;
}

/** The order problems are listed and focused in: the order of the form. */
export const FIELD_ORDER: readonly EntryField[] = [
  'kind',
  'title',
  'text',
  'date',
  'start',
  'end',
  'place',
  'people',
  'author',
  'seal',
];

export function draftFromEntry(entry: Entry | undefined, kind?: EntryKind): EntryDraft {
  const author = entry?.author ?? { kind: 'child' as const };
  return {
    kind: entry?.kind ?? kind,
    subKind: entry?.subKind ?? '',
    title: entry?.title ?? '',
    text: entry?.text ?? '',
    date: entry ? draftFromFuzzy(entry.date) : emptyDraft(),
    start: entry?.period ? draftFromFuzzy(entry.period.start) : emptyDraft(),
    // A blank end reads as "not known", so the year box can wait there, ready.
    end: entry?.period?.end ? draftFromFuzzy(entry.period.end) : emptyDraft(),
    ongoing: entry?.period ? entry.period.ongoing === true && !entry.period.end : false,
    datesTouched: false,
    feeling: entry?.feeling ?? '',
    personIds: entry?.personIds ?? [],
    newPeople: [],
    photoIds: entry?.photoIds ?? [],
    author: author.kind,
    authorName: author.kind === 'child' ? '' : (author.name ?? ''),
    visibility: entry?.visibility ?? 'book',
    place: entry?.place ?? '',
    protected: entry?.protected === true,
    sealed: entry?.sealedUntil !== undefined,
    sealedUntil: entry?.sealedUntil ?? '',
  };
}

export interface ReadContext {
  bookId: string;
  birth?: FuzzyDate;
  now: Date;
  /** The stored entry being edited: fields the form does not show are kept as they are. */
  original?: Entry;
}

export interface ReadResult {
  entry?: Entry;
  newPeople: Person[];
  problems: EntryProblems;
}

function readAuthor(draft: EntryDraft, problems: EntryProblems): Author {
  const name = cleanName(draft.authorName);
  if (draft.author === 'child') return { kind: 'child' };
  if (isTooLong(name, NAME_MAX)) problems.author = 'authorNameTooLong';
  if (draft.author === 'adult') {
    if (!hasText(name)) problems.author = 'authorNameMissing';
    return { kind: 'adult', name };
  }
  return hasText(name) ? { kind: 'together', name } : { kind: 'together' };
}

function readWhen(
  draft: EntryDraft,
  kind: EntryKind,
  ctx: ReadContext,
  problems: EntryProblems,
): { date?: FuzzyDate; period?: Period } {
  const original = ctx.original;
  if (!draft.datesTouched && original) {
    // Unchanged dates are kept byte for byte (a date with both a year and an age, say).
    if (isPeriodKind(kind) && original.period) return { period: original.period };
    if (!isPeriodKind(kind) && !original.period) {
      return original.date ? { date: original.date } : {};
    }
  }
  if (!isPeriodKind(kind)) {
    if (isBlankDraft(draft.date)) return {};
    const { date, problem } = readFuzzyDraft(draft.date);
    if (problem) problems.date = problem;
    return date ? { date } : {};
  }
  const start = isBlankDraft(draft.start) ? {} : readFuzzyDraft(draft.start);
  if (start.problem) problems.start = start.problem;
  else if (!start.date) problems.start = 'startMissing';
  const end = draft.ongoing || isBlankDraft(draft.end) ? {} : readFuzzyDraft(draft.end);
  if (end.problem) problems.end = end.problem;
  if (!start.date) return {};
  const period: Period = { start: start.date };
  if (draft.ongoing) period.ongoing = true;
  else if (end.date) period.end = end.date;
  if (endsBeforeStart(period, ctx.birth)) problems.end = 'endBeforeStart';
  return { period };
}

function readPeople(draft: EntryDraft, ctx: ReadContext, problems: EntryProblems): Person[] {
  const now = nowIso(ctx.now);
  const people: Person[] = [];
  for (const p of draft.newPeople) {
    const name = cleanName(p.name);
    const relation = cleanName(p.relation);
    if (!hasText(name)) problems.people = 'personNameMissing';
    else if (isTooLong(name, NAME_MAX)) problems.people = 'personNameTooLong';
    else if (isTooLong(relation, RELATION_MAX)) problems.people = 'relationTooLong';
    people.push({
      id: newId(),
      bookId: ctx.bookId,
      name,
      relation,
      sector: p.sector,
      closeness: 2,
      links: [],
      createdAt: now,
      updatedAt: now,
    });
  }
  return people;
}

/**
 * Turns the editor into an entry (and the people added on the spot), or says what is wrong.
 * Starts from the stored entry, so a field this form does not know survives an edit.
 */
export function readEntryDraft(draft: EntryDraft, ctx: ReadContext): ReadResult {
  const problems: EntryProblems = {};
  const kind = draft.kind;
  if (!kind) problems.kind = 'kindMissing';
  const title = cleanName(draft.title);
  if (!hasText(title)) problems.title = 'titleMissing';
  else if (isTooLong(title, TITLE_MAX)) problems.title = 'titleTooLong';
  // The story keeps the child's own line breaks; only the ends are trimmed.
  const text = draft.text.trim();
  if (isTooLong(text, TEXT_MAX)) problems.text = 'textTooLong';
  const place = cleanName(draft.place);
  if (isTooLong(place, PLACE_MAX)) problems.place = 'placeTooLong';
  const author = readAuthor(draft, problems);
  if (draft.sealed && kind === 'letter' && !parseIsoDay(draft.sealedUntil)) {
    problems.seal = 'sealDateInvalid';
  }
  const when = kind ? readWhen(draft, kind, ctx, problems) : {};
  const newPeople = readPeople(draft, ctx, problems);
  if (!kind || Object.keys(problems).length > 0) return { newPeople: [], problems };

  const now = nowIso(ctx.now);
  // Fields the form owns are rebuilt; everything else of the stored entry is carried over.
  const kept = omit(ctx.original ?? {}, OWNED_OPTIONAL);
  const entry: Entry = {
    ...kept,
    id: ctx.original?.id ?? newId(),
    bookId: ctx.bookId,
    kind,
    title,
    text,
    ...when,
    personIds: [...new Set([...draft.personIds, ...newPeople.map((p) => p.id)])],
    photoIds: [...new Set(draft.photoIds)],
    author,
    visibility: draft.visibility,
    createdAt: ctx.original?.createdAt ?? now,
    updatedAt: now,
    ...(draft.feeling ? { feeling: draft.feeling } : {}),
    ...(draft.subKind ? { subKind: draft.subKind } : {}),
    ...(place ? { place } : {}),
    // A secret place stays secret even if the kind changes: the export leaves it out.
    ...(draft.protected && place ? { protected: true } : {}),
    ...(kind === 'letter' && draft.sealed ? { sealedUntil: draft.sealedUntil } : {}),
  };
  return { entry, newPeople, problems };
}

/** Optional fields the form decides on: absent from the result unless the form sets them. */
const OWNED_OPTIONAL = [
  'date',
  'period',
  'feeling',
  'subKind',
  'place',
  'protected',
  'sealedUntil',
] as const;

function omit<T extends object, K extends string>(value: T, keys: readonly K[]): Omit<T, K> {
  return Object.fromEntries(
    Object.entries(value).filter(([k]) => !(keys as readonly string[]).includes(k)),
  ) as Omit<T, K>;
}
