import { useCallback, useId, useRef, useState, type RefObject } from 'react';

/** The gallery's search: a toggle in the action row opens the field above the gallery. */
export interface GallerySearch {
  open: boolean;
  query: string;
  /** The field's id, for the toggle's aria-controls. */
  fieldId: string;
  toggleRef: RefObject<HTMLButtonElement | null>;
  setQuery: (query: string) => void;
  show: () => void;
  /** Closes the field, forgets the words (a hidden filter would only confuse) and returns focus. */
  close: () => void;
}

export function useGallerySearch(): GallerySearch {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const fieldId = useId();
  const toggleRef = useRef<HTMLButtonElement>(null);
  const show = useCallback(() => {
    setOpen(true);
  }, []);
  const close = useCallback(() => {
    setOpen(false);
    setQuery('');
    toggleRef.current?.focus();
  }, []);
  return { open, query, fieldId, toggleRef, setQuery, show, close };
}
