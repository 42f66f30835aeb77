/**
 * The one inline stylesheet of index.html (the CSP allows inline style and nothing else). Plain
 * CSS that every browser since the 2010s reads; print rules give one section per page.
 */
import { COVER_TINT, type CoverColour } from '@/domain';

/** A colour id never reaches the CSS as text: only a value of the fixed table does; anything else gets the paper colour. */
export function coverColour(id: string): string {
  return Object.hasOwn(COVER_TINT, id) ? COVER_TINT[id as CoverColour] : '#fff8ef';
}

export function bookStyle(colourId: string): string {
  return `
:root { --accent: ${coverColour(colourId)}; --ink: #2b211c; --paper: #fff8ef; --muted: #6b5a50; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--paper); color: var(--ink);
  font: 1.0625rem/1.55 "Atkinson Hyperlegible", Verdana, system-ui, sans-serif; }
main, header, nav, footer { max-width: 48rem; margin: 0 auto; padding: 0 1rem; }
header.cover { text-align: center; padding: 3rem 1rem; background: var(--accent); max-width: none; }
header.cover .emoji { font-size: 4rem; line-height: 1; }
h1 { font-size: 2.2rem; margin: 0.5rem 0; }
h2 { font-size: 1.6rem; margin: 2.5rem 0 1rem; border-bottom: 3px solid var(--accent); }
h3 { font-size: 1.25rem; margin: 0 0 0.25rem; }
h4 { font-size: 1.05rem; margin: 1rem 0 0.25rem; }
nav ol { columns: 2; padding-left: 1.25rem; }
a { color: #8a3a17; }
article { background: #fff; border-radius: 0.75rem; padding: 1rem 1.25rem; margin: 0 0 1rem;
  box-shadow: 0 1px 3px rgba(0,0,0,0.12); break-inside: avoid; }
.meta { color: var(--muted); margin: 0 0 0.5rem; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; }
.feeling { font-size: 1.5rem; }
.protected { background: #fde8e0; padding: 0.25rem 0.5rem; border-radius: 0.25rem; }
.photos { display: flex; flex-wrap: wrap; gap: 0.5rem; margin: 0.5rem 0 0; padding: 0; list-style: none; }
.photos img { height: 9rem; width: auto; max-width: 100%; border-radius: 0.5rem; }
.gallery { display: grid; grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr)); gap: 1rem;
  padding: 0; list-style: none; }
.gallery figure { margin: 0; }
.gallery img { width: 100%; height: auto; border-radius: 0.5rem; }
.media { list-style: none; padding: 0; display: grid; gap: 1rem; }
.media figure { margin: 0; }
.media video { max-width: 100%; height: auto; border-radius: 0.5rem; }
.media audio { width: 100%; max-width: 32rem; }
figcaption { white-space: pre-wrap; overflow-wrap: anywhere; }
.portrait { float: right; width: 6rem; height: auto; border-radius: 50%; margin: 0 0 0.5rem 0.5rem; }
.me-now img { max-width: 100%; height: auto; border-radius: 0.75rem; }
dl dt { font-weight: bold; margin-top: 0.75rem; }
dl dd { margin: 0; }
details summary { cursor: pointer; font-weight: bold; }
footer { color: var(--muted); padding: 2rem 1rem; }
@media print {
  body { background: #fff; font-size: 11pt; }
  nav, .open-full { display: none; }
  header.cover { min-height: 90vh; }
  section { break-before: page; }
  article { box-shadow: none; border: 1px solid #ccc; }
  a { color: inherit; text-decoration: none; }
}
`;
}
