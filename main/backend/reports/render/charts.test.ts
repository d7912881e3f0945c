import { describe, expect, it } from 'vitest';
import { barChart, chartContent, lineChart, pieChart, radarChart } from './charts';
import { PDF_FONT_FAMILY } from './fonts';

function texts(svg: string): string[] {
  return [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((match) => match[1]!);
}

describe('charts as SVG', () => {
  it('draws a radar with its indicator names and a legend per series', () => {
    const chart = radarChart({
      title: '要素得分',
      indicators: [
        { name: '信息化领导力', max: 100 },
        { name: '基础建设', max: 100 },
        { name: '人力资源', max: 100 },
      ],
      series: [
        { name: '2023年', values: [60, 70, 80] },
        { name: '2024年', values: [65, 72, 85] },
      ],
    });
    expect(chart.svg.startsWith('<svg')).toBe(true);
    expect(texts(chart.svg)).toEqual(expect.arrayContaining(['要素得分', '信息化领导力', '基础建设', '人力资源', '2023年', '2024年']));
  });

  it('writes the values on a trend line and on bars, without the white halo that would hide them in the PDF', () => {
    const line = lineChart({ categories: ['2022', '2023', '2024'], series: [{ name: '总分', values: [59, 61, 69] }] });
    expect(texts(line.svg)).toEqual(expect.arrayContaining(['2022', '2024', '59', '61', '69']));
    const bar = barChart({ orientation: 'horizontal', categories: ['办公套件', '数据库'], series: [{ name: '短缺', values: [12, 3] }] });
    expect(texts(bar.svg)).toEqual(expect.arrayContaining(['办公套件', '数据库', '12', '3']));
    for (const svg of [line.svg, bar.svg]) expect(svg).not.toContain('paint-order="stroke"');
  });

  it('counts whole things on the axis of bars that count (no "0.5 objects")', () => {
    const objects = barChart({ categories: ['第一级', '第二级', '第三级'], series: [{ name: '对象数', values: [0, 1, 2] }] });
    const axisLabels = texts(objects.svg).filter((text) => /^\d+(\.\d+)?$/.test(text));
    expect(axisLabels.length).toBeGreaterThan(0);
    expect(axisLabels.filter((text) => text.includes('.'))).toEqual([]);
    // Amounts keep their fractions.
    const money = barChart({ categories: ['甲', '乙'], series: [{ name: '万元', values: [0.5, 1.5] }] });
    expect(texts(money.svg).some((text) => text.includes('.'))).toBe(true);
  });

  it('stacks bar series when asked, e.g. gap status per control family', () => {
    const chart = barChart({
      categories: ['安全物理环境', '安全通信网络'],
      stacked: true,
      series: [
        { name: '符合', values: [20, 6] },
        { name: '不符合', values: [2, 2] },
      ],
    });
    expect(texts(chart.svg)).toEqual(expect.arrayContaining(['安全物理环境', '符合', '不符合', '20']));
  });

  it('labels pie slices with name, value and share', () => {
    const chart = pieChart({
      slices: [
        { name: '正版', value: 930 },
        { name: '待核实', value: 70 },
      ],
    });
    expect(texts(chart.svg).join(' ')).toContain('正版: 930 (93%)');
  });

  it('asks for the report font in every text, so the PDF can draw Chinese', () => {
    const chart = pieChart({ title: '正版率', slices: [{ name: '正版', value: 1 }] });
    const families = [...chart.svg.matchAll(/font-family:([^;"]+)/g)].map((match) => match[1]);
    expect(families.length).toBeGreaterThan(0);
    expect(new Set(families)).toEqual(new Set([PDF_FONT_FAMILY]));
  });

  it('scales into pdfmake content keeping proportions', () => {
    const chart = lineChart({ width: 600, height: 300, categories: ['a'], series: [{ name: 's', values: [1] }] });
    expect(chartContent(chart, 400)).toMatchObject({ svg: chart.svg, width: 400, height: 200, font: PDF_FONT_FAMILY });
    expect(chartContent(chart)).toMatchObject({ width: 600, height: 300 });
  });
});
