import { useEffect, useEffectEvent, useRef, type KeyboardEvent, type ReactNode } from 'react';

export interface ModalDialogProps {
  labelledBy: string;
  onClose: () => void;
  className?: string;
  children: ReactNode;
  onKeyDown?: (e: KeyboardEvent<HTMLDialogElement>) => void;
}

/**
 * A native modal <dialog>: the browser traps focus inside, makes the page behind inert and closes
 * it on Escape. Render it only while open; when it goes, focus returns to whatever opened it.
 */
export function ModalDialog({
  labelledBy,
  onClose,
  className,
  children,
  onKeyDown,
}: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const closed = useEffectEvent(() => {
    onClose();
  });

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', ''); // jsdom has no showModal
    }
    dialog.addEventListener('close', closed);
    return () => {
      dialog.removeEventListener('close', closed);
      if (dialog.open && typeof dialog.close === 'function') dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  return (
    // Keys for the whole dialog (a slideshow's arrows), not for one control.
    <dialog ref={ref} aria-labelledby={labelledBy} className={className} onKeyDown={onKeyDown}>
      {children}
    </dialog>
  );
}
