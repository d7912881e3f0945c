import { describe, expect, it } from 'vitest';
import { methods } from '.';
import { method, needsBackupBefore } from './core';
import { z } from 'zod';

describe('a backup before a write is declared by the method, never guessed from its name', () => {
  it('a write backs up first when its spec says so, whatever it is called', () => {
    const io = { input: z.object({}), output: z.object({}) };
    expect(needsBackupBefore(method({ kind: 'write', backupBefore: true, ...io }))).toBe(true);
    expect(needsBackupBefore(method({ kind: 'write', ...io }))).toBe(false);
    // the handler takes it itself, once the input is checked
    expect(needsBackupBefore(method({ kind: 'write', backupBefore: 'whenChecked', ...io }))).toBe(false);
    expect(needsBackupBefore(method({ kind: 'read', backupBefore: true, ...io }))).toBe(false);
  });

  it('every bulk import in the method table has decided how its backup is taken', () => {
    // A review aid, not the rule: a new write whose verb is "import" must state backupBefore.
    const importers = Object.entries(methods).filter(([name, spec]) => spec.kind === 'write' && /\.import/.test(name));
    expect(importers.length).toBeGreaterThan(0);
    for (const [name, spec] of importers)
      expect({ name, backupBefore: spec.backupBefore }).toEqual({ name, backupBefore: expect.anything() });
  });
});
