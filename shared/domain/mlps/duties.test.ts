import { describe, it, expect } from 'vitest';
import type { RoleAssignment } from '../../contract/mlps/schemas';
import { checkDutiesByScope, checkSeparationOfDuties } from './duties';

describe('separation of the three administrators', () => {
  it.each<[string, RoleAssignment[], string[]]>([
    [
      'three people, three posts',
      [
        { role: 'system-admin', person: '张三' },
        { role: 'audit-admin', person: '李四' },
        { role: 'security-admin', person: '王五' },
      ],
      [],
    ],
    [
      'system and audit held by one',
      [
        { role: 'system-admin', person: '张三' },
        { role: 'audit-admin', person: '张三' },
        { role: 'security-admin', person: '王五' },
      ],
      ['mlps.duties.systemAndAuditAdmin'],
    ],
    [
      'system and security held by one',
      [
        { role: 'security-admin', person: '张三' },
        { role: 'system-admin', person: '张三' },
      ],
      ['mlps.duties.systemAndSecurityAdmin'],
    ],
    [
      'audit and security held by one',
      [
        { role: 'audit-admin', person: '李四' },
        { role: 'security-admin', person: '李四' },
      ],
      ['mlps.duties.auditAndSecurityAdmin'],
    ],
    [
      'all three held by one',
      [
        { role: 'audit-admin', person: '张三' },
        { role: 'security-admin', person: '张三' },
        { role: 'system-admin', person: '张三' },
      ],
      ['mlps.duties.systemAndAuditAdmin', 'mlps.duties.systemAndSecurityAdmin', 'mlps.duties.auditAndSecurityAdmin'],
    ],
    [
      'two people sharing one post',
      [
        { role: 'system-admin', person: '张三' },
        { role: 'system-admin', person: '李四' },
      ],
      [],
    ],
    [
      'the same post listed twice',
      [
        { role: 'system-admin', person: '张三' },
        { role: 'system-admin', person: '张三' },
      ],
      [],
    ],
    [
      'names differing only in spacing and case',
      [
        { role: 'system-admin', person: 'Li Wei' },
        { role: 'audit-admin', person: ' li  wei ' },
      ],
      ['mlps.duties.systemAndAuditAdmin'],
    ],
  ])('%s', (_, assignments, codes) => {
    expect(checkSeparationOfDuties(assignments).map((finding) => finding.code)).toEqual(codes);
  });

  it('names the person', () => {
    expect(
      checkSeparationOfDuties([
        { role: 'system-admin', person: '张三' },
        { role: 'audit-admin', person: '张三' },
      ]),
    ).toEqual([{ code: 'mlps.duties.systemAndAuditAdmin', field: 'person', params: { person: '张三' } }]);
  });
});

describe('separation per scope', () => {
  it('keeps posts of different systems apart, but counts an enterprise-wide post in every system', () => {
    expect(
      checkDutiesByScope([
        { role: 'system-admin', person: '张三', objectId: 'a' },
        { role: 'audit-admin', person: '张三', objectId: 'b' },
      ]),
    ).toEqual([]);
    expect(
      checkDutiesByScope([
        { role: 'audit-admin', person: '张三' },
        { role: 'system-admin', person: '张三', objectId: 'a' },
        { role: 'system-admin', person: '李四', objectId: 'b' },
      ]),
    ).toEqual([{ code: 'mlps.duties.systemAndAuditAdmin', field: 'person', params: { person: '张三', objectId: 'a' } }]);
  });

  it('reports an enterprise-wide conflict once, and ignores posts other than the three administrators', () => {
    const findings = checkDutiesByScope([
      { role: 'security-admin', person: '王五' },
      { role: 'audit-admin', person: '王五' },
      { role: 'system-admin', person: '赵六', objectId: 'a' },
      { role: 'security-leader', person: '赵六', objectId: 'a' },
    ]);
    expect(findings).toEqual([{ code: 'mlps.duties.auditAndSecurityAdmin', field: 'person', params: { person: '王五', objectId: '' } }]);
  });
});
