import { describe, expect, it } from 'vitest';
import { EMPTY_FILING_FORM_FIELDS, EMPTY_MLPS_UNIT, filingFormFieldsSchema, mlpsUnitSchema } from './records';

// The empty records are written out rather than parsed at start-up; they must stay what the schemas make of `{}`.
describe('empty mlps records', () => {
  it('the empty filing unit is what the unit schema makes of nothing', () => {
    expect(mlpsUnitSchema.parse({})).toStrictEqual(EMPTY_MLPS_UNIT);
  });

  it('the empty filing-form fields are what their schema makes of nothing', () => {
    expect(filingFormFieldsSchema.parse({})).toStrictEqual(EMPTY_FILING_FORM_FIELDS);
  });
});
