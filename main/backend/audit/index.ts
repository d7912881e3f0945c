import type { DomainHandlers } from '../context';
import { listAuditEntries, verifyStoredAuditChain } from './log';

export { appendAuditEntry, boundedAuditValue, exportAuditChain, verifyStoredAuditChain } from './log';

export const auditHandlers: DomainHandlers<'audit'> = {
  'audit.verify': (_input, { db }) => verifyStoredAuditChain(db),
  'audit.list': (page, { db }) => listAuditEntries(db, page),
};
