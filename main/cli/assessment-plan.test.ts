import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATE } from '../../shared/catalogs/assessment/default-template';
import { CURRENT_CYCLE_DEFAULT } from '../../shared/catalogs/plan/policies';
import { finalizedAssessment, gradeDAnswers, planForGradeC, planForGradeD2026, smallTemplate } from '../../test/support/assessment';
import { expectOk, makeTempDir, tempBackend } from '../../test/support/workspace';
import { cli } from '../../test/support/cli';

/** Prepares a workspace through the backend, closes it, and leaves the folder for the CLI. */
async function workspace(dir: string, prepare: (backend: ReturnType<typeof tempBackend>) => Promise<void>) {
  const backend = tempBackend({ dataDir: dir });
  try {
    await prepare(backend);
  } finally {
    backend.close();
  }
}

describe('denggao assessment and plan commands', () => {
  let dir: string;
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('assessment template --json prints the default template with ids, weights and thresholds', async () => {
    dir = makeTempDir();
    const result = await cli(['assessment', 'template', '--json', '--data-dir', dir], dir);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(DEFAULT_TEMPLATE);
    const human = await cli(['assessment', 'template', '--data-dir', dir], dir);
    expect(human.stdout).toContain('信息化领导力 (leadership)  15/100');
    expect(human.stdout).toContain('A ≥ 85');
    const missing = await cli(['assessment', 'template', '--id', 'nope', '--json', '--data-dir', dir], dir);
    expect(missing.code).toBe(1);
    expect(JSON.parse(missing.stdout).error.code).toBe('assessment.template.notFound');
  });

  it('assessment template import names the path of each problem (exit 1) and accepts a good file', async () => {
    dir = makeTempDir();
    const bad = structuredClone(smallTemplate);
    bad.elements[0]!.indicators[1]!.weight = 10;
    fs.writeFileSync(path.join(dir, 'bad.json'), JSON.stringify(bad));
    const refused = await cli(['assessment', 'template', 'import', '--file', 'bad.json', '--data-dir', 'ws'], dir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('elements[0].indicators: 要素“lead”内各指标权重之和为 80，应等于模板声明的 100');

    fs.writeFileSync(path.join(dir, 'small.json'), JSON.stringify(smallTemplate));
    expect((await cli(['assessment', 'template', 'import', '--file', 'small.json', '--data-dir', 'ws'], dir)).code).toBe(0);
    const shown = await cli(['assessment', 'template', '--id', 'small', '--json', '--data-dir', 'ws'], dir);
    expect(JSON.parse(shown.stdout)).toEqual(smallTemplate);
    expect(
      (await cli(['assessment', 'template', 'export', '--id', 'small', '--version', '1', '--out', 'out.json', '--data-dir', 'ws'], dir))
        .code,
    ).toBe(0);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'out.json'), 'utf8'))).toEqual(smallTemplate);
  });

  it('assessment score --json gives element scores, total, grade, template id and version; exit 1 with no assessment', async () => {
    dir = makeTempDir();
    const empty = await cli(['assessment', 'score', '--json', '--data-dir', dir], dir);
    expect(empty.code).toBe(1);
    expect(JSON.parse(empty.stdout).error.code).toBe('assessment.none');

    await workspace(dir, async (backend) => {
      expectOk(await backend.call('assessment.templates.save', smallTemplate));
      await finalizedAssessment(backend, 2024);
    });
    const result = await cli(['assessment', 'score', '--year', '2024', '--json', '--data-dir', dir], dir);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      year: 2024,
      templateId: 'small',
      templateVersion: '1',
      elements: [
        { elementId: 'lead', score: 78 },
        { elementId: 'infra', score: 56 },
      ],
      total: 69.2,
      grade: 'C',
    });
    expect((await cli(['assessment', 'score', '--year', '2023', '--data-dir', dir], dir)).code).toBe(1);
    expect((await cli(['assessment', 'score', '--year', 'last', '--data-dir', dir], dir)).code).toBe(2);
  });

  it('plan check --json lists every rule with code and message; exit 1 while one fails, 0 once all pass', async () => {
    dir = makeTempDir();
    expect((await cli(['plan', 'check', '--data-dir', dir], dir)).code).toBe(1);
    await workspace(dir, async (backend) => {
      expectOk(await backend.call('assessment.templates.save', smallTemplate));
      await finalizedAssessment(backend, 2024);
      expectOk(await backend.call('plan.save', planForGradeC({ targetGrade: 'C' })));
    });
    const failing = await cli(['plan', 'check', '--json', '--data-dir', dir], dir);
    expect(failing.code).toBe(1);
    const check = JSON.parse(failing.stdout);
    expect(check.ready).toBe(false);
    expect(check.results.find((rule: { ok: boolean }) => !rule.ok)).toMatchObject({
      code: 'plan.rule.targetAtLeastMinimum',
      message: '当前 C 级，本轮要求目标至少为 B 级，计划只定了 C 级',
    });
    const english = await cli(['plan', 'check', '--lang', 'en-US', '--data-dir', dir], dir);
    expect(english.stdout).toContain('✗ At grade C, this cycle asks for at least B; the plan aims only at C  [targetGrade]');
    expect(english.stdout).toContain('✓ The target, grade C, is not below the current grade C');

    await workspace(dir, async (backend) => void expectOk(await backend.call('plan.save', planForGradeC())));
    const passing = await cli(['plan', 'check', '--year', '2024', '--json', '--data-dir', dir], dir);
    expect(passing.code).toBe(0);
    expect(
      JSON.parse(passing.stdout).results.every(
        (rule: { ok: boolean; code: string; message: string }) => rule.ok && rule.code && rule.message,
      ),
    ).toBe(true);
    expect((await cli(['plan', 'check', '--year', '2030', '--data-dir', dir], dir)).code).toBe(1);
  });

  it('plan check passes a D-grade plan written in 2026 for the current cycle, and load-policy refuses bad dates whole', async () => {
    dir = makeTempDir();
    await workspace(dir, async (backend) => {
      expectOk(await backend.call('assessment.templates.save', smallTemplate));
      await finalizedAssessment(backend, 2025, gradeDAnswers);
      expectOk(await backend.call('plan.save', planForGradeD2026()));
    });
    const passing = await cli(['plan', 'check', '--json', '--data-dir', dir], dir);
    expect(passing.code).toBe(0);
    expect(JSON.parse(passing.stdout)).toMatchObject({ currentGrade: 'D', ready: true, policy: { id: 'current' } });

    const reversed = path.join(dir, 'reversed.json');
    fs.writeFileSync(
      reversed,
      JSON.stringify({ ...CURRENT_CYCLE_DEFAULT, version: 'r1', cycle: { start: '2028-12-31', end: '2026-01-01' } }),
    );
    const refused = await cli(['plan', 'load-policy', reversed, '--data-dir', dir], dir);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('周期的起始日期 2028-12-31 晚于结束日期 2026-01-01');
    const listed = await cli(['plan', 'policies', '--data-dir', dir], dir);
    expect(listed.stdout).toMatch(/current {2}default-1 {2}2026-01-01–2028-12-31 .*随程序提供/);
  });
});
