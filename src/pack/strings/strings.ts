/** The document texts and date strings for a locale, and the small helpers every renderer uses. */
import { formatEntryWhen, formatFuzzy, type Translate } from '@/domain';
import { feelingId, isRelationKey } from '@/domain';
import { findWord } from '@/crypto';
import type { Entry, FamilyLink, FuzzyDate, Locale, Person, Photo } from '@/domain';
import { mediaKindOf } from '@/domain';
import { CHILD_LINK_ID } from '../select';
import { createDocumentI18n, translator } from '@/i18n';
import type { i18n } from 'i18next';
import { docStrings, type DocStrings } from './doc-strings';
import type { BookData, DocumentLabels } from '../types';

export type { DocStrings } from './doc-strings';

export interface DocText {
  locale: Locale;
  s: DocStrings;
  /** The date and period strings (`date.*`, `period.*`) in the book's language. */
  dates: Translate;
  birth: FuzzyDate | undefined;
  labels: DocumentLabels;
}

let shared: i18n | undefined;

/** The app's resources in an instance of their own, made once, on first use. */
export function documentI18n(): i18n {
  shared ??= createDocumentI18n();
  return shared;
}

/**
 * The words of one language, from i18next: the app's resources unless `i18n` says otherwise
 * (a test changes a string there and sees the documents follow).
 */
export function docText(
  locale: Locale,
  data: BookData,
  labels: DocumentLabels = {},
  i18n: i18n = documentI18n(),
): DocText {
  return {
    locale,
    s: docStrings(i18n.getFixedT(locale)),
    dates: translator(i18n, locale),
    birth: data.book.details.birthDate,
    labels,
  };
}

/** The date or period of an entry in the book's words ("sommeren 2015", "2015–2018"). */
export function entryWhen(t: DocText, e: Entry): string | undefined {
  return formatEntryWhen(e, t.dates, t.birth, new Date());
}

export function dateText(t: DocText, d: FuzzyDate): string {
  return formatFuzzy(d, t.dates, t.birth);
}

/** An ISO timestamp or day as a calendar date in the book's language ("3. maj 2026"). */
export function isoDayText(t: DocText, iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  return formatFuzzy({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }, t.dates);
}

export function entryTitle(t: DocText, e: Entry): string {
  return e.title.trim() === '' ? t.s.kinds[e.kind] : e.title;
}

export function subKindText(t: DocText, key: string): string {
  return t.labels.subKind?.(key, t.locale) ?? t.s.subKinds[key] ?? key;
}

export function relationText(t: DocText, key: string): string {
  const label = isRelationKey(key) ? t.s.relations[key] : undefined;
  return t.labels.relation?.(key, t.locale) ?? label ?? key;
}

/** Marks a user value inside a document sentence; the HTML writer isolates it (escWith). */
export type Slot = (value: string) => string;
const plain: Slot = (value) => value;

export function authorText(t: DocText, e: Entry, slot: Slot = plain): string {
  const a = e.author;
  if (a.kind === 'child') return t.s.author.child;
  if (a.kind === 'adult') return t.s.author.adult(slot(a.name));
  return a.name ? t.s.author.togetherWith(slot(a.name)) : t.s.author.together;
}

export function linkText(
  t: DocText,
  link: FamilyLink,
  people: ReadonlyMap<string, Person>,
  slot: Slot = plain,
): string {
  const name =
    link.personId === CHILD_LINK_ID ? t.s.links.me : slot(people.get(link.personId)?.name ?? '?');
  if (link.type === 'partner-of') return t.s.links['partner-of'](name);
  if (link.type === 'parent-of') {
    return link.step ? t.s.links['step-parent-of'](name) : t.s.links['parent-of'](name);
  }
  if (link.half) return t.s.links['half-sibling-of'](name);
  if (link.step) return t.s.links['step-sibling-of'](name);
  return t.s.links['sibling-of'](name);
}

export function namesOf(ids: readonly string[], people: ReadonlyMap<string, Person>): string[] {
  return ids.flatMap((id) => {
    const p = people.get(id);
    return p ? [p.name] : [];
  });
}

/** A feeling's name in the book's words; undefined for an emoji that is no known feeling. */
export function feelingName(t: DocText, emoji: string): string | undefined {
  const id = feelingId(emoji);
  return id ? t.s.feelings[id] : undefined;
}

/** Likes chosen by picture, each its picture and its word in the book's language, in order. */
export function likePictures(
  t: DocText,
  likes: readonly string[] | undefined,
): { emoji: string; word: string }[] {
  return (likes ?? []).flatMap((da) => {
    const w = findWord(da);
    return w ? [{ emoji: w.emoji, word: t.locale === 'en' ? w.en : w.da }] : [];
  });
}

/** A voice note's or a video's length as a player shows it: `1:05`, `12:40`, `1:02:03`. */
export function durationText(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${String(h)}:${String(m).padStart(2, '0')}:${s}` : `${String(m)}:${s}`;
}

/**
 * What a voice note, video or paper is called in the documents: its title (or caption), else
 * its kind and number ("Video 2").
 */
export function mediaTitle(t: DocText, item: Photo, n: number): string {
  const own = [item.title, item.caption].map((x) => x?.trim() ?? '').find((x) => x !== '');
  if (own !== undefined) return own;
  const kind = mediaKindOf(item);
  return kind === 'photo' ? t.s.photoN(n) : t.s.mediaN(t.s.mediaKinds[kind], n);
}

/** The facts under an item's title: date, length or pages, who gave it. */
export function mediaFacts(t: DocText, item: Photo): string[] {
  const facts: string[] = [];
  if (item.takenAt) facts.push(dateText(t, item.takenAt));
  if (item.durationMs !== undefined) facts.push(t.s.length(durationText(item.durationMs)));
  if (item.pageCount !== undefined) facts.push(t.s.pages(item.pageCount));
  if (item.givenBy?.trim()) facts.push(t.s.givenBy(item.givenBy.trim()));
  return facts;
}
