import type { DomainHandlers } from '../context';
import { checkBackupAnchors } from './anchors';
import { listAuditEntries, verifyStoredAuditChain } from './log';

export { appendAuditEntry, boundedAuditValue, exportAuditChain, verifyStoredAuditChain } from './log';

export const auditHandlers: DomainHandlers<'audit'> = {
  'audit.verify': (_input, { db, dataDir }) => {
    const chain = verifyStoredAuditChain(db);
    const backupAnchors = checkBackupAnchors(db, dataDir);
    return { ...chain, ok: chain.ok && backupAnchors.contradicted.length === 0, backupAnchors };
  },
  'audit.list': (page, { db }) => listAuditEntries(db, page),
};
