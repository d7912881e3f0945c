import { describe, expect, it } from 'vitest';
import { resolveMapping } from './mapping';
import {
  excelSerialToIsoDate,
  normalizeRow,
  parseBoolean,
  parseCell,
  parseDate,
  parseDecimal,
  parseInteger,
  toHalfWidth,
} from './normalize';

describe('full-width to half-width', () => {
  it.each([
    ['１２３４', '1234'],
    ['Ｏｆｆｉｃｅ　２０１９', 'Office 2019'],
    ['１，２３４．５０', '1,234.50'],
    ['软件（专业版）', '软件(专业版)'],
    ['中文不变', '中文不变'],
  ])('%s → %s', (input, output) => {
    expect(toHalfWidth(input)).toBe(output);
  });
});

describe('numbers', () => {
  it.each([
    { text: '1,200', value: 1200 },
    { text: '１，２００', value: 1200 },
    { text: '1,234,567.89', value: 1234567.89 },
    { text: '¥3,500.00', value: 3500 },
    { text: '￥88', value: 88 },
    { text: '99元', value: 99 },
    { text: ' 42 ', value: 42 },
    { text: '-5', value: -5 },
    { text: '1.5E+3', value: 1500 },
  ])('$text → $value', ({ text, value }) => {
    expect(parseDecimal(text)).toEqual({ ok: true, value });
  });

  it.each(['12,34', '1,2345', 'abc', '1.2.3', '三百', ''])('"%s" is not a number', (text) => {
    expect(parseDecimal(text)).toEqual({ ok: false, code: 'sam.value.notANumber' });
  });

  it('integers accept 10.0 and refuse 2.5', () => {
    expect(parseInteger('10.0')).toEqual({ ok: true, value: 10 });
    expect(parseInteger('2.5')).toEqual({ ok: false, code: 'sam.value.notAnInteger' });
  });
});

describe('dates', () => {
  it.each([
    { text: '2024-03-01', value: '2024-03-01' },
    { text: '2024/3/1', value: '2024-03-01' },
    { text: '2024.12.31', value: '2024-12-31' },
    { text: '2024年3月1日', value: '2024-03-01' },
    { text: '２０２４年１２月５日', value: '2024-12-05' },
    { text: '2024-03-01 08:30:00', value: '2024-03-01' },
    { text: '2024-03-01T08:30:00Z', value: '2024-03-01' },
    { text: '20240301', value: '2024-03-01' },
    { text: '45352', value: '2024-03-01' },
    { text: '45352.75', value: '2024-03-01' },
    { text: '2024/2/29', value: '2024-02-29' },
  ])('$text → $value', ({ text, value }) => {
    expect(parseDate(text)).toEqual({ ok: true, value });
  });

  it.each(['2023/2/29', '2024-13-01', '2024', '3/1/2024', '明天', '12'])('"%s" is not a date', (text) => {
    expect(parseDate(text)).toEqual({ ok: false, code: 'sam.value.invalidDate' });
  });

  it('Excel serials: 1 Jan 1970 is 25569, 31 Dec 9999 is 2958465', () => {
    expect(excelSerialToIsoDate(25569)).toBe('1970-01-01');
    expect(excelSerialToIsoDate(2958465)).toBe('9999-12-31');
  });
});

describe('booleans and choices', () => {
  it.each([
    ['是', true],
    ['否', false],
    ['Y', true],
    ['no', false],
    ['√', true],
    ['TRUE', true],
  ] as const)('%s → %s', (text, value) => {
    expect(parseBoolean(text)).toEqual({ ok: true, value });
  });

  it.each([
    { type: 'metric', text: '按设备', value: 'per-device' },
    { type: 'metric', text: 'Named User', value: 'named-user' },
    { type: 'metric', text: '站点许可', value: 'site' },
    { type: 'metric', text: 'per-core', value: 'per-core' },
    { type: 'metric', text: 'CAL', value: 'cal' },
    { type: 'licenceType', text: '开源', value: 'free-open-source' },
    { type: 'licenceType', text: 'OEM', value: 'oem' },
    { type: 'scopeKind', text: '子公司', value: 'subsidiary' },
    { type: 'term', text: '永久', value: 'perpetual' },
    { type: 'currency', text: '人民币', value: 'CNY' },
    { type: 'currency', text: 'usd', value: 'USD' },
    { type: 'text', text: '  WPS  ', value: 'WPS' },
    { type: 'text', text: '', value: null },
    { type: 'integer', text: ' ', value: null },
    { type: 'text', text: `'=HYPERLINK("x")`, value: '=HYPERLINK("x")' },
    { type: 'integer', text: "'-5", value: -5 },
    { type: 'text', text: "'quoted", value: "'quoted" },
  ] as const)('$type "$text" → $value', ({ type, text, value }) => {
    expect(parseCell(type, text)).toEqual({ ok: true, value });
  });

  it.each([
    { type: 'metric', text: '按月', code: 'sam.value.invalidChoice' },
    { type: 'boolean', text: '也许', code: 'sam.value.notABoolean' },
    { type: 'currency', text: '元宝', code: 'sam.entitlement.currencyInvalid' },
  ] as const)('$type "$text" → $code', ({ type, text, code }) => {
    expect(parseCell(type, text)).toEqual({ ok: false, code });
  });
});

describe('normalizeRow', () => {
  it('reads every mapped cell and reports each unreadable one with row, column and value', () => {
    const mapping = resolveMapping(['厂商', '软件名称', '许可模式', '许可数量', '到期日', '降级权'], { kind: 'entitlements' });
    const result = normalizeRow(mapping, { rowNumber: 7, cells: ['微软', 'Ｏｆｆｉｃｅ', '按设备', '十', '2024/13/1', '是'] });
    expect(result.values).toEqual({ publisher: '微软', name: 'Office', metric: 'per-device', downgradeRights: true });
    expect(result.findings).toEqual([
      { code: 'sam.value.notANumber', row: 7, column: '许可数量', field: 'quantity', params: { value: '十' } },
      { code: 'sam.value.invalidDate', row: 7, column: '到期日', field: 'end', params: { value: '2024/13/1' } },
    ]);
  });
});
