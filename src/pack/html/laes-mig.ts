/**
 * LAES-MIG.txt ("read me"): Danish first, then English, in one file. CRLF line ends and a
 * byte-order mark so that old Windows Notepad and TextEdit show æ, ø and å correctly. The words
 * are the app's own i18next resources (`readMe.*`, one string per line of the file).
 */
import { formatFuzzy } from '@/domain';
import type { Locale } from '@/domain';
import { translator } from '@/i18n';
import { documentI18n } from '../strings/strings';
import type { LeftOut } from '../types';

export interface LaesMigInput {
  nickname: string;
  exportedAt: Date;
  hasPdf: boolean;
  photoCount: number;
  leftOut: LeftOut;
  appVersion: string;
}

// Controls in a nickname would garble a plain-text file; everything else is kept as written.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001F\u007F]/g;

/** What was left out, in the order the file lists it. */
const LEFT_OUT = ['onlyMe', 'protectedPlaces', 'hiddenPhotos', 'onlyMePhotos'] as const;

type Lines = (key: string, values?: Record<string, string | number>) => string[];

/** The lines of one resource: a list of lines, or one line. */
function linesOf(locale: Locale): Lines {
  // Keys built at run time (`readMe.leftOut.onlyMe`): i18next's typed keys cannot follow them.
  const t = documentI18n().getFixedT(locale) as unknown as (
    key: string,
    options: object,
  ) => unknown;
  return (key, values = {}) => {
    const value = t(`readMe.${key}`, { ...values, returnObjects: true });
    return Array.isArray(value) ? value.map(String) : [String(value)];
  };
}

function readMe(input: LaesMigInput, locale: Locale): string[] {
  const lines = linesOf(locale);
  const at = input.exportedAt;
  const day = formatFuzzy(
    { year: at.getFullYear(), month: at.getMonth() + 1, day: at.getDate() },
    translator(documentI18n(), locale),
  );
  const left = LEFT_OUT.flatMap((k) => {
    const count = input.leftOut[k];
    return count > 0 ? lines(`leftOut.${k}`, { count }) : [];
  });
  return [
    ...lines('title'),
    ...lines('intro', {
      // First-strong isolates keep a right-to-left name from reordering the sentence around it.
      nickname: `\u2068${input.nickname.replace(CONTROL, ' ')}\u2069`,
      day,
      version: input.appVersion,
    }),
    ...lines('filesHeading'),
    ...lines('fileIndex'),
    ...(input.hasPdf ? lines('filePdf') : []),
    ...lines('fileMedia', { photos: input.photoCount }),
    ...lines('fileRest'),
    ...lines('open'),
    ...(input.hasPdf ? lines('openPdf') : []),
    ...lines('importAgain'),
    ...lines('check'),
    ...(left.length ? [...lines('leftOutHeading'), ...left] : []),
  ];
}

export function renderLaesMig(input: LaesMigInput): string {
  const text = [...readMe(input, 'da'), '', '', ...readMe(input, 'en')];
  return `\uFEFF${text.join('\r\n')}\r\n`;
}
