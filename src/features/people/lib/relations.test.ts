import { isRelationKey, RELATION_PRESETS, relationPreset, relationText } from '@/domain';

import { RELATION_LABELS } from './relation-labels';

describe('relations', () => {
  it('has a Danish and an English label for every preset', () => {
    for (const key of Object.values(RELATION_PRESETS).flat()) {
      for (const labels of RELATION_LABELS) expect(labels[key].trim()).not.toBe('');
    }
  });

  it('recognises a preset by its key or its label in either language', () => {
    expect(relationPreset('foster-mother', RELATION_LABELS)).toBe('foster-mother');
    expect(relationPreset(' plejemor ', RELATION_LABELS)).toBe('foster-mother');
    expect(relationPreset('Foster mother', RELATION_LABELS)).toBe('foster-mother');
    expect(relationPreset('Min yndlingsnabo', RELATION_LABELS)).toBeUndefined();
    expect(relationPreset('', RELATION_LABELS)).toBeUndefined();
  });

  it("shows a preset in the book's language and the child's own words as written", () => {
    const [da, en] = RELATION_LABELS;
    expect(relationText('half-brother', da!)).toBe('Halvbror');
    expect(relationText('half-brother', en!)).toBe('Half-brother');
    expect(relationText(' Lillebror (halvbror) ', en!)).toBe('Lillebror (halvbror)');
    expect(isRelationKey('mother')).toBe(true);
    expect(isRelationKey('Mor')).toBe(false);
  });
});
