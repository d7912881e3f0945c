/**
 * The SAM import against the workspace's row limit, with the limit made small (the rule is the same at
 * 200,000; the real figure is exercised by the bench). A register the import fills must still fit the
 * data JSON's lists, so the workspace's own export always imports back.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { expectOk, tempBackend } from '../../../test/support/workspace';

const { ROW_LIMIT } = vi.hoisted(() => ({ ROW_LIMIT: 40 }));
vi.mock('../../../shared/contract/limits', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../shared/contract/limits')>();
  return { ...original, LIMITS: { ...original.LIMITS, maxImportRows: ROW_LIMIT } };
});

let backend: ReturnType<typeof tempBackend>;
beforeEach(() => {
  backend = tempBackend();
});
afterEach(() => backend.dispose());

/** An installations CSV of `count` distinct rows, devices numbered from `first`. */
function installations(name: string, count: number, first = 0): string {
  const rows = Array.from({ length: count }, (_, index) => `微软,Office,2019,PC-${first + index}`);
  const file = path.join(backend.dataDir, name);
  fs.writeFileSync(file, ['厂商,软件名称,版本,计算机名', ...rows].join('\n'));
  return file;
}

const stored = async () => expectOk(await backend.call('workspace.exportData', {})).sam.installations.length;

describe('the SAM import holds to the workspace row limit', () => {
  it('a file one data row over the limit is refused, naming the file, the row and the limit, and nothing is written', async () => {
    const file = installations('安装清单.csv', ROW_LIMIT + 1);
    for (const method of ['sam.import.dryRun', 'sam.import.commit'] as const) {
      const result = await backend.call(method, { path: file });
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.error).toMatchObject({ code: 'sam.import.tooManyRows', details: { file: '安装清单.csv', row: ROW_LIMIT + 2 } });
      expect(result.error.message).toBe(`文件“安装清单.csv”的数据超过 ${ROW_LIMIT} 行（第 ${ROW_LIMIT + 2} 行已超出），未导入任何记录`);
    }
    expect(await stored()).toBe(0);
  });

  it('a second file that would take the register past the limit is refused, and the register stays as it was', async () => {
    expectOk(await backend.call('sam.import.commit', { path: installations('first.csv', ROW_LIMIT - 1) }));
    const second = installations('second.csv', 2, ROW_LIMIT);
    for (const method of ['sam.import.dryRun', 'sam.import.commit'] as const) {
      const result = await backend.call(method, { path: second }, { locale: 'en-US' });
      expect(!result.ok && result.error).toMatchObject({
        code: 'error.import.registerFull',
        message: expect.stringContaining(`Installations would hold ${ROW_LIMIT + 1} records, more than the limit of ${ROW_LIMIT}`),
      });
    }
    expect(await stored()).toBe(ROW_LIMIT - 1);
  });

  it('a full register takes no record added by hand either', async () => {
    expectOk(await backend.call('sam.import.commit', { path: installations('full.csv', ROW_LIMIT) }));
    const result = await backend.call('sam.save', {
      register: 'installations',
      record: { publisher: '微软', name: 'Office', version: '2019', device: 'PC-extra' },
    } as never);
    expect(!result.ok && result.error.code).toBe('error.import.registerFull');
    expect(await stored()).toBe(ROW_LIMIT);
  });

  it('the largest estate the import allows exports as data JSON and imports back into another workspace', async () => {
    expectOk(await backend.call('sam.import.commit', { path: installations('full.csv', ROW_LIMIT) }));
    const document = expectOk(await backend.call('workspace.exportData', {}));
    const target = tempBackend();
    try {
      expectOk(await target.call('workspace.importData', document));
      expect(expectOk(await target.call('workspace.exportData', {})).sam.installations).toEqual(document.sam.installations);
    } finally {
      target.dispose();
    }
  });
});
