/**
 * The domain model: a book and the records that belong to it. Pure types: no Dexie, no React.
 * Every record belongs to one book; ids are opaque random strings (see ids.ts).
 */
import type {
  AgeMode,
  Closeness,
  ContactFrequency,
  EntryKind,
  FamilyLinkType,
  Locale,
  NetworkLine,
  Sector,
  Visibility,
} from './lists';
import type { MediaKind } from './media-kinds';

/**
 * How the lock screen asks for a book's sentence: by tapping pictures or by typing. A mode flag
 * only, never which pictures: the strength floor already assumes an attacker knows the word list.
 */
export type SecretInput = 'pictures' | 'typing';

/** Children rarely know exact dates: every part but the year (or an age) may be missing. */
export interface FuzzyDate {
  year?: number;
  month?: number; // 1–12
  day?: number; // 1–31
  /** Season when the month is unknown ("sommeren 2015"). */
  season?: 'winter' | 'spring' | 'summer' | 'autumn';
  /** "ca. 2015": the child is not sure. */
  approx?: boolean;
  /** "da jeg var 5": stored as an age; converted to a year when the birth date is known. */
  age?: number;
}

export interface Period {
  start: FuzzyDate;
  /** Missing end with `ongoing` means "until now". */
  end?: FuzzyDate;
  ongoing?: boolean;
}

export type Author =
  { kind: 'child' } | { kind: 'adult'; name: string } | { kind: 'together'; name?: string };

export interface Entry {
  id: string;
  bookId: string;
  kind: EntryKind;
  title: string;
  text: string;
  /** A moment (event, memory, letter, dream) has `date`; a home, school or club has `period`. */
  date?: FuzzyDate;
  period?: Period;
  feeling?: string;
  personIds: string[];
  photoIds: string[];
  author: Author;
  visibility: Visibility;
  /** Homes only: a secret address is never exported unless chosen. */
  protected?: boolean;
  place?: string;
  /** Letters only: closed envelope until this ISO date (a ritual, not security). */
  sealedUntil?: string;
  /** Homes: the kind of home; schools: daycare, school, education, job. */
  subKind?: string;
  createdAt: string;
  updatedAt: string;
  deletedAt?: string;
}

export interface FamilyLink {
  type: FamilyLinkType;
  /** Another person's id, or `'me'` for the child whose book it is (the child is no Person). */
  personId: string;
  half?: boolean;
  step?: boolean;
}

export interface Person {
  id: string;
  bookId: string;
  name: string;
  relation: string;
  sector: Sector;
  closeness: Closeness;
  portraitPhotoId?: string;
  note?: string;
  hideInSlideshows?: boolean;
  contact?: ContactFrequency;
  /** The line on today's network map; a snapshot keeps its own copy. */
  line?: NetworkLine;
  links: FamilyLink[];
  createdAt: string;
  updatedAt: string;
  deletedAt?: string;
}

export interface Photo {
  id: string;
  bookId: string;
  mime: string;
  width: number;
  height: number;
  byteLength: number;
  /** SHA-256 (hex) of the stored, metadata-free bytes: deduplication and checksums. */
  sha256: string;
  takenAt?: FuzzyDate;
  caption?: string;
  personIds: string[];
  entryIds: string[];
  hidden?: boolean;
  /** What this item is (media-kinds.ts); missing on items stored before kinds: a photo. */
  kind?: MediaKind;
  /** Voice notes and videos: length in milliseconds. */
  durationMs?: number;
  /** Papers: a title, and who gave it (mum, the school). Voice notes and videos may have a title. */
  title?: string;
  givenBy?: string;
  /** PDF papers: how many pages. */
  pageCount?: number;
  /** A voice note that belongs to photos (or drawings): plays with them. */
  photoIds?: string[];
  /**
   * The bytes are stored in this many sealed pieces of MEDIA_CHUNK_BYTES (`chunk` blob rows)
   * instead of one `original` blob: voice notes, videos and papers.
   */
  chunks?: number;
  /** No `thumb` blob (a paper whose first page could not be drawn): the app shows an icon. */
  thumbless?: boolean;
  createdAt: string;
  updatedAt: string;
  deletedAt?: string;
}

/** The "Mig nu" questions a voice note can answer. */
export type MeNowQuestion = 'likes' | 'goodAt' | 'proudOf' | 'dreams';

export interface MeNow {
  likes: string;
  goodAt: string;
  proudOf: string;
  dreams: string;
  /** How I feel now, chosen by picture: a feeling's emoji, as on an entry (feelings.ts). */
  feeling?: string;
  /**
   * What I like, chosen by picture: words of the picture keyboard's list (their Danish spelling,
   * the list's id), in the order tapped, at most LIKE_PICTURES_MAX (me-now.ts).
   */
  likePictures?: string[];
  photoId?: string;
  /** Voice notes (media ids) answering a question, in the child's own voice. */
  voiceIds?: Partial<Record<MeNowQuestion, string>>;
  updatedAt?: string;
}

/** The part of a book that is readable while locked: what a child needs to find their own book. */
export interface BookCover {
  nickname: string;
  emoji: string;
  colour: string;
  locale: Locale;
  ageMode: AgeMode;
  /** How the sentence last opened the book, kept when it differs from the age mode's default. */
  secretInput?: SecretInput;
  sample?: boolean;
}

/** The sealed part of a book. */
export interface BookDetails {
  birthDate?: FuzzyDate;
  meNow: MeNow;
  autoLockMinutes: number;
  lastExportAt?: string;
  lastChangeAt?: string;
}

export interface NetworkSnapshot {
  id: string;
  bookId: string;
  takenAt: string;
  people: {
    personId: string;
    sector: Sector;
    closeness: Closeness;
    line?: NetworkLine;
  }[];
}
