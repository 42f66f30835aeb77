import './phone-fold.css';

import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface PhoneFoldProps {
  /** The button's words, e.g. "Søg og filtrer". */
  label: string;
  /** A picture before the words (decorative). */
  icon?: ReactNode;
  /** How many choices inside are in use: shown on the button so a folded filter is not forgotten. */
  active?: number;
  /** Only the picture shows on the button (the words stay its name), where a row is full. */
  compact?: boolean;
  /** Shown open with no button: the panel holds what an empty page's one action needs. */
  unfolded?: boolean;
  className?: string;
  children: ReactNode;
}

/**
 * Extras (search, filters, "add photos") folded behind one button on a phone, so the child's own
 * content comes first on a small screen. From 600 px up the button is not shown and the panel
 * always is (phone-fold.css).
 */
export function PhoneFold({
  label,
  icon,
  active = 0,
  compact = false,
  unfolded = false,
  className,
  children,
}: PhoneFoldProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <div className={['phone-fold', className].filter(Boolean).join(' ')}>
      <button
        type="button"
        hidden={unfolded}
        className="btn btn-secondary phone-fold-toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => {
          setOpen((o) => !o);
        }}
      >
        {icon ? <span aria-hidden="true">{icon}</span> : null}
        <span className={compact ? 'visually-hidden' : undefined}>{label}</span>
        {active > 0 ? (
          <span className="phone-fold-count">{t('layout.foldActive', { count: active })}</span>
        ) : null}
        <span aria-hidden="true" className="phone-fold-chevron" />
      </button>
      <div id={panelId} className="phone-fold-panel" data-open={open || unfolded}>
        {children}
      </div>
    </div>
  );
}
