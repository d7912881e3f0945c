import { describe, expect, it } from 'vitest';
import { categoryOf, coreMinimumOf } from './categories';

describe('categoryOf', () => {
  it.each([
    { inspectionCategory: 'database', category: '办公软件', expected: 'database', why: 'the recorded inspection category wins' },
    { inspectionCategory: '', category: '桌面操作系统', expected: 'os', why: 'a Chinese word inside the user’s own phrase' },
    { inspectionCategory: '', category: 'Antivirus', expected: 'security', why: 'a Latin word, any case' },
    { inspectionCategory: '', category: 'Cosmos tools', expected: '', why: '"os" only as a whole word' },
    { inspectionCategory: '', category: '防病毒', expected: 'security', why: '防病毒 is antivirus' },
    { inspectionCategory: '', category: '', expected: '', why: 'nothing recorded' },
  ] as const)('$category / $inspectionCategory → "$expected" ($why)', ({ inspectionCategory, category, expected }) => {
    expect(categoryOf({ inspectionCategory, category })).toBe(expected);
  });
});

describe('coreMinimumOf', () => {
  it.each([
    { publisher: 'Microsoft', name: 'Windows Server 2022', own: [null, null], expected: 16 },
    { publisher: ' 微软 ', name: 'windows  server', own: [null, null], expected: 16 },
    { publisher: 'Oracle', name: 'Windows Server', own: [null, null], expected: 0 },
    { publisher: 'Microsoft', name: 'Windows Server', own: [4, null], expected: 4 },
    { publisher: 'Oracle', name: 'Database', own: [2, 8], expected: 8 },
  ] as const)('$publisher $name with own minimums $own → $expected', ({ publisher, name, own, expected }) => {
    expect(coreMinimumOf({ publisher, name, minCoresPerProcessor: own[0], minCoresPerServer: own[1] })).toBe(expected);
  });
});
