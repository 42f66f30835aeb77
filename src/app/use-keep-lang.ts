import { useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';

import type { Locale } from '@/domain';

/**
 * `?lang=` chosen for a visit stays in the address on every page, so a reload, a link copied or
 * the way back to the shelf keeps the language; once the shelf's own switch is used, it goes.
 */
export function useKeepLangInAddress(override: Locale | undefined): void {
  const location = useLocation();
  const navigate = useNavigate();
  useEffect(() => {
    const params = new URLSearchParams(location.search);
    const lang = params.get('lang');
    if (override === undefined ? lang === null : lang === override) return;
    if (override === undefined) params.delete('lang');
    else params.set('lang', override);
    const search = params.toString();
    void navigate(
      { pathname: location.pathname, search: search ? `?${search}` : '', hash: location.hash },
      { replace: true, state: location.state as unknown },
    );
  }, [override, location, navigate]);
}
