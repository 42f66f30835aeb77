import { describe, expect, it, vi } from 'vitest';

import { patchSetter } from './patch-setter';

interface Draft {
  place: string;
  protected: boolean;
}

describe('patchSetter', () => {
  it('turns one field’s value into a patch of only that field', () => {
    const onChange = vi.fn<(patch: Partial<Draft>) => void>();
    const set = patchSetter(onChange);
    set('place')('Aarhus');
    expect(onChange).toHaveBeenLastCalledWith({ place: 'Aarhus' });
    set('protected')(true);
    expect(onChange).toHaveBeenLastCalledWith({ protected: true });
    expect(onChange).toHaveBeenCalledTimes(2);
  });
});
