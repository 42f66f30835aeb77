import { Suspense, useCallback, useEffect, useState, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { Link, Navigate, Route, Routes, useMatch } from 'react-router';
import type { i18n as I18n } from 'i18next';

import type { Locale } from '@/domain';
import { ShelfPage } from '@/features/books/components/shelf-page';
import { InterruptedPackImport } from '@/features/moving-pack/components/interrupted-pack-import';
import {
  applyDocumentLocale,
  hasLocale,
  loadLocale,
  rememberShelfLocale,
  shelfLocale,
} from '@/i18n';

import {
  AboutLockPage,
  BookRoute,
  CreateBookPage,
  MovingPackPage,
  ImportPage,
  LicencesPage,
  MeNowPage,
  MorePage,
  PeopleArea,
  PhotosArea,
  SettingsPage,
  TimelineArea,
} from './lazy-routes';
import { DbStateBanner } from './db-state-banner';
import { DocumentTitle } from './document-title';
import { LanguageSwitch } from './language-switch';
import { useLockOnShelf } from './use-lock-on-shelf';
import { endVisitLocale, visitLocale } from './visit-locale';

export interface AppProps {
  i18n: I18n;
  /** The service-worker prompt; left out in unit tests, where there is no service worker. */
  updatePrompt?: ReactNode;
}

function Loading() {
  const { t } = useTranslation();
  return <p role="status">{t('app.loading')}</p>;
}

function NotFound() {
  const { t } = useTranslation();
  return (
    <div>
      <h1>{t('errors.not-found')}</h1>
      <Link to="/">{t('nav.allBooks')}</Link>
    </div>
  );
}

function Shell({
  locale,
  onLocale,
  onBookLocale,
  updatePrompt,
}: {
  locale: Locale;
  onLocale: (l: Locale) => void;
  onBookLocale: (l: Locale | undefined) => void;
  updatePrompt?: ReactNode;
}) {
  const { t } = useTranslation();
  const inBook = useMatch('/book/:bookId/*') !== null;
  useLockOnShelf();
  return (
    <>
      <DocumentTitle />
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className={inBook ? 'app-header in-book' : 'app-header'}>
        <Link to="/" className="brand">
          <img src="/favicon.svg" alt="" width={32} height={32} />
          <span>{t('app.name')}</span>
        </Link>
        {inBook ? null : <LanguageSwitch value={locale} onChange={onLocale} />}
      </header>
      <div className="app-banners">
        {updatePrompt}
        <DbStateBanner />
        <InterruptedPackImport />
      </div>
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<Loading />}>
          <Routes>
            <Route path="/" element={<ShelfPage locale={locale} />} />
            <Route path="/new" element={<CreateBookPage locale={locale} onLocale={onLocale} />} />
            <Route path="/about-lock" element={<AboutLockPage />} />
            <Route path="/import" element={<ImportPage />} />
            <Route path="/licences" element={<LicencesPage />} />
            <Route path="/book/:bookId" element={<BookRoute onBookLocale={onBookLocale} />}>
              <Route index element={<MeNowPage />} />
              <Route path="timeline/*" element={<TimelineArea />} />
              <Route path="people/*" element={<PeopleArea />} />
              <Route path="photos/*" element={<PhotosArea />} />
              <Route path="moving-pack" element={<MovingPackPage />} />
              {/* The page's old address: a saved link or bookmark still opens it. */}
              <Route path="handover" element={<Navigate to="../moving-pack" replace />} />
              <Route path="settings" element={<SettingsPage />} />
              <Route path="about-lock" element={<AboutLockPage />} />
              <Route path="more" element={<MorePage />} />
            </Route>
            <Route path="*" element={<NotFound />} />
          </Routes>
        </Suspense>
      </main>
    </>
  );
}

/**
 * The language: `?lang=` wins for the visit, then the open book's own language, then the shelf's
 * language. The shelf's switch (and the wizard's choice) set the shelf's language and end a
 * `?lang=` override, but never override a book's own language.
 */
export function App({ i18n, updatePrompt }: AppProps) {
  const [override, setOverride] = useState<Locale | undefined>(visitLocale);
  const [bookLocale, setBookLocale] = useState<Locale | undefined>();
  const [shelf, setShelf] = useState<Locale>(shelfLocale);
  const locale = override ?? bookLocale ?? shelf;

  useEffect(() => {
    let current = true;
    const apply = () => {
      if (!current) return;
      void i18n.changeLanguage(locale);
      applyDocumentLocale(locale);
    };
    // A language not loaded yet comes as a chunk of its own; until it is there the page stays in
    // the language it shows, and a later choice wins over a load still under way.
    if (hasLocale(i18n, locale)) apply();
    else void loadLocale(i18n, locale).then(apply, () => undefined);
    return () => {
      current = false;
    };
  }, [i18n, locale]);

  const chooseLocale = useCallback((l: Locale) => {
    setOverride(undefined);
    endVisitLocale();
    setShelf(l);
    rememberShelfLocale(l);
  }, []);

  return (
    <I18nextProvider i18n={i18n}>
      <Shell
        locale={locale}
        onLocale={chooseLocale}
        onBookLocale={setBookLocale}
        updatePrompt={updatePrompt}
      />
    </I18nextProvider>
  );
}
