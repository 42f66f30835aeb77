import { readCoverForm, type CoverForm } from './cover-form';

const base: CoverForm = {
  nickname: 'Maja',
  emoji: '🦊',
  colour: 'coral',
  birthYear: '',
  birthMonth: '',
  birthDay: '',
  ageMode: 'young',
  locale: 'da',
};

describe('readCoverForm', () => {
  it('trims and collapses the nickname', () => {
    expect(readCoverForm({ ...base, nickname: '  Maja   Sofie ' }).cover?.nickname).toBe(
      'Maja Sofie',
    );
  });

  it('asks for a nickname when it is empty or only spaces', () => {
    expect(readCoverForm({ ...base, nickname: '   ' }).problems.nickname).toBe('nicknameRequired');
  });

  it('refuses a nickname over 40 characters (counting emoji as one)', () => {
    expect(readCoverForm({ ...base, nickname: 'x'.repeat(41) }).problems.nickname).toBe(
      'nicknameTooLong',
    );
    expect(readCoverForm({ ...base, nickname: '🦊'.repeat(40) }).problems.nickname).toBeUndefined();
  });

  it('keeps a year-only or year-and-month birth date', () => {
    expect(readCoverForm({ ...base, birthYear: '2015' }).birthDate).toEqual({ year: 2015 });
    expect(readCoverForm({ ...base, birthYear: '2015', birthMonth: '6' }).birthDate).toEqual({
      year: 2015,
      month: 6,
    });
  });

  it('refuses dates that do not exist, and a day without a month or year', () => {
    expect(
      readCoverForm({ ...base, birthYear: '2015', birthMonth: '2', birthDay: '30' }).problems
        .birthDate,
    ).toBe('birthDateInvalid');
    expect(readCoverForm({ ...base, birthYear: '2015', birthDay: '3' }).problems.birthDate).toBe(
      'birthDateInvalid',
    );
    expect(readCoverForm({ ...base, birthMonth: '3' }).problems.birthDate).toBe('birthDateInvalid');
    expect(
      readCoverForm({ ...base, birthYear: '2016', birthMonth: '2', birthDay: '29' }).problems
        .birthDate,
    ).toBeUndefined();
  });
});
