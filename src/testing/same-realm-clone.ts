/**
 * Under Vitest's jsdom environment the test code's `ArrayBuffer` and typed arrays belong to
 * another realm than the ones Node's native `structuredClone` creates. fake-indexeddb clones every
 * stored value with `structuredClone`, so bytes read back from the fake database are foreign
 * objects. Dexie's `Table.update()` deep-clones the stored row and keeps only values whose
 * constructor it knows (its own realm's `ArrayBuffer`, `Uint8Array`, …): foreign bytes become
 * plain objects, so an `update()` of one field silently destroys the sealed bytes beside it.
 * Browsers have a single realm and never do this.
 *
 * Importing this module wraps `structuredClone` so that cloned bytes come back in the test realm,
 * as they would in a browser. Everything else about the clone is untouched.
 */
const TYPED_ARRAYS = [
  'Int8Array',
  'Uint8Array',
  'Uint8ClampedArray',
  'Int16Array',
  'Uint16Array',
  'Int32Array',
  'Uint32Array',
  'Float32Array',
  'Float64Array',
  'BigInt64Array',
  'BigUint64Array',
] as const;

type TypedArrayName = (typeof TYPED_ARRAYS)[number];

function typedArrayName(tag: string): TypedArrayName | undefined {
  return TYPED_ARRAYS.find((name) => tag === `[object ${name}]`);
}

function adoptBuffer(buffer: ArrayBufferLike): ArrayBuffer {
  if (Object.getPrototypeOf(buffer) === ArrayBuffer.prototype) return buffer as ArrayBuffer;
  const copy = new ArrayBuffer(buffer.byteLength);
  new Uint8Array(copy).set(new Uint8Array(buffer));
  return copy;
}

/** Rebuilds foreign bytes in this realm, in place; objects are fresh clones, so this is safe. */
function adopt(value: unknown, seen: WeakSet<object>): unknown {
  if (typeof value !== 'object' || value === null || seen.has(value)) return value;
  seen.add(value);
  const tag = Object.prototype.toString.call(value);
  if (tag === '[object ArrayBuffer]') return adoptBuffer(value as ArrayBuffer);
  const name = typedArrayName(tag);
  if (name !== undefined) {
    const view = value as ArrayBufferView;
    if (view instanceof globalThis[name]) return view;
    const Ctor = globalThis[name];
    const bytesPer = Ctor.BYTES_PER_ELEMENT;
    return new Ctor(adoptBuffer(view.buffer), view.byteOffset, view.byteLength / bytesPer);
  }
  if (tag === '[object Object]' || Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) record[key] = adopt(record[key], seen);
  }
  return value;
}

const marker = Symbol.for('livsbog.sameRealmClone');
const current = globalThis.structuredClone as typeof structuredClone & { [marker]?: true };

if (!current[marker]) {
  const native = current;
  const wrapped = ((value: unknown, options?: StructuredSerializeOptions) =>
    adopt(native(value, options), new WeakSet())) as typeof structuredClone & { [marker]?: true };
  wrapped[marker] = true;
  globalThis.structuredClone = wrapped;
}

export {};
