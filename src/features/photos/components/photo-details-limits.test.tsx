import { fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';

import { maxUnits, TEXT_LIMITS } from '@/domain';
import { createI18n } from '@/i18n';
import { makePhotoRecord } from '../lib/test-photos';

import { PhotoDetailsForm } from './photo-details-form';

describe('a caption over the limit', () => {
  it('is refused with a message that names the limit, before anything is stored', () => {
    render(
      <I18nextProvider i18n={createI18n('en')}>
        <PhotoDetailsForm photo={makePhotoRecord({ caption: '' })} people={[]} locale="en" />
      </I18nextProvider>,
    );
    const caption = screen.getByLabelText<HTMLTextAreaElement>(
      'In your own words: what is happening in the photo?',
    );
    expect(caption.maxLength).toBe(maxUnits(TEXT_LIMITS.caption));
    fireEvent.change(caption, { target: { value: 'x'.repeat(TEXT_LIMITS.caption + 1) } });
    expect(screen.getByText('2,001 of 2,000 characters')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const message = 'The caption can be at most 2,000 characters. Make it shorter and save again.';
    // Under the field and in the form's notice; the refusal comes before any write.
    expect(screen.getAllByText(message)).toHaveLength(2);
    expect(caption).toHaveAttribute('aria-invalid', 'true');
  });
});
