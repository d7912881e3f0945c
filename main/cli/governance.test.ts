import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fullCio, fullDepartment } from '../../shared/domain/governance/fixtures.test-support';
import { makeTempDir } from '../../test/support/workspace';
import { highRiskScenario } from '../../test/fixtures/readiness-scenario';
import { cli } from '../../test/support/cli';

/** Seeds a workspace the way a user would: a data JSON through `denggao data import`. */
async function seed(dir: string, data: Record<string, unknown>) {
  fs.writeFileSync(path.join(dir, 'seed.json'), JSON.stringify({ formatVersion: 1, profile: null, ...data }));
  return cli(['data', 'import', '--file', 'seed.json', '--data-dir', 'ws'], dir);
}

describe('denggao readiness, governance and declarations commands', () => {
  let dir: string;
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('readiness --json gives the twelve points with status and reasons, changing as governance is recorded', async () => {
    dir = makeTempDir();
    const empty = await cli(['readiness', '--json', '--data-dir', 'ws'], dir);
    expect(empty.code).toBe(0);
    const before = JSON.parse(empty.stdout);
    expect(before.points).toHaveLength(12);
    expect(before.points[1]).toMatchObject({ point: 2, status: 'not-started' });
    expect(before.points[1].reasons[0]).toMatchObject({ code: 'governance.department.notRecorded', page: '/governance/department' });

    expect((await seed(dir, { governance: { cio: fullCio(), department: fullDepartment(), performance: null } })).code).toBe(0);
    const after = JSON.parse((await cli(['readiness', '--json', '--data-dir', 'ws'], dir)).stdout);
    expect(after.points[1]).toMatchObject({ status: 'done', reasons: [] });
    expect(after.points[2].status).toBe('not-started');
  });

  it('readiness prints one line per point with its reasons, in the language asked for', async () => {
    dir = makeTempDir();
    const { code, stdout } = await cli(['readiness', '--lang', 'en-US', '--data-dir', 'ws'], dir);
    expect(code).toBe(0);
    expect(stdout).toContain(' 2. Set up a CIO system and a dedicated IT management department — Not started');
    expect(stdout).toContain('      ✗ A dedicated IT management department (four implementations) — Missing');
    expect(stdout).toContain('      ○ A CIO (may be set up; the IT head may serve concurrently) — Optional');
    expect(stdout).toMatch(/10\. .* — Optional/);
    expect(stdout.split('\n').filter((line) => /^\s?\d+\. /.test(line))).toHaveLength(12);
  });

  it('readiness --json shows point 5 in progress for filed level-3 systems with open high risks, no emergency plan, drill or assessment', async () => {
    dir = makeTempDir();
    const { formatVersion: _version, profile: _profile, ...scenario } = highRiskScenario;
    expect((await seed(dir, scenario)).code).toBe(0);
    const point5 = JSON.parse((await cli(['readiness', '--json', '--data-dir', 'ws'], dir)).stdout).points[4];
    expect(point5.status).toBe('in-progress');
    const missing = point5.requirements
      .filter((r: { status: string }) => r.status === 'missing')
      .flatMap((r: { reasons: { message: string }[] }) => r.reasons.map((reason) => reason.message));
    expect(missing).toEqual(
      expect.arrayContaining([
        '尚未登记应急预案',
        '近 12 个月没有应急演练记录',
        '有 2 项高等级重大风险尚未关闭',
        '2 个三级及以上对象中有 2 个尚无完成的等级测评',
      ]),
    );
    const text = (await cli(['readiness', '--data-dir', 'ws'], dir)).stdout;
    expect(text).toContain('      ✗ 安全应急处理机制（应急预案与演练） — 缺少');
    expect(text).toContain('          - 尚未登记应急预案');
  });

  it('governance show names the gaps; a bad record in an import is refused at its field with exit 1', async () => {
    dir = makeTempDir();
    const shown = await cli(['governance', 'show', '--data-dir', 'ws'], dir);
    expect(shown.stdout).toContain('尚未任命首席信息官');
    const bad = await seed(dir, {
      governance: { cio: null, department: { ...fullDepartment(), staffCount: -3, roster: [] }, performance: null },
    });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('governance.department.staffCount: 人员数不能小于零（现为 -3）');
    expect(JSON.parse((await cli(['governance', 'show', '--json', '--data-dir', 'ws'], dir)).stdout).data.department).toBeNull();
  });

  it('declarations list shows each declaration with its status', async () => {
    dir = makeTempDir();
    expect((await cli(['declarations', 'list', '--data-dir', 'ws'], dir)).stdout).toBe('尚无申报\n');
    const item = {
      id: 'd-1',
      formId: 'sasac-2009-shared-software',
      formVersion: '1.0.0',
      status: 'draft',
      values: {},
      createdAt: '2010-01-01T00:00:00.000Z',
      updatedAt: '2010-01-01T00:00:00.000Z',
    };
    expect((await seed(dir, { declarations: { forms: [], items: [item] } })).code).toBe(0);
    const listed = await cli(['declarations', 'list', '--json', '--data-dir', 'ws'], dir);
    expect(JSON.parse(listed.stdout)).toEqual([
      {
        id: 'd-1',
        formId: item.formId,
        formVersion: '1.0.0',
        title: expect.objectContaining({ zh: '自主知识产权应用软件备案表' }),
        status: 'draft',
        createdAt: item.createdAt,
        updatedAt: item.updatedAt,
      },
    ]);
    expect((await cli(['declarations', 'list', '--data-dir', 'ws'], dir)).stdout).toContain('d-1  草稿  自主知识产权应用软件备案表');
  });
});
