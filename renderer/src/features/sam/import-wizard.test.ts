import { describe, expect, it } from 'vitest';
import type { CommitResult, ImportReport, PrepareResult } from '../../../../shared/contract/sam/methods';
import {
  INITIAL_WIZARD,
  type WizardAction,
  type WizardState,
  importedNothing,
  mappingFrom,
  missingRequired,
  stepsShown,
  wizardReducer,
} from './import-wizard';

const kindInfo = (fields: string[], required: string[][], suggested: Record<string, string>) => ({
  fields: fields.map((field) => ({ field, type: 'text' })),
  required,
  suggested,
  reasons: {},
  implied: {},
});

const PREPARED = {
  file: '安装清单.csv',
  format: 'csv',
  encoding: 'gb18030',
  kind: 'installations',
  header: ['厂商', '软件名称', '计算机名', '使用人'],
  sample: [],
  distinct: [],
  sampledRows: 0,
  kinds: {
    installations: kindInfo(['publisher', 'name', 'device', 'user'], [['name'], ['device', 'user']], {
      publisher: '厂商',
      name: '软件名称',
      device: '计算机名',
      user: 'Owner',
    }),
    products: kindInfo(['publisher', 'name', 'category'], [['publisher'], ['name']], { publisher: '厂商', name: '软件名称' }),
    entitlements: kindInfo(['publisher', 'name', 'metric'], [['publisher'], ['name'], ['metric']], { name: '软件名称' }),
  },
} as unknown as PrepareResult;

const REPORT = { kind: 'installations', added: 2, updated: 0, unchanged: 0, rejectedRows: 0 } as unknown as ImportReport;
const run = (...actions: WizardAction[]): WizardState => actions.reduce(wizardReducer, INITIAL_WIZARD);

describe('the import wizard’s steps', () => {
  it('file: a prepared file starts from its kind’s proposal, a suggested header the file lacks left unmapped', () => {
    const state = run({ type: 'uploaded', upload: { path: '/u/a.csv', name: 'a.csv' } }, { type: 'prepared', prepared: PREPARED });
    expect(state).toMatchObject({
      kind: 'installations',
      columns: { publisher: '厂商', name: '软件名称', device: '计算机名', user: '' },
      values: {},
      constants: {},
    });
  });

  it('mapping: a changed column, value map, constant or profile drops the report and the result made under the old mapping', () => {
    const reported = run({ type: 'prepared', prepared: PREPARED }, { type: 'dryRunDone', report: REPORT });
    for (const action of [
      { type: 'columns', columns: { name: '软件名称' } },
      { type: 'values', values: { metric: { 批量: 'site' } } },
      { type: 'constants', constants: { publisher: '微软' } },
      { type: 'profile', columns: {}, values: {}, constants: {} },
    ] as WizardAction[]) {
      expect(wizardReducer(reported, action), action.type).toMatchObject({ report: null, result: null });
    }
  });

  it('mapping: another kind takes its own proposal and none of the old kind’s value maps or constants', () => {
    const state = run(
      { type: 'prepared', prepared: PREPARED },
      { type: 'constants', constants: { user: '张三' } },
      { type: 'kind', kind: 'products' },
    );
    expect(state).toMatchObject({
      kind: 'products',
      columns: { publisher: '厂商', name: '软件名称', category: '' },
      constants: {},
      values: {},
    });
  });

  it('dry run: a new run clears the last result and error; the commit keeps its report and the rejects file’s name', () => {
    const failed = run({ type: 'prepared', prepared: PREPARED }, { type: 'failed', error: '出错了' });
    expect(wizardReducer(failed, { type: 'jobStarted', jobKind: 'dryRun' })).toMatchObject({
      error: null,
      result: null,
      jobKind: 'dryRun',
    });
    const result = { ...REPORT, committed: true, rejectsFile: '/w/r.csv', productsAdded: 0 } as unknown as CommitResult;
    expect(wizardReducer(failed, { type: 'committed', result, rejectsName: 'a-原因.csv' })).toMatchObject({
      result,
      report: result,
      rejectsName: 'a-原因.csv',
    });
  });

  it('result: starting over forgets the file and everything made from it', () => {
    const state = run(
      { type: 'uploaded', upload: { path: '/u/a.csv', name: 'a.csv' } },
      { type: 'prepared', prepared: PREPARED },
      { type: 'dryRunDone', report: REPORT },
      { type: 'startOver' },
    );
    expect(state).toMatchObject({ upload: null, prepared: null, report: null, result: null, error: null });
  });
});

