/**
 * Separation of the three administrator posts (系统管理员 / 审计管理员 / 安全管理员): one person holding two of
 * them can both act and erase the trace of acting.
 */
import type { Finding } from '../../contract/core';
import { ADMIN_ROLES, type AdminRole, type RoleAssignment } from '../../contract/mlps/schemas';

const CONFLICT_CODES: Record<string, string> = {
  'system-admin+audit-admin': 'mlps.duties.systemAndAuditAdmin',
  'system-admin+security-admin': 'mlps.duties.systemAndSecurityAdmin',
  'audit-admin+security-admin': 'mlps.duties.auditAndSecurityAdmin',
};

/** People are matched by name with spaces collapsed and case ignored ("Li  Wei" is "li wei"). */
function personKey(person: string): string {
  return person.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** One finding per person and pair of administrator posts they hold together. */
export function checkSeparationOfDuties(assignments: readonly RoleAssignment[]): Finding[] {
  const rolesByPerson = new Map<string, { person: string; roles: Set<AdminRole> }>();
  for (const { role, person } of assignments) {
    const key = personKey(person);
    const entry = rolesByPerson.get(key) ?? { person: person.trim(), roles: new Set<AdminRole>() };
    entry.roles.add(role);
    rolesByPerson.set(key, entry);
  }
  const findings: Finding[] = [];
  for (const { person, roles } of rolesByPerson.values()) {
    const held = ADMIN_ROLES.filter((role) => roles.has(role));
    held.forEach((first, index) => {
      for (const second of held.slice(index + 1)) {
        findings.push({ code: CONFLICT_CODES[`${first}+${second}`]!, field: 'person', params: { person } });
      }
    });
  }
  return findings;
}
