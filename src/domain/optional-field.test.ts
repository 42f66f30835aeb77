import { describe, expect, it } from 'vitest';

import { withOptional } from './optional-field';

interface Row {
  name: string;
  line?: 'dashed' | 'dotted';
  note?: string;
}

describe('withOptional', () => {
  const row: Row = { name: 'Ida', line: 'dashed', note: 'x' };

  it('sets a given value on a copy', () => {
    const next = withOptional(row, 'line', 'dotted');
    expect(next).toEqual({ name: 'Ida', line: 'dotted', note: 'x' });
    expect(row.line).toBe('dashed');
  });

  it.each([undefined, ''])('leaves the key out, not undefined, for %j', (value) => {
    const next = withOptional(row, 'note', value);
    expect(next).toEqual({ name: 'Ida', line: 'dashed' });
    expect('note' in next).toBe(false);
    expect(row.note).toBe('x');
  });
});
