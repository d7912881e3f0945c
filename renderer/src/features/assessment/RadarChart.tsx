/**
 * A radar (spider) chart of element scores, drawn as plain SVG: one axis per element from the centre
 * (0) to the rim (100), rings at every 20 points, and the scores joined into a polygon. An optional second
 * series (e.g. last year) is drawn dashed beneath it.
 */
export interface RadarSeries {
  label: string;
  /** 0–100 per axis, in axis order. */
  values: readonly number[];
}

interface RadarChartProps {
  axes: readonly string[];
  series: RadarSeries;
  compareWith?: RadarSeries | undefined;
  /** Accessible name of the chart; the scores are also listed in its description. */
  title: string;
  size?: number;
}

const RINGS = [20, 40, 60, 80, 100];
/** Room either side for the axis labels, wrapped to fit it (long in English element names). */
const LABEL_ROOM = 90;
/** Characters per label line that fit LABEL_ROOM at the label's 11px: fewer for the wider CJK characters. */
const LINE_CHARS = { words: 16, cjk: 7 };
const LINE_HEIGHT_EM = 1.15;

/**
 * A label cut into lines that fit beside the chart: at spaces when it has words (English), every few
 * characters otherwise (Chinese). A single word longer than a line keeps its own line.
 */
export function wrapLabel(label: string): string[] {
  if (!label.includes(' ')) {
    const lines: string[] = [];
    for (let start = 0; start < label.length; start += LINE_CHARS.cjk) lines.push(label.slice(start, start + LINE_CHARS.cjk));
    return lines;
  }
  return label.split(/\s+/).reduce<string[]>((lines, word) => {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= LINE_CHARS.words) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
    return lines;
  }, []);
}

export function RadarChart({ axes, series, compareWith, title, size = 320 }: RadarChartProps) {
  const centre = size / 2;
  const radius = size / 2 - 36;
  const angle = (index: number) => -Math.PI / 2 + (2 * Math.PI * index) / axes.length;
  const point = (index: number, value: number): [number, number] => {
    const r = (Math.max(0, Math.min(100, value)) / 100) * radius;
    return [centre + r * Math.cos(angle(index)), centre + r * Math.sin(angle(index))];
  };
  const polygon = (values: readonly number[]) =>
    values
      .map((value, index) =>
        point(index, value)
          .map((n) => n.toFixed(1))
          .join(','),
      )
      .join(' ');
  const description = axes.map((axis, index) => `${axis} ${series.values[index] ?? 0}`).join('；');

  return (
    <svg
      className="radar"
      role="img"
      aria-label={title}
      viewBox={`${-LABEL_ROOM} 0 ${size + 2 * LABEL_ROOM} ${size}`}
      width={size + 2 * LABEL_ROOM}
      height={size}
    >
      <desc>{description}</desc>
      {RINGS.map((ring) => (
        <polygon key={ring} className="radar__ring" points={polygon(axes.map(() => ring))} />
      ))}
      {axes.map((axis, index) => {
        const [x, y] = point(index, 100);
        const [lx, ly] = point(index, 118);
        const anchor = Math.abs(lx - centre) < 4 ? 'middle' : lx > centre ? 'start' : 'end';
        return (
          <g key={axis}>
            <line className="radar__axis" x1={centre} y1={centre} x2={x} y2={y} />
            <text className="radar__label" x={lx} y={ly} textAnchor={anchor} dominantBaseline="middle">
              {wrapLabel(axis).map((line, lineIndex, lines) => (
                // The block of lines is centred on the label's point.
                <tspan key={lineIndex} x={lx} dy={`${lineIndex === 0 ? (-(lines.length - 1) * LINE_HEIGHT_EM) / 2 : LINE_HEIGHT_EM}em`}>
                  {line}
                </tspan>
              ))}
            </text>
          </g>
        );
      })}
      {compareWith ? <polygon className="radar__series radar__series--compare" points={polygon(compareWith.values)} /> : null}
      <polygon className="radar__series" data-testid="radar-series" points={polygon(series.values)} />
      {series.values.map((value, index) => {
        const [x, y] = point(index, value);
        return <circle key={axes[index]} className="radar__dot" cx={x} cy={y} r={3} />;
      })}
    </svg>
  );
}
