/**
 * Geometry of the "you and the organisation" chart: the reader's match on the x axis, the
 * organisation's verdict on the y axis, one labelled dot per party. Pure: numbers in,
 * coordinates out, so the view only draws and the tests check positions without a page.
 *
 * Readability rules: dots that would overlap are pushed apart just enough (dots with the
 * same value side by side around it; the exact values are in the table beside the chart),
 * and each label takes the first place around its dot that overlaps no other label, no dot
 * and no edge; when it has to move away from its dot, a thin line leads back to it.
 */

export interface ChartInput {
  id: string;
  label: string;
  /** The reader's match, 0–100. */
  x: number;
  /** The organisation's verdict, 0–100. */
  y: number;
}

export interface ChartPoint extends ChartInput {
  /** Where the dot is drawn. */
  cx: number;
  cy: number;
  /** Where the value is on the axes; differs from cx/cy when a close dot pushed it aside. */
  vx: number;
  vy: number;
  /** Label anchor point and SVG text-anchor. */
  lx: number;
  ly: number;
  anchor: 'start' | 'middle' | 'end';
  /** From the dot to the label, when the label had to move away. */
  leader?: { x1: number; y1: number; x2: number; y2: number };
}

export interface ChartOptions {
  width: number;
  height: number;
  /** Space around the plot area for the tick labels. */
  margin: { top: number; right: number; bottom: number; left: number };
  /** Dot radius. */
  r: number;
  /** Label font size; widths are estimated from it (no DOM to measure with). */
  fontSize: number;
}

export const defaultChartOptions: ChartOptions = {
  width: 320,
  height: 300,
  margin: { top: 12, right: 18, bottom: 24, left: 36 },
  r: 5,
  fontSize: 13,
};

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** Plot-area coordinates of a value pair. */
export function toPlot(x: number, y: number, o: ChartOptions = defaultChartOptions) {
  const { width, height, margin: m } = o;
  return {
    x: m.left + (x / 100) * (width - m.left - m.right),
    y: m.top + (1 - y / 100) * (height - m.top - m.bottom),
  };
}

/**
 * Dot centres near their values but never on top of each other: dots with the very same
 * value start side by side around it (in input order), then any two closer than `min`
 * are pushed apart along the line between them, half each, until none is (or enough
 * rounds have passed), inside the plot area. Deterministic, and local: a crowded corner
 * becomes a small blob, not a row across the chart.
 */
function spread(values: readonly { x: number; y: number }[], min: number, o: ChartOptions) {
  const { width, height, margin: m } = o;
  const same = new Map<string, number[]>();
  values.forEach((v, i) => same.set(`${v.x},${v.y}`, [...(same.get(`${v.x},${v.y}`) ?? []), i]));
  const dots = values.map((v) => ({ ...v }));
  for (const group of same.values()) group.forEach((i, k) => (dots[i].x += (k - (group.length - 1) / 2) * min));
  const clamp = (d: { x: number; y: number }) => {
    d.x = Math.min(Math.max(d.x, m.left), width - m.right);
    d.y = Math.min(Math.max(d.y, m.top), height - m.bottom);
  };
  for (let round = 0, moved = true; moved && round < 200; round++) {
    moved = false;
    for (let i = 0; i < dots.length; i++) {
      for (let j = i + 1; j < dots.length; j++) {
        const dx = dots[j].x - dots[i].x;
        const dy = dots[j].y - dots[i].y;
        const d = Math.hypot(dx, dy);
        if (d >= min - 1e-9) continue;
        // Pushed a hair further than needed, so that rounding never leaves a pair just short.
        const push = (min - d) / 2 + 0.01;
        const [ux, uy] = d > 0 ? [dx / d, dy / d] : [1, 0];
        dots[i].x -= ux * push;
        dots[i].y -= uy * push;
        dots[j].x += ux * push;
        dots[j].y += uy * push;
        moved = true;
      }
    }
    dots.forEach(clamp);
  }
  return dots;
}

/** Dots and labels for `input`, in input order. */
export function layoutChart(input: readonly ChartInput[], o: ChartOptions = defaultChartOptions): ChartPoint[] {
  const { width, height, margin: m, r, fontSize: f } = o;
  const values = input.map((p) => toPlot(p.x, p.y, o));
  const dots = spread(values, 2 * r + 2, o);

  const dotBoxes: Box[] = dots.map((d) => ({ x1: d.x - r, y1: d.y - r, x2: d.x + r, y2: d.y + r }));
  const placed: Box[] = [];
  const lineHeight = f * 1.25;
  const inside = (b: Box) => b.x1 >= 0 && b.x2 <= width && b.y1 >= 0 && b.y2 <= height - m.bottom;

  return input.map((p, i) => {
    const d = dots[i];
    // An estimate of the rendered width: average glyph about 0.6 em in the UI fonts.
    const w = Math.max(1, [...p.label].length) * f * 0.6;
    const box = (lx: number, ly: number, anchor: ChartPoint['anchor']): Box => {
      const x1 = anchor === 'start' ? lx : anchor === 'end' ? lx - w : lx - w / 2;
      return { x1, x2: x1 + w, y1: ly - f * 0.8, y2: ly + f * 0.25 };
    };
    const near: [number, number, ChartPoint['anchor']][] = [
      [d.x + r + 3, d.y + f * 0.35, 'start'],
      [d.x - r - 3, d.y + f * 0.35, 'end'],
      [d.x, d.y - r - 4, 'middle'],
      [d.x, d.y + r + f, 'middle'],
    ];
    const far: [number, number, ChartPoint['anchor']][] = [];
    for (let k = 1; k <= 8; k++) {
      for (const dy of [-k * lineHeight, k * lineHeight]) {
        far.push([d.x + r + 8, d.y + f * 0.35 + dy, 'start'], [d.x - r - 8, d.y + f * 0.35 + dy, 'end']);
      }
    }
    const free = (b: Box) => inside(b) && !placed.some((q) => overlaps(q, b)) && !dotBoxes.some((q, j) => j !== i && overlaps(q, b));
    let chosen = [...near, ...far].find(([x, y, a]) => free(box(x, y, a)));
    // Nowhere free (a crowded chart): the first place inside the chart, overlapping if need be.
    chosen ??= [...near, ...far].find(([x, y, a]) => inside(box(x, y, a))) ?? near[d.x > width / 2 ? 1 : 0];
    const [lx, ly, anchor] = chosen;
    const b = box(lx, ly, anchor);
    placed.push(b);
    const isNear = near.some((c) => c === chosen);
    return {
      ...p,
      cx: d.x,
      cy: d.y,
      vx: values[i].x,
      vy: values[i].y,
      lx,
      ly,
      anchor,
      leader: isNear ? undefined : { x1: d.x, y1: d.y, x2: anchor === 'start' ? b.x1 - 1 : b.x2 + 1, y2: (b.y1 + b.y2) / 2 },
    };
  });
}
