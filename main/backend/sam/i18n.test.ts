import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { samMethods } from '../../../shared/contract/sam/methods';
import { samMessages } from '../../../shared/i18n/sam';

const ROOT = join(import.meta.dirname, '../../..');
const SOURCES = ['shared/contract/sam', 'shared/domain/sam', 'main/backend/sam'];

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(join(ROOT, dir), { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('SAM messages', () => {
  it('every code the SAM code can produce has a message in both languages', async () => {
    const codes = new Set<string>();
    for (const dir of SOURCES) {
      for (const file of await sourceFiles(dir)) {
        for (const match of (await readFile(file, 'utf8')).matchAll(/'(sam\.[a-zA-Z]+\.[a-zA-Z]+)'/g)) codes.add(match[1] as string);
      }
    }
    for (const name of Object.keys(samMethods)) codes.delete(name); // method names, not message codes
    expect(codes.size).toBeGreaterThan(25);
    const zh = samMessages['zh-CN'] as Record<string, string>;
    const en = samMessages['en-US'] as Record<string, string>;
    expect([...codes].filter((code) => zh[code] === undefined || en[code] === undefined)).toEqual([]);
  });
});
