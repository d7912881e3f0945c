import { describe, expect, it } from 'vitest';
import { resolveChoice } from './choices';

describe('resolveChoice: what a ledger word becomes', () => {
  it.each([
    { type: 'metric', word: '按设备', expected: { value: 'per-device', how: 'exact' } },
    { type: 'metric', word: '并发用户', expected: { value: 'concurrent-user', how: 'exact' } },
    { type: 'metric', word: '站点授权', expected: { value: 'site', how: 'contains' } },
    { type: 'metric', word: '按设备授权', expected: { value: 'per-device', how: 'contains' } },
    // 用户 sits inside 并发用户: the outer word decides.
    { type: 'metric', word: '并发用户数', expected: { value: 'concurrent-user', how: 'contains' } },
    { type: 'scopeKind', word: '部门级', expected: { value: 'department', how: 'contains' } },
    { type: 'term', word: '三年订阅', expected: { value: 'subscription', how: 'contains' } },
  ] as const)('$type: $word', ({ type, word, expected }) => {
    expect(resolveChoice(type, word)).toEqual(expected);
  });

  it.each([
    { type: 'metric', word: '批量授权' }, // no known word
    { type: 'metric', word: '站点或按设备' }, // words of two values
    { type: 'metric', word: '' },
  ] as const)('$type: "$word" is left for the user', ({ type, word }) => {
    expect(resolveChoice(type, word)).toBeUndefined();
  });
});
