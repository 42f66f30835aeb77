/*
 * Types for the pure-JavaScript HEIC decoder. heic-decode's default entry loads libheif as
 * WebAssembly, which the app's Content Security Policy (no 'wasm-unsafe-eval') forbids; its
 * `lib.js` takes any libheif build, and libheif-js's main entry is the asm.js build (no wasm,
 * no eval).
 */
declare module 'heic-decode/lib.js' {
  interface DecodedHeic {
    width: number;
    height: number;
    data: Uint8ClampedArray;
  }
  interface HeicDecode {
    one: (input: { buffer: Uint8Array }) => Promise<DecodedHeic>;
  }
  const factory: (libheif: unknown) => HeicDecode;
  // CommonJS: `module.exports = factory`.
  export = factory;
}

declare module 'libheif-js' {
  const libheif: unknown;
  export = libheif;
}
