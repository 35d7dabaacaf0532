import { html, nothing, svg } from 'lit';
import type { Party } from '../../core/types.js';
import type { VerdictUi as Vt } from '../../i18n/types.js';
import { defaultChartOptions as o, layoutChart, toPlot } from '../../core/chart-layout.js';
import { localise } from '../../core/text.js';
import { text } from '../common/common.js';
import { formatPercent } from '../common/percent.js';
import { basis } from './on-result.js';

export interface ChartModel {
  organisation: string;
  /** In result order, the parties the reader chose; parties without a verdict are left out by the caller. */
  rows: { party: Party; match: number; verdict: number; basis: { known: number; of: number } }[];
  /** Chosen parties left out because no position is known on any recommended statement: the chart names them. */
  unplotted: readonly Party[];
}

const ticks = [0, 50, 100];

/**
 * "Jij en <organisatie> in één beeld": the reader's match across, the organisation's verdict
 * up, one labelled dot per party, every dot alike (no winner). The SVG is one image for a
 * screen reader; the table under it holds the same numbers. The explicit roles keep the
 * table a table for screen readers when CSS lays its rows out as wrapping lines.
 */
export function verdictChartView(m: ChartModel, t: Vt, lang: string) {
  const unplotted = m.unplotted.length ? html`<p class="note">${t.verdict.notPlotted(m.unplotted.map((p) => `\u2068${localise(p.name, lang)}\u2069`).join(', '))}</p>` : nothing;
  if (!m.rows.length) return unplotted;
  const points = layoutChart(m.rows.map((r) => ({ id: r.party.id, label: r.party.shortName ?? localise(r.party.name, lang), x: r.match, y: r.verdict })));
  const { width, height, margin } = o;
  const p0 = toPlot(0, 0);
  const p1 = toPlot(100, 100);
  return html`<section class="chart">
    <h4 id="chart-heading">${t.verdict.chartHeading(m.organisation)}</h4>
    <p class="note">${t.verdict.chartIntro(m.organisation)}</p>
    ${unplotted}
    <div class="chart-figure">
      <div class="chart-picture">
        <p class="axis-y" aria-hidden="true">↑ ${t.verdict.chartY(m.organisation)}</p>
        <svg viewBox=${`0 0 ${width} ${height}`} role="img" aria-label=${t.verdict.chartAlt(m.organisation)}>
          ${svg`<rect class="plot" x=${p0.x} y=${p1.y} width=${p1.x - p0.x} height=${p0.y - p1.y} />
          ${ticks.map((v) => {
            const { x, y } = toPlot(v, v);
            return svg`<line class="grid" x1=${x} y1=${p1.y} x2=${x} y2=${p0.y} />
              <line class="grid" x1=${p0.x} y1=${y} x2=${p1.x} y2=${y} />
              <text class="tick" x=${x} y=${height - margin.bottom + 16} text-anchor="middle">${formatPercent(v, lang)}</text>
              <text class="tick" x=${margin.left - 4} y=${y + 4} text-anchor="end">${formatPercent(v, lang)}</text>`;
          })}
          ${points.map(
            (p) => svg`<g class="point" data-party=${p.id}>
              ${p.leader ? svg`<line class="leader" x1=${p.leader.x1} y1=${p.leader.y1} x2=${p.leader.x2} y2=${p.leader.y2} />` : null}
              <circle class="dot" cx=${p.cx} cy=${p.cy} r=${o.r} />
              <text class="dot-label" x=${p.lx} y=${p.ly} text-anchor=${p.anchor}>${p.label}</text>
            </g>`,
          )}`}
        </svg>
        <p class="axis-x" aria-hidden="true">${t.verdict.chartX} →</p>
      </div>
      <table role="table" class="chart-table">
        <caption>${t.verdict.chartTable(m.organisation)}</caption>
        <thead>
          <tr role="row">
            <th role="columnheader" scope="col">${t.verdict.party}</th>
            <th role="columnheader" scope="col">${t.verdict.match}</th>
            <th role="columnheader" scope="col"><span aria-hidden="true">${t.verdict.verdictShort}</span><span class="visually-hidden">${t.verdict.chartY(m.organisation)}</span></th>
          </tr>
        </thead>
        <tbody>
          ${m.rows.map(
            (r) => html`<tr role="row">
              <th role="rowheader" scope="row">${text(r.party.name, lang)}${r.party.shortName ? html` <span class="list">(${r.party.shortName})</span>` : nothing}</th>
              <td role="cell">${formatPercent(r.match, lang)}</td>
              <td role="cell">${formatPercent(r.verdict, lang)}${basis(r.basis.known, r.basis.of, t)}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>
  </section>`;
}
