// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RadarChart, wrapLabel } from './RadarChart';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** The polygon's vertices as [x, y] pairs. */
function vertices(svg: Element, selector: string): [number, number][] {
  return svg
    .querySelector(selector)!
    .getAttribute('points')!
    .split(' ')
    .map((pair) => pair.split(',').map(Number) as [number, number]);
}

describe('radar axis labels', () => {
  it('wraps a long English name at spaces and a long Chinese one by characters, losing nothing', () => {
    const english = 'Informatization management and governance';
    const lines = wrapLabel(english);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.every((line) => line.length <= 16)).toBe(true);
    expect(lines.join(' ')).toBe(english);
    expect(wrapLabel('信息化规划与治理体系建设')).toEqual(['信息化规划与治', '理体系建设']);
    expect(wrapLabel('领导力')).toEqual(['领导力']);
  });
});

describe('RadarChart', () => {
  let host: HTMLDivElement;
  let root: Root;
  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
  });
  afterEach(() => {
    act(() => root.unmount());
    host.remove();
  });

  it('puts one axis per element and each score at its distance from the centre (100 on the rim, 0 at the centre)', () => {
    act(() =>
      root.render(
        <RadarChart title="雷达图" size={320} axes={['甲', '乙', '丙', '丁']} series={{ label: '本次', values: [100, 50, 0, 25] }} />,
      ),
    );
    const svg = host.querySelector('svg[role="img"]')!;
    expect(svg.getAttribute('aria-label')).toBe('雷达图');
    expect([...svg.querySelectorAll('.radar__label')].map((label) => label.textContent)).toEqual(['甲', '乙', '丙', '丁']);
    // Centre (160, 160), rim radius 124; the first axis points up, then clockwise.
    expect(vertices(svg, '[data-testid="radar-series"]')).toEqual([
      [160, 36],
      [222, 160],
      [160, 160],
      [129, 160],
    ]);
    expect(svg.querySelector('desc')?.textContent).toBe('甲 100；乙 50；丙 0；丁 25');
  });

  it('draws the comparison series beneath, and clamps scores outside 0–100', () => {
    act(() =>
      root.render(
        <RadarChart
          title="r"
          size={320}
          axes={['a', 'b', 'c']}
          series={{ label: 'now', values: [120, -5, 50] }}
          compareWith={{ label: 'before', values: [10, 10, 10] }}
        />,
      ),
    );
    const svg = host.querySelector('svg')!;
    const [top, second] = vertices(svg, '[data-testid="radar-series"]');
    expect(top).toEqual([160, 36]);
    expect(second).toEqual([160, 160]);
    expect(svg.querySelectorAll('.radar__series--compare')).toHaveLength(1);
  });
});
