import type { ReactNode } from 'react';

export interface NoticeProps {
  tone?: 'info' | 'success' | 'warning' | 'error';
  children: ReactNode;
  actions?: ReactNode;
}

/** Errors interrupt (role=alert); everything else is announced politely (role=status). */
export function Notice({ tone = 'info', children, actions }: NoticeProps) {
  return (
    <div className={`notice notice-${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <div className="notice-text">{children}</div>
      {actions ? <div className="notice-actions">{actions}</div> : null}
    </div>
  );
}
