import { useId, type ComponentPropsWithoutRef, type ReactNode } from 'react';

export interface LabelledSectionProps extends Omit<
  ComponentPropsWithoutRef<'section'>,
  'title' | 'aria-labelledby'
> {
  /** The section's heading, which is also its name for screen readers. */
  title: ReactNode;
  /** The heading's level under the page's own heading. */
  level?: 2 | 3;
  headingClassName?: string;
  /** A fixed id for the heading, where a test or a link points at it; otherwise one of its own. */
  headingId?: string;
  /**
   * Said in place of the children when there is nothing to show (`list.length === 0 && t(...)`),
   * so a section never stands empty under its heading.
   */
  empty?: string | false | null;
  emptyClassName?: string;
}

/**
 * A part of a page with its own heading: a `<section>` named by its `<h2>` (or `<h3>`), so a
 * screen reader lists it among the page's landmarks by that name, and, where it holds a list, the
 * one sentence it says while the list is empty.
 */
export function LabelledSection({
  title,
  level = 2,
  headingClassName,
  headingId: fixedId,
  empty,
  emptyClassName,
  children,
  ...section
}: LabelledSectionProps) {
  const ownId = useId();
  const headingId = fixedId ?? ownId;
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section {...section} aria-labelledby={headingId}>
      <Heading id={headingId} className={headingClassName}>
        {title}
      </Heading>
      {empty ? <p className={emptyClassName}>{empty}</p> : children}
    </section>
  );
}
