/**
 * LAES-MIG.txt ("read me"): Danish first, then English, in one file. CRLF line ends and a
 * byte-order mark so that old Windows Notepad and TextEdit show æ, ø and å correctly.
 */
import { formatFuzzy } from '@/domain';
import { dateStringsDa, dateStringsEn, type DateStrings } from '@/domain';
import { readMeDa, readMeEn, type ReadMeInfo } from '../strings/strings-readme';
import type { LeftOut } from '../types';

export interface LaesMigInput {
  nickname: string;
  exportedAt: Date;
  hasPdf: boolean;
  photoCount: number;
  leftOut: LeftOut;
  appVersion: string;
}

function dayIn(date: Date, strings: DateStrings): string {
  const d = { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
  return formatFuzzy(d, strings);
}

// Controls in a nickname would garble a plain-text file; everything else is kept as written.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001F\u007F]/g;

export function renderLaesMig(input: LaesMigInput): string {
  const base: Omit<ReadMeInfo, 'day'> = {
    // First-strong isolates keep a right-to-left name from reordering the sentence around it.
    nickname: `\u2068${input.nickname.replace(CONTROL, ' ')}\u2069`,
    hasPdf: input.hasPdf,
    photoCount: input.photoCount,
    leftOut: input.leftOut,
    appVersion: input.appVersion,
  };
  const da = readMeDa({ ...base, day: dayIn(input.exportedAt, dateStringsDa) });
  const en = readMeEn({ ...base, day: dayIn(input.exportedAt, dateStringsEn) });
  return `\uFEFF${[...da, '', '', ...en].join('\r\n')}\r\n`;
}
