import type { InputHTMLAttributes, ReactNode } from 'react';
import { useDropzone } from 'react-dropzone';

import { Button } from './button';
import { EmptyState } from './empty-state';

export interface DropZoneProps {
  /**
   * What the file picker offers. A dropped file of any type still arrives, so the one who checks
   * it can say why it is refused: a named reason helps more than a drop that silently does nothing.
   */
  accept: string;
  multiple: boolean;
  disabled?: boolean;
  onDrop: (files: File[]) => void;
  /** The hidden input's own attributes (its name for a screen reader, a test id). */
  inputProps?: InputHTMLAttributes<HTMLInputElement> & { 'data-testid'?: string };
  /** While nothing is there yet: a picture, what comes here, and the big button to choose. */
  invite?: { picture: string; title: string; text: string; choose: string };
  /** "Drop it here", and what it says while a file is over the area. */
  dropText?: { idle: string; active: string };
  /** More ways to choose, after the text; `open` opens the file picker. */
  children?: (open: () => void) => ReactNode;
  /** Last: what becomes of the files. */
  hint: string;
}

/**
 * A place to drop files on (photos, a moving pack), which also opens the file picker from its
 * buttons. A tap on the area itself opens nothing (`noClick`): it holds other buttons and text.
 */
export function DropZone(props: DropZoneProps) {
  const { accept, multiple, disabled, onDrop, inputProps, invite, dropText, children, hint } =
    props;
  const { getRootProps, getInputProps, isDragActive, open } = useDropzone({
    onDrop,
    noClick: true,
    noKeyboard: true,
    multiple,
    disabled,
  });
  const dropClass = isDragActive ? 'drop-zone is-active' : 'drop-zone';
  return (
    <div {...getRootProps({ className: dropClass })}>
      <input {...getInputProps({ accept })} {...inputProps} />
      {invite ? (
        <EmptyState
          picture={invite.picture}
          title={invite.title}
          text={invite.text}
          action={<Button onClick={open}>{invite.choose}</Button>}
          level={3}
          plain
        />
      ) : null}
      {dropText ? (
        <p className="drop-zone-text">{isDragActive ? dropText.active : dropText.idle}</p>
      ) : null}
      {children?.(open)}
      <p className="field-hint">{hint}</p>
    </div>
  );
}
