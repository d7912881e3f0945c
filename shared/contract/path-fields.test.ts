import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { methods } from '.';
import { pathAccessOf, pathField, pathValuesIn, schemaLeaves } from './path-fields';

/** Field names that say "a file or folder on disk": `path`, `keyDir`, `rejectsPath`, `out`, `reports`… */
const PATH_LIKE = /(^|[a-z])(Path|Dir|Folder|File)$|^(path|dir|folder|file|out|reports)$/;

/**
 * Fields whose names look like a path but hold something else, each with the reason. Grows only with a
 * reason a reviewer agrees with.
 */
const NOT_PATHS: Record<string, string> = {};

function inputLeaves() {
  return Object.entries(methods).flatMap(([name, spec]) => schemaLeaves(spec.input).map((leaf) => ({ method: name, ...leaf })));
}

describe('path fields of the contract', () => {
  it('marks every input field that names a file or folder, in every method', () => {
    const unmarked = inputLeaves()
      .filter((leaf) => PATH_LIKE.test(leaf.key) && isString(leaf.schema) && !pathAccessOf(leaf.schema))
      .map((leaf) => `${leaf.method} ${leaf.field}`)
      .filter((where) => !(where in NOT_PATHS));
    expect([...new Set(unmarked)]).toEqual([]);
  });

  it('knows the methods that take paths today, so the enumeration itself cannot silently find nothing', () => {
    const marked = new Set(
      inputLeaves()
        .filter((leaf) => pathAccessOf(leaf.schema))
        .map((leaf) => `${leaf.method} ${leaf.field} ${pathAccessOf(leaf.schema)}`),
    );
    for (const expected of [
      'attachments.add path read',
      'files.read path read',
      'filing.export out write',
      'filing.export reports[] read',
      'filing.keys.generate keyDir write',
      'sam.export path write',
      'sam.import.commit rejectsPath write',
      'backup.restore path read',
      'reports.render out write',
    ])
      expect(marked).toContain(expected);
  });

  it('finds each marked value in a parsed input and puts the checked path in its place', () => {
    const schema = z.object({ out: pathField('write').optional(), reports: z.array(pathField('read')).default([]), name: z.string() });
    const input = schema.parse({ out: '/a', reports: ['/b', '/c'], name: '/not-a-path' });
    const found = pathValuesIn(schema, input);
    expect(found.map((p) => [p.field, p.access, p.value])).toEqual([
      ['out', 'write', '/a'],
      ['reports[0]', 'read', '/b'],
      ['reports[1]', 'read', '/c'],
    ]);
    found.forEach((p) => p.replace(`${p.value}!`));
    expect(input).toEqual({ out: '/a!', reports: ['/b!', '/c!'], name: '/not-a-path' });
  });
});

/** The string itself (wrappers such as optional or array are leaves of their own, around it). */
function isString(schema: z.ZodType): boolean {
  return (schema as unknown as { _zod: { def: { type: string } } })._zod.def.type === 'string';
}
