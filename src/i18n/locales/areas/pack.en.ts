import type { packDa } from './pack.da';

/** English strings of the pack area, typed against the Danish source. */
export const packEn: typeof packDa = {
  title: 'When I move',
  navLabel: 'When I move',
  intro:
    'When you move, you should take all of your book with you. Here you make a moving pack: one file with the book as a PDF, as a page any browser can open, and all your photos. It can be kept in Digital Post, e-Boks, on a computer or a USB stick, and it can be brought back into Livsbog on a new phone or in a new place.',
  lastExport: 'The last moving pack was made on {{date}}.',
  neverExported: 'No moving pack has been made of this book yet.',
  changedSince: 'The book has changed since.',
  loading: 'Finding out what is in the book …',
  damaged_one:
    '{{count}} thing in the book is damaged and cannot come along. Everything else will.',
  damaged_other:
    '{{count}} things in the book are damaged and cannot come along. Everything else will.',
  review: {
    heading: 'What comes along',
    size: 'The photos take up {{size}}.',
    leftOutHeading: 'What stays behind unless you choose it',
    onlyMe_one: 'Include {{count}} thing that is only for me',
    onlyMe_other: 'Include {{count}} things that are only for me',
    onlyMeHint: 'Things you saved “only for me”. Photos that belong only to them come along too.',
    protected_one: 'Include {{count}} secret address',
    protected_other: 'Include {{count}} secret addresses',
    protectedHint:
      'The home comes along, but without its address. Only include the address if it is completely safe.',
    hidden_one: 'Include {{count}} hidden item',
    hidden_other: 'Include {{count}} hidden items',
    hiddenHint: 'Photos, drawings, sounds, videos and papers you have hidden in the book.',
    nothingLeftOut: 'Everything in the book comes along.',
  },
  zip: {
    heading: 'Moving pack',
    explain:
      'One ZIP file with everything. It opens without Livsbog: read LAES-MIG.txt once it is unpacked.',
    make: 'Make the moving pack',
    saveAs: 'You choose where the file is saved.',
    download: 'The file is downloaded to your device.',
    progressPdf: 'Making the PDF: photo {{done}} of {{total}}',
    progressZip: 'Packing: {{done}} of {{total}}',
    progressLabel: 'The moving pack is being made',
    cancel: 'Stop',
    cancelled: 'The moving pack was stopped. Nothing half-done was saved.',
    saved: 'The moving pack was saved as {{name}} ({{size}}).',
    downloaded: 'The moving pack was downloaded as {{name}} ({{size}}).',
    downloadAgain: 'Download the file again',
    unreadable_one: '{{count}} photo could not be read and was left out.',
    unreadable_other: '{{count}} photos could not be read and were left out.',
    next: 'Keep the file somewhere safe, for example in Digital Post or e-Boks, and take it with you when you move.',
  },
  pdf: {
    heading: 'PDF for Digital Post',
    explain:
      'Just the book as a PDF. Digital Post and e-Boks limit how large files may be, so the PDF can be split into numbered parts.',
    partSize: 'Largest size of each part',
    sizeDigitalPost: '9.5 MB (fits Digital Post)',
    size5: '5 MB',
    size20: '20 MB',
    sizeWhole: 'Not split',
    make: 'Make the PDF',
    progressLabel: 'The PDF is being made',
    ready_one: 'The PDF is ready: {{count}} file.',
    ready_other: 'The PDF is ready: {{count}} files.',
    part: '{{name}}: pages {{first}}–{{last}}, {{size}}',
    oversize: 'This part is larger than the limit, because a single page is that large.',
    messages_one: 'It can be sent in {{count}} message in Digital Post.',
    messages_other:
      'It has to be sent in {{count}} messages in Digital Post (at most 10 files per message).',
    message: 'Message {{index}}: part {{parts}}',
    save: 'Save {{name}}',
    share: 'Share the PDF …',
    shareHint: 'Share it to, for example, the Digital Post or e-Boks app.',
    shareFailed: 'The PDF could not be shared. Save it instead.',
  },
  reminder: {
    never:
      'No moving pack has been made of this book yet. The moving pack is also the book’s backup.',
    due_one:
      'The book has changed, and it is {{count}} day since the last moving pack was made. The moving pack is also the book’s backup.',
    due_other:
      'The book has changed, and it is {{count}} days since the last moving pack was made. The moving pack is also the book’s backup.',
    action: 'Make a moving pack',
  },
  deleteFirst: 'Before you delete: make a moving pack, so you keep everything.',
  errors: {
    cancelled: 'It was stopped. Nothing half-done was saved.',
    'export-failed': 'The moving pack could not be made. Try again. The book has not changed.',
    'import-failed': 'The moving pack could not be brought in. The book has not changed.',
    'worker-crashed':
      'The device ran out of strength on the way. Close other apps and try again. Nothing half-done was saved.',
    'disk-full': 'There is not enough room on the device for the file. Make room and try again.',
    'not-a-zip':
      'The file is not a moving pack (it is not a ZIP file, or it was not fully downloaded).',
    'corrupt-zip': 'The moving pack is damaged. Try downloading or copying it again.',
    'unsupported-zip': 'The ZIP file was made in a way Livsbog cannot read.',
    encrypted: 'The ZIP file has a password. Livsbog can only read moving packs without one.',
    'too-many-files': 'The ZIP file holds far too many files to be a moving pack.',
    'too-large':
      'Something in the file is much larger than a moving pack may be. It was not brought in.',
    'bad-path':
      'The file has names that point outside the pack (such as “../”). It was not brought in, because it may be dangerous.',
    'duplicate-name': 'The file holds two files with the same name. It was not brought in.',
    'not-a-bag': 'The file is a ZIP file, but not a moving pack from Livsbog.',
    'missing-file': 'A file is missing from the moving pack. Try downloading or copying it again.',
    'unexpected-file': 'The moving pack holds a file that does not belong. It was not brought in.',
    'checksum-mismatch':
      'A file in the moving pack was changed or damaged after the pack was made. It was not brought in.',
    'oxum-mismatch': 'The moving pack is not complete. Try downloading or copying it again.',
    'bad-json': 'The book’s data in the moving pack cannot be read.',
    'too-deep': 'The book’s data in the moving pack is built the wrong way. It was not brought in.',
    'schema-invalid': 'The book’s data in the moving pack is not as it should be.',
    'newer-version':
      'The moving pack was made by a newer version of Livsbog. Update the app (reload the page when you are online) and try again.',
    'bad-reference': 'The book’s data in the moving pack points to something that does not exist.',
    'duplicate-id': 'The book’s data in the moving pack holds the same thing twice.',
    'bad-photo-type': 'A file in the moving pack is not the photo it says it is.',
  },
};