describe('the wizard’s other transitions', () => {
  it('file: uploading forgets the last file’s reading and says what it is busy with, until idle', () => {
    const uploading = run({ type: 'prepared', prepared: PREPARED }, { type: 'uploading', label: '正在上传' });
    expect(uploading).toMatchObject({ busy: '正在上传', prepared: null });
    expect(wizardReducer(uploading, { type: 'idle' }).busy).toBeNull();
  });

  it('file: reading again (another encoding) clears the error and the old report; a failed reading leaves no file read', () => {
    const reported = run(
      { type: 'encoding', encoding: 'gbk' },
      { type: 'prepared', prepared: PREPARED },
      { type: 'dryRunDone', report: REPORT },
      { type: 'failed', error: '出错了' },
    );
    expect(reported.encoding).toBe('gbk');
    expect(wizardReducer(reported, { type: 'preparing' })).toMatchObject({ error: null, report: null, result: null, prepared: PREPARED });
    expect(wizardReducer(reported, { type: 'prepareFailed', error: '无法读取' })).toMatchObject({ prepared: null, error: '无法读取' });
  });

  it('file: a file whose kind was not recognised maps nothing until a kind is chosen', () => {
    const state = run({ type: 'prepared', prepared: { ...PREPARED, kind: null } as unknown as PrepareResult });
    expect(state).toMatchObject({ kind: null, columns: {} });
    expect(wizardReducer(state, { type: 'kind', kind: 'entitlements' }).columns).toEqual({ publisher: '', name: '软件名称', metric: '' });
  });

  it('mapping: a kind chosen before any file is read changes nothing', () => {
    expect(wizardReducer(INITIAL_WIZARD, { type: 'kind', kind: 'products' })).toBe(INITIAL_WIZARD);
  });

  it('result: the import keeps the dry run’s report in view while it runs; the chosen mode is kept', () => {
    const state = run(
      { type: 'prepared', prepared: PREPARED },
      { type: 'dryRunDone', report: REPORT },
      { type: 'mode', mode: 'valid' },
      { type: 'jobStarted', jobKind: 'commit' },
    );
    expect(state).toMatchObject({ report: REPORT, mode: 'valid', jobKind: 'commit' });
  });
});

describe('the steps shown', () => {
  it('grow with the work done: the file; its mapping; values and dry run once it has a kind; the result once a dry run reported', () => {
    expect(stepsShown(INITIAL_WIZARD)).toEqual(['file']);
    const prepared = run({ type: 'prepared', prepared: PREPARED });
    expect(stepsShown({ ...prepared, kind: null })).toEqual(['file', 'mapping']);
    expect(stepsShown(prepared)).toEqual(['file', 'mapping', 'values', 'dryRun']);
    expect(stepsShown(wizardReducer(prepared, { type: 'dryRunDone', report: REPORT }))).toEqual([
      'file',
      'mapping',
      'values',
      'dryRun',
      'result',
    ]);
  });

  it('fall back to the file alone when the user starts over', () => {
    const done = run({ type: 'prepared', prepared: PREPARED }, { type: 'dryRunDone', report: REPORT }, { type: 'startOver' });
    expect(stepsShown(done)).toEqual(['file']);
  });
});

describe('what the steps decide', () => {
  it('the required fields no column or constant fills', () => {
    expect(missingRequired(PREPARED, 'installations', { name: '软件名称', device: '', user: '' }, {})).toEqual([['device', 'user']]);
    expect(missingRequired(PREPARED, 'installations', { name: '软件名称' }, { user: '张三' })).toEqual([]);
  });

  it('a mapping keeps only headers the file has', () => {
    expect(mappingFrom(PREPARED, 'products', { publisher: 'Vendor', name: '软件名称' })).toEqual({
      publisher: '',
      name: '软件名称',
      category: '',
    });
  });

  it('a committed import that kept no row imported nothing; one that kept some did', () => {
    const result = (added: number, rejectedRows: number) => ({ committed: true, added, updated: 0, rejectedRows }) as CommitResult;
    expect(importedNothing(result(0, 3))).toBe(true);
    expect(importedNothing(result(1, 3))).toBe(false);
    expect(importedNothing(null)).toBe(false);
  });
});
