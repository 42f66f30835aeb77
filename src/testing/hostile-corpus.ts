/*
 * Test-only: hostile text for every field a person can fill. Each string is markup or a URL that
 * would do something if it were ever treated as anything but text (run a script, load from
 * another origin, redirect, restyle, reorder), or text that is merely awkward (emoji, combining
 * accents, right-to-left). The payloads set `window.__pwned`, so a test can tell whether any of
 * them ran; `evil.example` is a reserved name that resolves nowhere, so a request to it shows up
 * as a foreign request instead of reaching anyone.
 *
 * Every string starts with its own marker (`HX01` …), so a test can find each one, in the app,
 * in an export and in a file name, and tell them apart. Markers are ASCII and never contain
 * white space, so they survive every transformation the app makes (trimming, folding white
 * space, the PDF's choice of characters).
 */

export interface HostileText {
  /** Unique and ASCII: `HX01` … */
  marker: string;
  /** What the payload tries to do, for assertion messages. */
  name: string;
  /** The whole string, marker first. No leading, trailing or doubled white space. */
  text: string;
}

const PAYLOADS: readonly (readonly [name: string, payload: string])[] = [
  ['img onerror', '<img src=x onerror="window.__pwned=1">'],
  ['closing script', '</script><script>window.__pwned=1</script>'],
  ['javascript: URL', 'javascript:window.__pwned=1'],
  ['svg onload', '<svg onload="window.__pwned=1">'],
  ['meta refresh', '<meta http-equiv="refresh" content="0;url=http://evil.example/">'],
  ['base href', '<base href="http://evil.example/">'],
  ['CSS url()', '<div style="background:url(http://evil.example/x.png)">'],
  ['RTL override file name', '\u202Egpj.exe'],
  ['link to javascript:', '<a href="javascript:window.__pwned=1">open</a>'],
  ['iframe srcdoc', '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>'],
  ['stylesheet link', '<link rel="stylesheet" href="http://evil.example/x.css">'],
  ['closing style', '</style><style>*{background:url(http://evil.example/y.png)}</style>'],
  ['entities', '&lt;b&gt;not bold&lt;/b&gt; &amp;amp; &#x3C;script&#x3E;'],
  ['template syntax', '{{constructor.constructor("window.__pwned=1")()}} ${window.__pwned=1}'],
  ['comment and CDATA', '--><!-- <![CDATA[<script>window.__pwned=1</script>]]>'],
  ['percent encoding', '%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E %0A %25'],
  ['emoji sequences', '👨‍👩‍👧‍👦 🇩🇰 👩🏽‍❤️‍💋‍👨🏿 🏳️‍🌈'],
  ['combining accents', 'A\u030Ase og e\u0301 og \u00C5se'],
  ['right-to-left text', 'שלום \u2067مرحبا\u2069 \u202Bevil\u202C'],
];

/** The corpus: one entry per payload, each with its marker. */
export const HOSTILE_TEXTS: readonly HostileText[] = PAYLOADS.map(([name, payload], i) => {
  const marker = `HX${String(i + 1).padStart(2, '0')}`;
  return { marker, name, text: `${marker} ${payload}` };
});

/** A corpus entry by payload name. */
export function hostile(name: string): HostileText {
  const found = HOSTILE_TEXTS.find((h) => h.name === name);
  if (!found) throw new Error(`no hostile text named ${name}`);
  return found;
}

/**
 * A file name that claims to be a picture but reads as an executable in a left-to-right view:
 * `photo-HX..‮gpj.exe` shows as `photo-HX..exe.jpg`. The right-to-left override must stay
 * confined to the name wherever the app shows it.
 */
export const RTL_FILE_NAME = 'photo-HXF1\u202Egpj.exe.png';

/** One megabyte of story: a long paste into a text area. */
export const MEGABYTE_TEXT = `HXMB ${'Æbler og pærer. '.repeat(62_500)}`.slice(0, 1_000_000);
