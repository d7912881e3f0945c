import { describe, expect, it } from 'vitest';
import { reportFrameSchema } from './frame';

const frame = {
  locale: 'zh-CN',
  title: '信息化水平自评估报告',
  enterprise: { name: '中国登高示范集团有限公司', uscc: '91110000MA01ABCD2Q' },
  period: '2024 年度',
  generatedAt: '2025-03-31',
  classification: 'internal',
  approvals: [{ role: 'reviewer', name: '张建国' }, { role: 'approver' }],
  basis: [{ kind: 'catalog', id: 'mlps.gbt22239-2019', version: '2019.1', title: 'GB/T 22239-2019' }],
};

describe('reportFrameSchema', () => {
  it('accepts a complete frame, with approvers to be signed by hand', () => {
    expect(reportFrameSchema.parse(frame)).toEqual(frame);
  });

  it.each([
    ['classification', { classification: '绝密' }],
    ['generatedAt', { generatedAt: '2025/03/31' }],
    ['locale', { locale: 'fr-FR' }],
    ['title', { title: '' }],
    ['approvals', { approvals: [{ role: 'editor' }] }],
    ['basis', { basis: [{ kind: 'template', id: 'x', version: '', title: 't' }] }],
  ])('names the field when %s is wrong', (field, change) => {
    const result = reportFrameSchema.safeParse({ ...frame, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path[0]).toBe(field);
  });
});
