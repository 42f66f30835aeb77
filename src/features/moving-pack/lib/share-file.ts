/**
 * Web Share with files, where the device has it (phones and tablets): the PDF goes to the share
 * sheet, from where the Digital Post or e-Boks app can save it.
 */
export function canShareFiles(files: File[]): boolean {
  return (
    typeof navigator !== 'undefined' &&
    typeof navigator.share === 'function' &&
    typeof navigator.canShare === 'function' &&
    navigator.canShare({ files })
  );
}

/** Shares; resolves false when sharing failed, true when shared or when the user closed it. */
export async function shareFiles(files: File[], title: string): Promise<boolean> {
  try {
    await navigator.share({ files, title });
    return true;
  } catch (e) {
    return e instanceof DOMException && e.name === 'AbortError';
  }
}
