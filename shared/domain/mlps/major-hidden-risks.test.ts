import { describe, expect, it } from 'vitest';
import { checkMajorHiddenRisk, openMajorHiddenRisks, tallyMajorHiddenRisks } from './major-hidden-risks';

const risk = (objectId: string, remediated: boolean, title = 't') => ({ objectId, remediated, title });

describe('the register of major hidden risks', () => {
  it("lists only the object's risks not yet remediated", () => {
    const register = [risk('a', false, 'open on a'), risk('a', true, 'fixed on a'), risk('b', false, 'open on b')];
    expect(openMajorHiddenRisks(register, 'a').map((entry) => entry.title)).toEqual(['open on a']);
    expect(openMajorHiddenRisks(register, 'c')).toEqual([]);
  });

  it('counts every recorded risk and the remediated ones', () => {
    expect(tallyMajorHiddenRisks([risk('a', true), risk('a', false), risk('a', true)])).toEqual({ recorded: 3, remediated: 2 });
    expect(tallyMajorHiddenRisks([])).toEqual({ recorded: 0, remediated: 0 });
  });

  const scope = new Set(['L3-CES1-01', 'L3-CES1-02']);
  it.each<[string, { itemIds: string[]; remediated: boolean; remediatedOn?: string; identifiedOn?: string }, string[]]>([
    ['findings the object has', { itemIds: ['L3-CES1-01', 'L3-CES1-02'], remediated: false }, []],
    [
      'an item of another level',
      { itemIds: ['L3-CES1-01', 'L4-CES1-01'], remediated: false },
      ['mlps.majorHiddenRisk.itemNotInScope itemIds[1]'],
    ],
    [
      'the same finding twice',
      { itemIds: ['L3-CES1-02', 'L3-CES1-02'], remediated: false },
      ['mlps.majorHiddenRisk.duplicateItem itemIds[1]'],
    ],
    [
      'a remediation date on one not remediated',
      { itemIds: ['L3-CES1-01'], remediated: false, remediatedOn: '2026-01-02' },
      ['mlps.majorHiddenRisk.dateWithoutRemediation remediatedOn'],
    ],
    ['remediated with its date', { itemIds: ['L3-CES1-01'], remediated: true, remediatedOn: '2026-01-02' }, []],
    [
      'remediated the day it was found',
      { itemIds: ['L3-CES1-01'], identifiedOn: '2026-01-02', remediated: true, remediatedOn: '2026-01-02' },
      [],
    ],
    [
      'remediated before it was found',
      { itemIds: ['L3-CES1-01'], identifiedOn: '2026-01-05', remediated: true, remediatedOn: '2026-01-02' },
      ['mlps.majorHiddenRisk.remediatedBeforeFound remediatedOn'],
    ],
  ])('%s', (_, input, expected) => {
    expect(checkMajorHiddenRisk(input, scope).map((finding) => `${finding.code} ${finding.field}`)).toEqual(expected);
  });
});
