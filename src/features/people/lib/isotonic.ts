/**
 * Left edges for blocks in a fixed order, as close as possible (least squares) to where each
 * wants to be, with each block `size` slots of `gap` wide and no two blocks overlapping:
 * isotonic regression by pooling adjacent violators. The genogram uses it to put children under
 * their parents and parents over their children without ever reordering or overlapping anyone.
 */
export function spaceOut(
  wanted: readonly { x: number; weight: number; size?: number }[],
  gap: number,
): number[] {
  // Shifting each block left by the width before it turns "no overlap" into "non-decreasing".
  const shifts: number[] = [];
  let before = 0;
  for (const w of wanted) {
    shifts.push(before);
    before += (w.size ?? 1) * gap;
  }
  const blocks: { sum: number; weight: number; count: number }[] = [];
  wanted.forEach((w, i) => {
    const weight = Math.max(w.weight, 1e-6);
    blocks.push({ sum: (w.x - (shifts[i] ?? 0)) * weight, weight, count: 1 });
    for (;;) {
      const last = blocks[blocks.length - 1];
      const prev = blocks[blocks.length - 2];
      if (!last || !prev || prev.sum / prev.weight <= last.sum / last.weight) break;
      blocks.splice(-2, 2, {
        sum: prev.sum + last.sum,
        weight: prev.weight + last.weight,
        count: prev.count + last.count,
      });
    }
  });
  const out: number[] = [];
  for (const b of blocks) {
    const m = b.sum / b.weight;
    for (let k = 0; k < b.count; k += 1) out.push(m + (shifts[out.length] ?? 0));
  }
  return out;
}
