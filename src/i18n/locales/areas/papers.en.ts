import type { papersDa } from './papers.da';

/** English strings for papers: why a file was not stored as a paper. */
export const papersEn: typeof papersDa = {
  failure: {
    'not-an-image': 'The file is neither a PDF nor a picture.',
    svg: 'Drawings in SVG format cannot be kept as papers. Save it as a PDF, PNG or JPEG.',
    empty: 'The file is empty.',
    truncated: 'The file is not whole – it ends too early. Download or copy it again.',
    corrupt: 'The file is damaged and cannot be read. Save it as a PDF again and try once more.',
    'too-large':
      'The file is too large (over 50 MB, or a picture over 60 megapixels). Save a smaller version.',
    'heic-unsupported':
      'The iPhone picture (HEIC) could not be read. Save it as JPEG and try again (on iPhone: Settings › Camera › Formats › Most Compatible).',
    cmyk: 'The picture uses print colours (CMYK). Save it as an ordinary JPEG picture (RGB).',
    'unsupported-type':
      'Livsbog cannot keep this kind of file as a paper. Save it as a PDF, JPEG or PNG.',
    'storage-full': 'There is no more space on this device, so the paper was not saved.',
    locked: 'The book was locked before the paper was saved. Unlock the book and try again.',
    unknown: 'Something went wrong with this paper. Try again.',
    'not-a-paper':
      'The file is neither a PDF nor a picture. Save the paper as a PDF, or take a picture of it.',
    encrypted:
      'The PDF is locked with a password or restrictions, so Livsbog cannot check it. Save it without the lock (for example with “Print to PDF”) and try again.',
    javascript:
      'The PDF contains program code (JavaScript) that can run when it opens, so it was not saved. Save it again with “Print to PDF”, or take a picture of the paper.',
    actions:
      'The PDF can start programs, send information or open other files, so it was not saved. Save it again with “Print to PDF”, or take a picture of the paper.',
    'embedded-files':
      'The PDF has other files hidden inside it, so it was not saved. Save it again with “Print to PDF”, or take a picture of the paper.',
    'rich-media':
      'The PDF contains film, sound or 3D, so it was not saved. Save it again with “Print to PDF”, or take a picture of the paper.',
    xfa: 'The PDF is a special kind of form (XFA) that only some programs can show, so it was not saved. Save it again with “Print to PDF”.',
    'too-many-pages':
      'The PDF has more than 500 pages. Split it into smaller parts and save each one.',
    'no-pages': 'The PDF has no pages.',
    'title-too-long': 'The title can be at most 120 characters. Make it shorter and try again.',
    'given-by-too-long':
      'The name of who gave you the paper can be at most 80 characters. Make it shorter and try again.',
  },
};
