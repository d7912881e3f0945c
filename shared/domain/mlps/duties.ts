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

/** A post as the register keeps it: the object it serves, or none for an enterprise-wide post. */
export interface ScopedPost {
  role: string;
  person: string;
  objectId?: string | undefined;
}

const isAdminRole = (role: string): role is AdminRole => (ADMIN_ROLES as readonly string[]).includes(role);

/**
 * The separation check per scope: the enterprise-wide posts alone, then each object's posts together with the
 * enterprise-wide ones (an enterprise-wide auditor who administers one system is a conflict in that system).
 * A conflict already found enterprise-wide is not repeated per object. Findings carry `objectId` ('' for the
 * enterprise) in their params.
 */
export function checkDutiesByScope(posts: readonly ScopedPost[]): Finding[] {
  const admins = posts.filter((post): post is ScopedPost & { role: AdminRole } => isAdminRole(post.role));
  const enterprise = admins.filter((post) => !post.objectId);
  const enterpriseFindings = checkSeparationOfDuties(enterprise);
  const seen = new Set(enterpriseFindings.map((finding) => `${finding.code}|${personKey(String(finding.params?.person))}`));
  const findings = enterpriseFindings.map((finding) => ({ ...finding, params: { ...finding.params, objectId: '' } }));
  const objectIds = [...new Set(admins.flatMap((post) => (post.objectId ? [post.objectId] : [])))];
  for (const objectId of objectIds) {
    const scoped = [...enterprise, ...admins.filter((post) => post.objectId === objectId)];
    for (const finding of checkSeparationOfDuties(scoped)) {
      if (seen.has(`${finding.code}|${personKey(String(finding.params?.person))}`)) continue;
      findings.push({ ...finding, params: { ...finding.params, objectId } });
    }
  }
  return findings;
}
