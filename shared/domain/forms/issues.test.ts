import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { mlpsUnitSchema } from '../../contract/mlps/records';
import { profileSchema, type Profile } from '../../contract/profile/schemas';
import { fieldMessages, formatPath, valueAtPath } from './issues';

const PROFILE: Profile = {
  name: '中国示例集团有限公司',
  uscc: '911100007109310534',
  address: '',
  regionCode: '110000',
  industry: '',
  unitType: 'central-enterprise',
  role: 'headquarters',
  group: { name: '', uscc: '' },
  legalRepresentative: '',
  department: '',
  contact: { name: '', phone: '', email: '' },
};

describe('fieldMessages: a record as its contract checks it, one message per field', () => {
  it('an empty required field is 必填 whatever rule refused it (text, USCC check, six digits)', () => {
    const messages = fieldMessages(profileSchema, { ...PROFILE, name: '', uscc: ' ', regionCode: '' }, 'zh-CN');
    expect(messages).toEqual({ name: '此项为必填项', uscc: '此项为必填项', regionCode: '此项为必填项' });
  });

  it('a blank number box (null) is required, not "wrong type"', () => {
    expect(fieldMessages(z.object({ count: z.number() }), { count: null }, 'en-US')).toEqual({ count: 'This field is required' });
  });

  it('a number the box could not read asks for a number with an example', () => {
    expect(fieldMessages(z.object({ amount: z.number() }), { amount: '约 4000' }, 'zh-CN')).toEqual({ amount: '应填写数字，例如 3500' });
  });

  it('a wrong phone says the form a phone takes, with an example the rule itself accepts', () => {
    const bad = fieldMessages(profileSchema, { ...PROFILE, contact: { ...PROFILE.contact, phone: '请拨总机' } }, 'zh-CN');
    expect(bad['contact.phone']).toBe('应为电话号码：数字，可带区号和分机，如 010-68612345 转 123 或 13800138000');
    for (const example of ['010-68612345 转 123', '13800138000'])
      expect(fieldMessages(profileSchema, { ...PROFILE, contact: { ...PROFILE.contact, phone: example } }, 'zh-CN')).toEqual({});
  });

  it("the filing form's phones take the profile's form (an extension too) and say the same message through their union", () => {
    expect(fieldMessages(mlpsUnitSchema, { contactMobile: '010-68612345 转 123' }, 'zh-CN')).toEqual({});
    expect(fieldMessages(mlpsUnitSchema, { contactMobile: 'abc', postalCode: '1000' }, 'en-US')).toEqual({
      contactMobile: 'Enter a phone number: digits, with area code and extension if any, e.g. 010-68612345 ext. 123 or 13800138000',
      postalCode: 'The postal code is 6 digits, e.g. 100000',
    });
  });

  it('a USCC is upper-cased and trimmed before its check', () => {
    expect(fieldMessages(profileSchema, { ...PROFILE, uscc: ' 91110108ma01cdef2w ' }, 'zh-CN')).toEqual({});
  });

  it("a rule's own required message stands (a subsidiary's group), and an empty list asks for entries", () => {
    const subsidiary = fieldMessages(profileSchema, { ...PROFILE, role: 'subsidiary' }, 'zh-CN');
    expect(subsidiary['group.name']).toBe('所属企业须填写所属集团的名称和统一社会信用代码');
    expect(fieldMessages(z.object({ rows: z.array(z.string()).min(1) }), { rows: [] }, 'zh-CN')).toEqual({ rows: '至少填写 1 项' });
  });

  it('a date the contract cannot read says the form it is written in', () => {
    expect(fieldMessages(z.object({ day: z.iso.date() }), { day: '31.3.2025x' }, 'en-US')).toEqual({
      day: 'Write the date as MM/DD/YYYY or YYYY-MM-DD, e.g. 03/31/2025 or 2025-03-31',
    });
  });

  it('a valid record has no messages', () => {
    expect(fieldMessages(profileSchema, PROFILE, 'zh-CN')).toEqual({});
  });
});

describe('formatPath', () => {
  it.each([
    [['contact', 'phone'], 'contact.phone'],
    [['rows', 3, 'quantity'], 'rows[3].quantity'],
    [[], ''],
  ])('%j → %s', (path, expected) => expect(formatPath(path)).toBe(expected));
});

describe('numbers are told their limit and kind', () => {
  const counts = z.object({ staff: z.number().int().nonnegative(), span: z.number().int().positive() });
  it.each([
    [{ staff: -1, span: 1 }, { staff: '不能小于 0' }],
    [{ staff: 1.5, span: 1 }, { staff: '应填写整数，例如 12' }],
    [{ staff: 1, span: 0 }, { span: '应大于 0' }],
  ])('%j → %j', (record, expected) => expect(fieldMessages(counts, record, 'zh-CN')).toEqual(expected));
});

describe('valueAtPath', () => {
  const record = { contact: { phone: '010' }, rows: [{ quantity: 3 }, { quantity: 4 }] };
  it.each([
    ['contact.phone', '010'],
    ['rows[1].quantity', 4],
    ['rows[5].quantity', undefined],
    ['missing.deeper', undefined],
  ])('%s → %j', (path, expected) => expect(valueAtPath(record, path)).toBe(expected));
});
