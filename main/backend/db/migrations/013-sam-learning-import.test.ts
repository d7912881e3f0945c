import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../../test/support/workspace';
import { openDatabase } from '../migrate';
import { migration001Core } from './001-core';
import { migration003Sam } from './003-sam';
import { migration013SamLearningImport } from './013-sam-learning-import';

describe('migration 013 SAM learning import', () => {
  let dir: string;
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('keeps a saved mapping as it was, with no value mappings or constants, and adds the alias dictionary table', () => {
    dir = makeTempDir();
    const file = path.join(dir, 'w.sqlite');
    const before = openDatabase(file, [migration001Core, migration003Sam]).db;
    before
      .prepare("INSERT INTO sam_mapping_profiles (name, kind, columns) VALUES ('台账', 'entitlements', ?)")
      .run(JSON.stringify({ name: '软件名称' }));
    before.close();

    const { db } = openDatabase(file, [migration001Core, migration003Sam, migration013SamLearningImport]);
    expect(db.prepare('SELECT name, columns, value_maps, constants FROM sam_mapping_profiles').all()).toEqual([
      { name: '台账', columns: '{"name":"软件名称"}', value_maps: '{}', constants: '{}' },
    ]);
    db.prepare("INSERT INTO sam_alias_dictionary (id, body) VALUES (1, '{}')").run();
    expect(() => db.prepare("INSERT INTO sam_alias_dictionary (id, body) VALUES (2, '{}')").run()).toThrow(/CHECK/);
    db.close();
  });
});
