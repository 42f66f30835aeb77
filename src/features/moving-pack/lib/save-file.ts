/**
 * Saving a file the user keeps: the File System Access API where the browser has it (the user
 * picks the place, and the export streams straight into the file), otherwise a download.
 */
interface SavePickerOptions {
  suggestedName: string;
  types: { description: string; accept: Record<string, string[]> }[];
}

type SavePicker = (options: SavePickerOptions) => Promise<FileSystemFileHandle>;

function savePicker(): SavePicker | undefined {
  const w = window as unknown as { showSaveFilePicker?: SavePicker };
  return typeof w.showSaveFilePicker === 'function' ? w.showSaveFilePicker.bind(window) : undefined;
}

export type SaveTarget = { kind: 'handle'; handle: FileSystemFileHandle } | { kind: 'download' };

/**
 * Asks where to save, if the browser can; `undefined` when the user closed the picker. Must be
 * called straight from the click, before any other await (the picker needs the user's gesture).
 */
export async function chooseSaveTarget(
  suggestedName: string,
  description: string,
): Promise<SaveTarget | undefined> {
  const pick = savePicker();
  if (!pick) return { kind: 'download' };
  try {
    const handle = await pick({
      suggestedName,
      types: [{ description, accept: { 'application/zip': ['.zip'] } }],
    });
    return { kind: 'handle', handle };
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') return undefined;
    // A picker that fails for another reason (a policy, an old browser): download instead.
    return { kind: 'download' };
  }
}

export function canPickSaveLocation(): boolean {
  return savePicker() !== undefined;
}

/** Starts a download of a Blob's object URL under a file name. */
export function downloadUrl(url: string, name: string): void {
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
}
