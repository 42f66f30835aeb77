// @vitest-environment node
import { zipFiles } from './bag-tamper';
import { farZip } from './far-zip';

const GAP = 4.5 * 2 ** 30;
const zip = zipFiles([
  ['a/one.txt', new TextEncoder().encode('one')],
  ['a/two.txt', new TextEncoder().encode('two, a little longer')],
]);

async function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await blob.arrayBuffer());
}

async function streamed(blob: Blob): Promise<Uint8Array> {
  const reader = blob.stream().getReader({ mode: 'byob' });
  const out = new Uint8Array(blob.size);
  for (let at = 0; at < out.length;) {
    const { value, done } = await reader.read(new Uint8Array(out.length - at));
    if (done) break;
    out.set(value, at);
    at += value.length;
  }
  return out;
}

describe('farZip', () => {
  it('is the gap of zeros, then the entries as they were', async () => {
    const far = farZip(zip, GAP);
    expect(far.size).toBeGreaterThan(GAP + zip.length);
    expect(await bytesOf(far.slice(GAP - 3, GAP))).toEqual(new Uint8Array(3));
    // Local header signature, then the first entry's bytes unchanged.
    const head = await bytesOf(far.slice(GAP, GAP + 30));
    expect([...head.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    expect(await bytesOf(far.slice(GAP, GAP + 60))).toEqual(zip.subarray(0, 60));
  });

  it('streams the same bytes as it slices, across the gap’s end', async () => {
    const part = farZip(zip, GAP).slice(GAP - 70_000, GAP + 200);
    const [a, b] = [await streamed(part), await bytesOf(part)];
    // Buffer's compare: toEqual walks 70,000 elements one by one.
    expect(Buffer.compare(a, b)).toBe(0);
    expect(Buffer.compare(a.subarray(-200, -140), zip.subarray(0, 60))).toBe(0);
  });

  it('moves the directory and every offset past the gap, written in zip64 fields', async () => {
    const far = farZip(zip, GAP);
    const tail = await bytesOf(far.slice(GAP, far.size));
    const v = new DataView(tail.buffer);
    const eocd = tail.length - 22;
    expect(v.getUint32(eocd + 16, true)).toBe(0xffffffff);
    // The zip64 end record says where the directory is: past the gap, moved by it.
    const zip64End = tail.length - 22 - 20 - 56;
    const cdOffset = Number(v.getBigUint64(zip64End + 48, true));
    expect(cdOffset).toBeGreaterThan(GAP);
    const firstRecord = cdOffset - GAP;
    expect(v.getUint32(firstRecord, true)).toBe(0x02014b50);
    expect(v.getUint32(firstRecord + 42, true)).toBe(0xffffffff);
    // Its zip64 extra field (id 1, 8 bytes) holds the first entry's real offset: the gap's end.
    const extra = firstRecord + 46 + v.getUint16(firstRecord + 28, true);
    expect(v.getUint16(extra, true)).toBe(1);
    expect(v.getUint16(extra + 2, true)).toBe(8);
    expect(Number(v.getBigUint64(extra + 4, true))).toBe(GAP);
  });

  it('refuses a gap that would not need zip64', () => {
    expect(() => farZip(zip, 2 ** 20)).toThrow(RangeError);
  });
});
