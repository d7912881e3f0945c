/**
 * Generates docs/data.schema.json — the JSON Schema of the canonical data JSON — from the zod schemas.
 * `--check` fails (exit 1) when the committed file is out of date, so the spec never drifts from the code.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { DATA_FORMAT_VERSION, workspaceDataSchema } from '../shared/contract/data';

const target = path.join(import.meta.dirname, '..', 'docs', 'data.schema.json');
const schema = {
  ...z.toJSONSchema(workspaceDataSchema, { io: 'input', unrepresentable: 'any' }),
  $id: `https://denggao.invalid/schemas/data-v${DATA_FORMAT_VERSION}.json`,
  title: 'Denggao workspace data (canonical data JSON)',
  description: 'Generated from shared/contract by `npm run schema`. Do not edit by hand.',
};
const text = `${JSON.stringify(schema, null, 2)}\n`;

if (process.argv.includes('--check')) {
  const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
  if (current !== text) {
    process.stderr.write('docs/data.schema.json is out of date: run `npm run schema` and commit it.\n');
    process.exit(1);
  }
  process.stdout.write('docs/data.schema.json is up to date.\n');
} else {
  fs.writeFileSync(target, text);
  process.stdout.write(`wrote ${path.relative(process.cwd(), target)}\n`);
}
