/**
 * Files an operating system leaves in photo folders: never a photo, and a summary listing
 * "Thumbs.db: not a picture" for every folder would only hide the lines that matter.
 */
const SYSTEM_NAMES = new Set(['thumbs.db', 'desktop.ini', '.ds_store', 'icon\r']);

export function withoutSystemFiles(files: readonly File[]): File[] {
  return files.filter((f) => {
    const name = f.name.toLowerCase();
    return !SYSTEM_NAMES.has(name) && !name.startsWith('._');
  });
}
