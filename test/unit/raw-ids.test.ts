/** The walk's raw-id check (test/e2e/raw-ids.ts) catches what it is there for, and lets words through. */
import { describe, expect, it } from 'vitest';
import { findRawIds } from '../e2e/raw-ids';

const tokens = (text: string, locale: 'zh-CN' | 'en-US') => findRawIds(text, locale).map((finding) => finding.token);

describe('findRawIds', () => {
  it('finds a message key that found no message, an enum value, a stored timestamp and a bracketed code', () => {
    expect(tokens('导航 mlps.ui.nav.objects 状态 inProgress 于 2026-12-05T06:42:24.237Z 失败 [filing.verify.notZip]', 'zh-CN')).toEqual([
      'mlps.ui.nav.objects',
      'filing.verify.notZip',
      'inProgress',
      'notZip',
      '2026-12-05T06:42',
      '[filing.verify.notZip]',
    ]);
  });

  it('finds ids left in Chinese text that English text may hold as words', () => {
    expect(tokens('报送的数据部分 profile、sam；对象类型 information-system', 'zh-CN')).toEqual(['information-system', 'profile', 'sam']);
    expect(tokens('Data sections filed: profile, sam; a self-inspection', 'en-US')).toEqual([]);
  });

  it('finds a Chinese separator built into a line of English', () => {
    expect(tokens('Deadline：2025-06-30', 'en-US')).toEqual(['e：']);
    expect(tokens('截止日期：2025-06-30', 'zh-CN')).toEqual([]);
  });

  it('lets through file names, e-mail addresses, standard numbers, versions, fingerprints and abbreviations', () => {
    const text =
      '数据目录 /tmp/denggao-e2e-bPTE3u 备案包文件（.dgpkg） data/workspace.json 联系人 it@example.cn GB/T 22239-2019 版本 1.0.0 指纹 bd7a 7035 afed 2579';
    expect(tokens(text, 'zh-CN')).toEqual([]);
    expect(tokens('Six digits, e.g. 110000 (Beijing); report.pdf', 'en-US')).toEqual([]);
  });
});
