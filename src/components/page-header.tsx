import type { ReactNode } from 'react';
import { Link } from 'react-router';

export interface PageHeaderProps {
  /** The way back to the page this one belongs to, a link above the heading. */
  back?: { to: string; label: string };
  title: ReactNode;
  /** What the page is for, in one or two sentences under the heading. */
  intro?: ReactNode;
}

/**
 * How a page opens, the same on every page: the way back (if any), the page's one heading, and
 * the lead that says what the page is for.
 */
export function PageHeader({ back, title, intro }: PageHeaderProps) {
  return (
    <>
      {back ? (
        <p>
          <Link to={back.to}>{back.label}</Link>
        </p>
      ) : null}
      <h1>{title}</h1>
      {intro ? <p className="lead">{intro}</p> : null}
    </>
  );
}
