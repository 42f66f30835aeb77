import { cleanup, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';

import type { Locale } from '@/domain';
import { createI18n } from '@/i18n';
import { PackFailure } from '../lib/worker-channel';

import { ImportFailed } from './import-failed';
import { RefusedPhotos } from './refused-photos';

afterEach(cleanup);

const noop = () => undefined;

function inLocale(locale: Locale, ui: React.ReactNode) {
  return render(<I18nextProvider i18n={createI18n(locale)}>{ui}</I18nextProvider>);
}

const space = new PackFailure('not-enough-space', { needed: 2_400_000, free: 100_000 });

describe('a pack too big for the free storage', () => {
  it('says how much it needs and how much is free (English)', () => {
    inLocale(
      'en',
      <ImportFailed error={space} canRetry={false} onRetry={noop} onOtherFile={noop} />,
    );
    expect(
      screen.getByText(
        'There is not enough space on this device for the moving pack. It needs about 2.4 MB of free space while it is brought in, and 100 kB is free. Make some room and try again.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('Nothing on this device was changed.')).toBeInTheDocument();
  });

  it('in Danish first', () => {
    inLocale(
      'da',
      <ImportFailed error={space} canRetry={false} onRetry={noop} onOtherFile={noop} />,
    );
    expect(screen.getByText(/skal bruge omkring 2,4 MB ledig plads/)).toBeInTheDocument();
    expect(screen.getByText(/og der er 100 kB ledig/)).toBeInTheDocument();
  });
});

describe('the photos that stay out', () => {
  const refused = [
    { id: 'a', file: 'media/0002-huge.jpg', reason: 'too-large' as const },
    { id: 'b', file: 'media/0003-web-page.jpg', reason: 'corrupt' as const },
  ];

  it('are named by file, each with the photo importer’s reason', () => {
    inLocale('en', <RefusedPhotos photos={refused} />);
    expect(
      screen.getByRole('heading', { name: '2 files will not come along' }),
    ).toBeInTheDocument();
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([
      'media/0002-huge.jpg: The photo is too big (over 60 megapixels or 200 MB). Save a smaller copy.',
      'media/0003-web-page.jpg: The photo is damaged and cannot be shown.',
    ]);
  });

  it('say nothing when every photo came through', () => {
    const { container } = inLocale('da', <RefusedPhotos photos={[]} />);
    expect(container).toBeEmptyDOMElement();
  });
});
