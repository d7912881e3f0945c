import { describe, expect, it } from 'vitest';
import { chapterTitle, chineseNumeral, sectionTitle } from './context';

describe('chapter and section numbers', () => {
  it.each([
    [1, '一'],
    [9, '九'],
    [10, '十'],
    [11, '十一'],
    [20, '二十'],
    [21, '二十一'],
    [99, '九十九'],
  ])('%i is written %s', (n, written) => expect(chineseNumeral(n)).toBe(written));

  it('numbers chapters 一、 and sections （一） in Chinese, 1. and 1.1 in English', () => {
    expect(chapterTitle(3, '登高计划', 'zh-CN')).toBe('三、登高计划');
    expect(sectionTitle(3, 2, '规则检查', 'zh-CN')).toBe('（二）规则检查');
    expect(chapterTitle(3, 'Climbing plan', 'en-US')).toBe('3. Climbing plan');
    expect(sectionTitle(3, 2, 'Rule check', 'en-US')).toBe('3.2 Rule check');
  });
});
