import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir, sampleProfile } from '../../test/support/workspace';
import { cli } from '../../test/support/cli';

const fixture = path.resolve(__dirname, '../../test/fixtures/profile.json');

describe('denggao CLI', () => {
  let dir: string;
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('sets the profile from a file and shows it as JSON (exit 0)', async () => {
    dir = makeTempDir();
    expect((await cli(['profile', 'set', '--file', fixture, '--data-dir', dir], dir)).code).toBe(0);
    const shown = await cli(['profile', 'show', '--json', '--data-dir', dir], dir);
    expect(shown.code).toBe(0);
    expect(JSON.parse(shown.stdout)).toEqual(sampleProfile());
  });

  it('exits 1 with the field and a message for a wrong USCC, and saves nothing', async () => {
    dir = makeTempDir();
    fs.writeFileSync(path.join(dir, 'bad.json'), JSON.stringify({ ...sampleProfile(), uscc: '91110000100017643X' }));
    const result = await cli(['profile', 'set', '--file', 'bad.json', '--data-dir', dir, '--json'], dir);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).error.details.field).toBe('uscc');
    expect(result.stderr).toContain('uscc: 统一社会信用代码不正确');
    expect(JSON.parse((await cli(['profile', 'show', '--json', '--data-dir', dir], dir)).stdout)).toBeNull();
  });

  it('names the file when it is missing or not JSON (exit 1)', async () => {
    dir = makeTempDir();
    fs.writeFileSync(path.join(dir, 'broken.json'), '{ "name": ');
    const broken = await cli(['profile', 'set', '--file', 'broken.json', '--data-dir', dir], dir);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain(path.join(dir, 'broken.json'));
    const missing = await cli(['data', 'import', '--file', 'nope.json', '--data-dir', dir], dir);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('nope.json');
  });

  it.each([
    {
      name: 'a GBK data file',
      content: () => iconv.encode(JSON.stringify({ formatVersion: 1, profile: { ...sampleProfile(), name: '中国石化' } }), 'gbk'),
      code: 'error.file.notUtf8',
      message: '不是 UTF-8 编码（第 ',
    },
    {
      name: 'a data file nested 50,000 deep',
      content: () => `{"formatVersion":1,"profile":${'['.repeat(50_000)}${']'.repeat(50_000)}}`,
      code: 'error.file.tooDeep',
      message: 'JSON 嵌套超过 64 层',
    },
  ])('refuses $name by name, naming the file, and changes nothing', async ({ content, code, message }) => {
    dir = makeTempDir();
    expect((await cli(['profile', 'set', '--file', fixture, '--data-dir', dir], dir)).code).toBe(0);
    fs.writeFileSync(path.join(dir, 'data.json'), content());
    const result = await cli(['data', 'import', '--file', 'data.json', '--data-dir', dir, '--json'], dir);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).error).toMatchObject({ code, details: { file: path.join(dir, 'data.json') } });
    expect(result.stderr).toContain(message);
    expect(JSON.parse((await cli(['profile', 'show', '--json', '--data-dir', dir], dir)).stdout)).toEqual(sampleProfile());
  });

  it('exits 2 on usage errors and prints the command help, without creating a workspace', async () => {
    dir = makeTempDir();
    const workspace = path.join(dir, 'ws');
    expect((await cli(['profile', 'set', '--data-dir', workspace], dir)).code).toBe(2);
    expect((await cli(['profile', 'show', '--bogus', '--data-dir', workspace], dir)).code).toBe(2);
    expect((await cli(['frobnicate'], dir)).code).toBe(2);
    const help = await cli(['profile', 'set', '--help', '--data-dir', workspace], dir);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: denggao profile set');
    expect(fs.existsSync(workspace)).toBe(false);
  });

  it('round-trips a workspace through data export and data import', async () => {
    dir = makeTempDir();
    await cli(['profile', 'set', '--file', fixture, '--data-dir', 'a'], dir);
    expect((await cli(['data', 'export', '--out', 'data.json', '--data-dir', 'a'], dir)).code).toBe(0);
    expect((await cli(['data', 'import', '--file', 'data.json', '--data-dir', 'b'], dir)).code).toBe(0);
    expect(JSON.parse((await cli(['profile', 'show', '--json', '--data-dir', 'b'], dir)).stdout)).toEqual(sampleProfile());
  });

  it('runs as the installed `denggao` command with DENGGAO_DATA_DIR', () => {
    dir = makeTempDir();
    const bin = path.resolve(__dirname, '../../bin/denggao.cjs');
    if (!fs.existsSync(path.resolve(__dirname, '../../dist/main/cli.cjs')))
      execFileSync('node', ['scripts/build-main.mjs'], { cwd: path.resolve(__dirname, '../..') });
    execFileSync('node', [bin, 'profile', 'set', '--file', fixture], { env: { ...process.env, DENGGAO_DATA_DIR: dir } });
    const shown = spawnSync('node', [bin, 'profile', 'show', '--json'], {
      env: { ...process.env, DENGGAO_DATA_DIR: dir },
      encoding: 'utf8',
    });
    expect(shown.status).toBe(0);
    expect(JSON.parse(shown.stdout).name).toBe(sampleProfile().name);
  });
});
