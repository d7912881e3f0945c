/**
 * Charts for reports, drawn by echarts' server-side SVG renderer and embedded in pdfmake as `{ svg }`.
 *
 * Printed charts cannot be hovered, so values are written on the bars and slices. Text uses the report
 * font's pdfmake family name: the SVG-to-PDF step looks fonts up by that name, and any other family would
 * fall back to a font without Chinese glyphs.
 */
import type * as echarts from 'echarts';
import { echarts as loadEcharts } from '../../heavy-modules';
import type { ContentSvg } from 'pdfmake/interfaces';
import { PDF_FONT_FAMILY } from './fonts';
import { CHART_PALETTE } from '../../../../shared/charts/posture';

export interface ChartSvg {
  svg: string;
  width: number;
  height: number;
}

export interface ChartFrame {
  title?: string;
  /** In PDF points (the SVG's pixels are placed as points). Default 480 × 300. */
  width?: number;
  height?: number;
}

export interface ChartSeries {
  name: string;
  values: Array<number | null>;
}

/**
 * echarts outlines labels with a white halo drawn under the text (SVG paint-order), which the SVG-to-PDF
 * step does not know: it paints the halo over the text and the label vanishes. Labels go without a halo.
 */
const LABEL = { textBorderWidth: 0, color: '#222222' };

/** Colours that stay apart when printed in grey: the same as the page's charts. */
const PALETTE = CHART_PALETTE;
const TEXT_COLOR = '#222222';

export function renderChart(option: echarts.EChartsCoreOption, frame: ChartFrame): ChartSvg {
  const width = frame.width ?? 480;
  const height = frame.height ?? 300;
  const chart = loadEcharts().init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({
      animation: false,
      color: PALETTE,
      textStyle: { fontFamily: PDF_FONT_FAMILY, color: TEXT_COLOR },
      ...(frame.title ? { title: { text: frame.title, left: 'center', textStyle: { fontFamily: PDF_FONT_FAMILY, fontSize: 14 } } } : {}),
      ...option,
    });
    return { svg: chart.renderToSVGString(), width, height };
  } finally {
    chart.dispose();
  }
}

/** Where the legend and plot go, leaving room for the title at the top and the legend at the bottom. */
function layout(frame: ChartFrame, seriesCount: number) {
  return {
    legend: seriesCount > 1 ? { bottom: 0, textStyle: { fontFamily: PDF_FONT_FAMILY } } : undefined,
    top: frame.title ? 52 : 16,
    bottom: seriesCount > 1 ? 36 : 12,
  };
}

/** Radar, e.g. the score of each element of the informatization assessment, one polygon per year. */
export function radarChart(input: ChartFrame & { indicators: Array<{ name: string; max: number }>; series: ChartSeries[] }): ChartSvg {
  const { legend, top, bottom } = layout(input, input.series.length);
  return renderChart(
    {
      legend,
      radar: {
        indicator: input.indicators,
        center: ['50%', top > 16 ? '54%' : '50%'],
        radius: bottom > 12 ? '58%' : '66%',
        axisName: { color: TEXT_COLOR, fontFamily: PDF_FONT_FAMILY },
      },
      series: [{ type: 'radar', data: input.series.map((s) => ({ name: s.name, value: s.values })), areaStyle: { opacity: 0.15 } }],
    },
    input,
  );
}

/** Line over categories (years), e.g. the grade or score trend. */
export function lineChart(
  input: ChartFrame & { categories: string[]; series: ChartSeries[]; valueAxisName?: string; min?: number; max?: number },
): ChartSvg {
  const { legend, top, bottom } = layout(input, input.series.length);
  return renderChart(
    {
      legend,
      grid: { left: 48, right: 24, top, bottom: bottom + 24 },
      xAxis: { type: 'category', data: input.categories },
      yAxis: { type: 'value', name: input.valueAxisName, min: input.min, max: input.max },
      series: input.series.map((s) => ({ type: 'line', name: s.name, data: s.values, label: { ...LABEL, show: true }, symbolSize: 6 })),
    },
    input,
  );
}

/**
 * Bars, e.g. protected objects per level (vertical) or licence shortfall per product (horizontal, which
 * leaves room for long product names). `stacked` piles the series, e.g. gap status per control family.
 */
export function barChart(
  input: ChartFrame & {
    categories: string[];
    series: ChartSeries[];
    orientation?: 'vertical' | 'horizontal';
    stacked?: boolean;
    valueAxisName?: string;
  },
): ChartSvg {
  const horizontal = input.orientation === 'horizontal';
  const { legend, top, bottom } = layout(input, input.series.length);
  const categoryAxis = { type: 'category', data: input.categories, axisLabel: { interval: 0 } };
  // Bars that count things (objects, installations) must not put half an object on the axis.
  const counts = input.series.every((s) => s.values.every((value) => Number.isInteger(value)));
  const valueAxis = { type: 'value', name: input.valueAxisName, ...(counts ? { minInterval: 1 } : {}) };
  return renderChart(
    {
      legend,
      grid: { left: horizontal ? 16 : 48, right: 32, top, bottom: bottom + 8, containLabel: true },
      xAxis: horizontal ? valueAxis : categoryAxis,
      yAxis: horizontal ? { ...categoryAxis, inverse: true } : valueAxis,
      series: input.series.map((s) => ({
        type: 'bar',
        name: s.name,
        data: s.values,
        stack: input.stacked ? 'total' : undefined,
        label: {
          ...LABEL,
          show: true,
          position: input.stacked ? 'inside' : horizontal ? 'right' : 'top',
          ...(input.stacked ? { color: '#ffffff' } : {}),
        },
      })),
    },
    input,
  );
}

/** Shares of a whole, e.g. genuine versus unlicensed installations. */
export function pieChart(input: ChartFrame & { slices: Array<{ name: string; value: number }>; donut?: boolean }): ChartSvg {
  return renderChart(
    {
      series: [
        {
          type: 'pie',
          radius: input.donut ? ['38%', '62%'] : '62%',
          center: ['50%', input.title ? '55%' : '50%'],
          data: input.slices,
          label: { ...LABEL, formatter: '{b}: {c} ({d}%)' },
        },
      ],
    },
    input,
  );
}

/** The chart as pdfmake content, scaled to `width` points if given (keeping its proportions). */
export function chartContent(chart: ChartSvg, width?: number): ContentSvg {
  const scale = width ? width / chart.width : 1;
  return {
    svg: chart.svg,
    width: chart.width * scale,
    height: chart.height * scale,
    font: PDF_FONT_FAMILY,
    alignment: 'center',
    margin: [0, 4, 0, 8],
  };
}
