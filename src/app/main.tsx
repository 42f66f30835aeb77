import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
import './styles/index.css';

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';

import { cleanStagedMedia, lockAll, openDatabase } from '@/db';
import { listenForLocksFromOtherTabs } from '@/features/lock/lib/lock-channel';
import { createAppI18n, shelfLocale } from '@/i18n';

import { App } from './app';
import { installUnloadGuard } from './unload-guard';
import { UpdatePrompt } from './update-prompt';

// Leaving the page locks every book: a page restored from the back/forward cache shows the lock.
window.addEventListener('pagehide', () => {
  lockAll();
});
// The lock button in another tab locks the book here too (features/lock/lib/lock-channel.ts).
listenForLocksFromOtherTabs();
// Leaving or reloading while something is unsaved or running asks first.
installUnloadGuard();

// A big item whose storing died with its tab left pieces behind: they go once the database is open.
void openDatabase()
  .then(() => cleanStagedMedia())
  .catch(() => undefined);

const root = document.getElementById('root');
if (root) {
  // Only the language on screen is loaded before the first render (Danish is in this chunk).
  void createAppI18n(shelfLocale()).then((i18n) => {
    createRoot(root).render(
      <StrictMode>
        <BrowserRouter>
          <App i18n={i18n} updatePrompt={<UpdatePrompt />} />
        </BrowserRouter>
      </StrictMode>,
    );
  });
}
