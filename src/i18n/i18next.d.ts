import 'i18next';

import type { Resources } from './locales/da';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Resources };
    returnObjects: true;
  }
}
