/**
 * The posture charts in the summary report: the home page's six charts (shared/charts/posture.ts), drawn to
 * SVG by echarts and laid out two to a row, each with its title above and its figure below.
 */
import type { Content } from 'pdfmake/interfaces';
import { postureCharts, type PostureChart } from '../../../../shared/charts/posture';
import { chartContent, renderChart } from '../render/charts';
import { postureOf } from '../posture';
import type { SectionContext } from './context';

/** Two charts side by side fill the A4 text width (about 480 points). */
const CHART_FRAME = { width: 240, height: 170 };

function chartCell(chart: PostureChart): Content {
  return {
    stack: [
      { text: chart.title, bold: true, alignment: 'center', margin: [0, 6, 0, 0] },
      chartContent(renderChart(chart.option, CHART_FRAME)),
      { text: chart.figure, alignment: 'center', fontSize: 9 },
    ],
    unbreakable: true,
  };
}

export function postureSection(ctx: SectionContext): Content[] {
  const charts = postureCharts(postureOf(ctx.views), ctx.t, ctx.locale);
  const rows: Content[] = [];
  for (let index = 0; index < charts.length; index += 2) {
    rows.push({ columns: charts.slice(index, index + 2).map(chartCell), columnGap: 8 });
  }
  return rows;
}
