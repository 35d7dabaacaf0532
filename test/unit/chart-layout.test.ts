import { describe, it } from 'node:test';
import { expect } from 'chai';
import { defaultChartOptions as o, layoutChart, toPlot, type ChartPoint } from '../../src/core/chart-layout.js';

const { width, height, margin: m, r, fontSize: f } = o;
const labelBox = (p: ChartPoint) => {
  const w = [...p.label].length * f * 0.6;
  const x1 = p.anchor === 'start' ? p.lx : p.anchor === 'end' ? p.lx - w : p.lx - w / 2;
  return { x1, x2: x1 + w, y1: p.ly - f * 0.8, y2: p.ly + f * 0.25 };
};
const overlap = (a: ReturnType<typeof labelBox>, b: ReturnType<typeof labelBox>) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

describe('chart layout', () => {
  it('puts 0/0 at the bottom left of the plot, 100/100 at the top right, 50/50 in the middle', () => {
    expect(toPlot(0, 0)).to.deep.equal({ x: m.left, y: height - m.bottom });
    expect(toPlot(100, 100)).to.deep.equal({ x: width - m.right, y: m.top });
    // 36 + 0.5 × (320 − 36 − 18) = 169; 12 + 0.5 × (300 − 12 − 24) = 144
    expect(toPlot(50, 50)).to.deep.equal({ x: 169, y: 144 });
  });

  it('draws a lone dot exactly at its values, with its label beside it', () => {
    const [p] = layoutChart([{ id: 'a', label: 'ABC', x: 25, y: 75 }]);
    // 36 + 0.25 × 266 = 102.5; 12 + 0.25 × 264 = 78
    expect([p.cx, p.cy, p.vx, p.vy]).to.deep.equal([102.5, 78, 102.5, 78]);
    expect(p.leader).to.equal(undefined);
    expect(p.anchor).to.equal('start');
    expect(p.lx).to.be.greaterThan(p.cx + r);
  });

  it('spreads coinciding dots side by side around their common value, each with its own label', () => {
    const pts = layoutChart([
      { id: 'a', label: 'AAA', x: 60, y: 60 },
      { id: 'b', label: 'BBB', x: 60, y: 60 },
      { id: 'c', label: 'CCC', x: 60, y: 60 },
    ]);
    const v = toPlot(60, 60);
    for (const p of pts) expect([p.vx, p.vy]).to.deep.equal([v.x, v.y]);
    const xs = pts.map((p) => p.cx);
    expect(xs[1] - xs[0]).to.be.at.least(2 * r);
    expect(xs[2] - xs[1]).to.be.at.least(2 * r);
    expect((xs[0] + xs[2]) / 2).to.be.closeTo(v.x, 0.001);
    expect(pts.every((p) => p.cy === v.y)).to.equal(true);
    const boxes = pts.map(labelBox);
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i], boxes[j]), `${i}/${j}`).to.equal(false);
  });

  it('keeps labels apart and inside the chart for a crowded set, leading moved labels back to their dot', () => {
    const input = [
      [100, 100],
      [99, 99],
      [98, 100],
      [0, 0],
      [0, 1],
      [50, 50],
      [51, 50],
      [50, 51],
      [70, 20],
      [70, 21],
    ].map(([x, y], i) => ({ id: `p${i}`, label: `Partij ${i}`, x, y }));
    const pts = layoutChart(input);
    const boxes = pts.map(labelBox);
    boxes.forEach((b, i) => {
      expect(b.x1, `label ${i} left`).to.be.at.least(0);
      expect(b.x2, `label ${i} right`).to.be.at.most(width);
      expect(b.y1, `label ${i} top`).to.be.at.least(0);
      expect(b.y2, `label ${i} bottom`).to.be.at.most(height - m.bottom);
      for (let j = i + 1; j < boxes.length; j++) expect(overlap(b, boxes[j]), `labels ${i} and ${j}`).to.equal(false);
    });
    for (const p of pts) {
      if (!p.leader) continue;
      expect([p.leader.x1, p.leader.y1]).to.deep.equal([p.cx, p.cy]);
    }
    // No two dots on top of each other.
    for (let i = 0; i < pts.length; i++)
      for (let j = i + 1; j < pts.length; j++) expect(Math.hypot(pts[i].cx - pts[j].cx, pts[i].cy - pts[j].cy), `dots ${i} and ${j}`).to.be.at.least(2 * r);
  });

  it('keeps a crowd local: 60 parties between 50% and 60% become a small blob near their values, none overlapping', () => {
    // A spread of values like the bench's gemeente at the format's limits.
    const input = Array.from({ length: 60 }, (_, i) => ({ id: `p${i}`, label: `P${i + 1}`, x: 50 + ((i * 7) % 11), y: 50 + ((i * 5) % 11) }));
    const pts = layoutChart(input);
    for (let i = 0; i < pts.length; i++) {
      for (let j = i + 1; j < pts.length; j++) expect(Math.hypot(pts[i].cx - pts[j].cx, pts[i].cy - pts[j].cy), `dots ${i} and ${j}`).to.be.at.least(2 * r);
      // Within a few dot widths of its own value: no dot is carried across the chart.
      expect(Math.hypot(pts[i].cx - pts[i].vx, pts[i].cy - pts[i].vy), `dot ${i} from its value`).to.be.below(60);
      expect(pts[i].cx).to.be.within(m.left, width - m.right);
      expect(pts[i].cy).to.be.within(m.top, height - m.bottom);
    }
  });
});
