import { isValidFuzzyDate } from '@/domain';
import { hasText, isTooLong } from '@/domain';
import { cleanName } from '@/domain';
import type { AgeMode, BookCover, FuzzyDate, Locale } from '@/domain';

import { NICKNAME_MAX } from './cover-choices';

export interface CoverForm {
  nickname: string;
  emoji: string;
  colour: string;
  birthYear: string;
  birthMonth: string;
  birthDay: string;
  ageMode: AgeMode;
  locale: Locale;
}

export type CoverProblem = 'nicknameRequired' | 'nicknameTooLong' | 'birthDateInvalid';

export interface CoverResult {
  cover?: BookCover;
  birthDate?: FuzzyDate;
  problems: Partial<Record<'nickname' | 'birthDate', CoverProblem>>;
}

function num(s: string): number | undefined {
  return s === '' ? undefined : Number(s);
}

/** Turns the form into a cover and an optional fuzzy birth date, or says what is wrong. */
export function readCoverForm(form: CoverForm): CoverResult {
  const problems: CoverResult['problems'] = {};
  const nickname = cleanName(form.nickname);
  if (!hasText(nickname)) problems.nickname = 'nicknameRequired';
  else if (isTooLong(nickname, NICKNAME_MAX)) problems.nickname = 'nicknameTooLong';

  let birthDate: FuzzyDate | undefined;
  const year = num(form.birthYear);
  const month = num(form.birthMonth);
  const day = num(form.birthDay);
  if (year !== undefined || month !== undefined || day !== undefined) {
    const candidate: FuzzyDate = { year, month, day };
    if (
      year === undefined ||
      (day !== undefined && month === undefined) ||
      !isValidFuzzyDate(candidate)
    ) {
      problems.birthDate = 'birthDateInvalid';
    } else {
      birthDate = { year };
      if (month !== undefined) birthDate.month = month;
      if (day !== undefined) birthDate.day = day;
    }
  }
  if (problems.nickname || problems.birthDate) return { problems };
  return {
    cover: {
      nickname,
      emoji: form.emoji,
      colour: form.colour,
      locale: form.locale,
      ageMode: form.ageMode,
    },
    birthDate,
    problems,
  };
}
