import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';

import { createI18n } from '@/i18n';
import { draftFromEntry, type EntryDraft, type EntryProblems } from '../lib/entry-form';

import { useEntryFields, type TypedEntryField } from './use-entry-fields';

function renderEntryFields(draft: EntryDraft, problems: EntryProblems) {
  const onChange = vi.fn<(patch: Partial<EntryDraft>) => void>();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <I18nextProvider i18n={createI18n('en')}>{children}</I18nextProvider>
  );
  const { result } = renderHook(() => useEntryFields({ draft, onChange, problems }), { wrapper });
  return { fields: result.current, onChange };
}

describe('useEntryFields', () => {
  it.each<[TypedEntryField, EntryProblems, string]>([
    ['title', { title: 'titleMissing' }, 'Write a title.'],
    ['place', { place: 'placeTooLong' }, 'The place can be at most 200 characters.'],
    ['authorName', { author: 'authorNameMissing' }, 'Write the grown-up’s name.'],
    [
      'sealedUntil',
      { seal: 'sealDateInvalid' },
      'Choose a real date for when the letter can be opened.',
    ],
  ])('gives %s its value, its problem in words and a handler for it', (key, problems, error) => {
    const draft: EntryDraft = { ...draftFromEntry(undefined, 'memory'), [key]: 'typed so far' };
    const { fields, onChange } = renderEntryFields(draft, problems);
    const props = fields.textProps(key);
    expect(props.value).toBe('typed so far');
    expect(props.error).toBe(error);
    props.onValueChange('typed more');
    expect(onChange).toHaveBeenCalledWith({ [key]: 'typed more' });
  });

  it('shows no problem under a field whose problem is another field’s', () => {
    const { fields } = renderEntryFields(draftFromEntry(undefined, 'memory'), {
      title: 'titleMissing',
    });
    expect(fields.textProps('text').error).toBeUndefined();
    expect(fields.textProps('authorName').error).toBeUndefined();
  });

  it('makes a handler for any field of the draft', () => {
    const { fields, onChange } = renderEntryFields(draftFromEntry(undefined, 'memory'), {});
    fields.set('sealed')(true);
    expect(onChange).toHaveBeenCalledWith({ sealed: true });
  });
});
