/**
 * The catalogues shipped as data are written in the shape their schemas produce, and are not parsed on every
 * start (parsing them cost each command tens of milliseconds). This is the check the parse was: each is exactly
 * what its contract schema makes of it — valid, with every default written out and nothing the schema would drop.
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  drLevelsCatalogSchema,
  expectedItemCountsSchema,
  filingFormCodesSchema,
  gradingMatrixSchema,
  mlpsPolicySchema,
  scheduleRulesSchema,
  scoringRulesSchema,
} from '../contract/mlps/schemas';
import { aliasDictionarySchema } from '../contract/sam/aliases';
import { drLevels } from './mlps/disaster-recovery';
import { filingFormCodes } from './mlps/filing-form-codes';
import { GBT22239_EXPECTED_COUNTS } from './mlps/gbt22239-2019';
import { gradingMatrix, mlpsPolicy, mlpsScoringRules } from './mlps/policy';
import { mlpsSchedule } from './mlps/schedule';
import { shippedAliasDictionary } from './sam/aliases';

const SHIPPED: [name: string, schema: z.ZodType, data: unknown][] = [
  ['gradingMatrix', gradingMatrixSchema, gradingMatrix],
  ['mlpsPolicy', mlpsPolicySchema, mlpsPolicy],
  ['mlpsScoringRules', scoringRulesSchema, mlpsScoringRules],
  ['mlpsSchedule', scheduleRulesSchema, mlpsSchedule],
  ['filingFormCodes', filingFormCodesSchema, filingFormCodes],
  ['drLevels', drLevelsCatalogSchema, drLevels],
  ['GBT22239_EXPECTED_COUNTS', expectedItemCountsSchema, GBT22239_EXPECTED_COUNTS],
  ['shippedAliasDictionary', aliasDictionarySchema, shippedAliasDictionary],
];

describe('shipped catalogues', () => {
  it.each(SHIPPED)('%s is exactly what its schema makes of it', (_name, schema, data) => {
    expect(schema.parse(data)).toStrictEqual(data);
  });
});
