import { Fragment, useEffect, useRef } from 'react';

export interface BarSeries {
  name: string;
  values: number[];
}

/**
 * Bars drawn by echarts (the charting library the reports use), loaded on first use so pages without a chart
 * do not pay for it. Each category is also a button beneath the chart: the chart is a filter, by mouse on
 * the bars or by keyboard and screen reader on the buttons.
 */
export function BarChart({
  title,
  categories,
  series,
  stacked,
  onSelect,
  selected,
}: {
  title: string;
  categories: string[];
  series: BarSeries[];
  stacked?: boolean;
  onSelect?(index: number): void;
  selected?: number | null;
}) {
  const host = useRef<HTMLDivElement>(null);
  const select = useRef(onSelect);
  select.current = onSelect;
  useEffect(() => {
    let disposed = false;
    let chart: { dispose(): void } | undefined;
    void import('echarts').then((echarts) => {
      if (disposed || !host.current) return;
      const instance = echarts.init(host.current, null, { renderer: 'svg' });
      instance.setOption({
        animation: false,
        legend: series.length > 1 ? { bottom: 0 } : undefined,
        grid: { left: 40, right: 16, top: 16, bottom: series.length > 1 ? 48 : 24, containLabel: true },
        xAxis: { type: 'category', data: categories, axisLabel: { interval: 0 } },
        yAxis: { type: 'value', minInterval: 1 },
        series: series.map((s) => ({
          type: 'bar',
          name: s.name,
          data: s.values,
          stack: stacked ? 'total' : undefined,
          label: { show: true, position: stacked ? 'inside' : 'top' },
        })),
      });
      instance.on('click', (event) => select.current?.((event as { dataIndex: number }).dataIndex));
      chart = instance;
    });
    return () => {
      disposed = true;
      chart?.dispose();
    };
  }, [categories, series, stacked]);
  return (
    <figure className="chart" aria-label={title}>
      <figcaption>{title}</figcaption>
      <div ref={host} style={{ width: '100%', height: 220 }} aria-hidden="true" />
      {onSelect ? (
        <div className="chart__filters">
          {/* A space between the buttons: copied or read as text, the categories stay apart. */}
          {categories.map((category, index) => (
            <Fragment key={category}>
              {index > 0 ? ' ' : null}
              <button
                type="button"
                className={`button button--small${selected === index ? ' button--primary' : ''}`}
                aria-pressed={selected === index}
                onClick={() => onSelect(index)}
              >
                {category}
              </button>
            </Fragment>
          ))}
        </div>
      ) : null}
    </figure>
  );
}
