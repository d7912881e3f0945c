/**
 * A chart drawn from an echarts option, for charts the summary report prints too (shared/charts/): echarts
 * draws it to an SVG string the same way the report does, shown as an image. An image because the page's
 * Content-Security-Policy (style-src 'self') refuses the inline styles of echarts' live SVG, and because a
 * static drawing is what the report prints; the value of each bar is written on it, so no hover is needed.
 */
import { useMemo } from 'react';
import * as echarts from 'echarts/core';
import { BarChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { CHART_PALETTE } from '../../../shared/charts/posture';

echarts.use([BarChart, PieChart, GridComponent, LegendComponent, SVGRenderer]);

interface ChartProps {
  option: Record<string, unknown>;
  /** What the chart shows, in words: the image's text alternative. */
  description: string;
  width?: number;
  height?: number;
}

/** The chart as an SVG document. */
export function chartSvg(option: Record<string, unknown>, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ animation: false, color: CHART_PALETTE, textStyle: { fontFamily: 'sans-serif', color: '#222222' }, ...option });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

export function Chart({ option, description, width = 320, height = 200 }: ChartProps) {
  const source = useMemo(
    () => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(chartSvg(option, width, height))}`,
    [option, width, height],
  );
  return <img className="chart" src={source} alt={description} width={width} height={height} />;
}
