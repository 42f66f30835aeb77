type Ctx = OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D;

/** A landscape that differs per index: sky colour, sun position, hills and a little house. */
export function paintSampleScene(ctx: Ctx, index: number, w: number, h: number): void {
  const hue = (index * 47) % 360;
  const sky = ctx.createLinearGradient(0, 0, 0, h);
  sky.addColorStop(0, `hsl(${hue}, 70%, 78%)`);
  sky.addColorStop(1, `hsl(${(hue + 40) % 360}, 75%, 92%)`);
  ctx.fillStyle = sky;
  ctx.fillRect(0, 0, w, h);

  ctx.fillStyle = 'hsl(45, 95%, 60%)';
  ctx.beginPath();
  ctx.arc(w * (0.15 + ((index * 0.13) % 0.7)), h * 0.25, h * 0.1, 0, Math.PI * 2);
  ctx.fill();

  for (let layer = 0; layer < 3; layer += 1) {
    ctx.fillStyle = `hsl(${(hue + 100 + layer * 15) % 360}, 45%, ${55 - layer * 10}%)`;
    ctx.beginPath();
    ctx.moveTo(0, h);
    for (let x = 0; x <= w; x += w / 16) {
      const y = h * (0.6 + layer * 0.1) + Math.sin(x / (w / 5) + index + layer) * h * 0.05;
      ctx.lineTo(x, y);
    }
    ctx.lineTo(w, h);
    ctx.closePath();
    ctx.fill();
  }

  const hx = w * 0.62;
  const hy = h * 0.58;
  const hs = h * 0.16;
  ctx.fillStyle = `hsl(${(hue + 200) % 360}, 60%, 55%)`;
  ctx.fillRect(hx, hy, hs * 1.2, hs);
  ctx.fillStyle = 'hsl(10, 60%, 45%)';
  ctx.beginPath();
  ctx.moveTo(hx - hs * 0.1, hy);
  ctx.lineTo(hx + hs * 0.6, hy - hs * 0.6);
  ctx.lineTo(hx + hs * 1.3, hy);
  ctx.closePath();
  ctx.fill();

  ctx.fillStyle = 'rgba(255,255,255,0.85)';
  ctx.font = `bold ${Math.round(h * 0.12)}px sans-serif`;
  ctx.fillText(String(index + 1), w * 0.05, h * 0.93);
}
