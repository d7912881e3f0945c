import crypto from 'node:crypto';
import type Database from 'better-sqlite3';
import type { Attachment } from '../../../shared/contract/files/schemas';
import type { DataSection, DomainHandlers } from '../context';
import { appendUploadChunk, newExportPath, readWorkspaceFileChunk, storeAttachmentContent } from './workspace-files';

interface AttachmentRow {
  id: string;
  name: string;
  size: number;
  sha256: string;
  owner_domain: string;
  owner_entity: string;
  added_at: string;
  added_by: string;
}

const toAttachment = (row: AttachmentRow): Attachment => ({
  id: row.id,
  name: row.name,
  size: row.size,
  sha256: row.sha256,
  owner: { domain: row.owner_domain, entityId: row.owner_entity },
  addedAt: row.added_at,
  addedBy: row.added_by,
});

function insertAttachment(
  db: Database.Database,
  a: Attachment,
  insert = db.prepare('INSERT INTO attachments VALUES (?, ?, ?, ?, ?, ?, ?, ?)'),
): void {
  insert.run(a.id, a.name, a.size, a.sha256, a.owner.domain, a.owner.entityId, a.addedAt, a.addedBy);
}

export function listAttachments(db: Database.Database, owner?: Attachment['owner']): Attachment[] {
  const rows = owner
    ? db
        .prepare('SELECT * FROM attachments WHERE owner_domain = ? AND owner_entity = ? ORDER BY added_at, id')
        .all(owner.domain, owner.entityId)
    : db.prepare('SELECT * FROM attachments ORDER BY added_at, id').all();
  return (rows as AttachmentRow[]).map(toAttachment);
}

/** Every attachment of a domain whose record id starts with `prefix` (e.g. all evidence of one assessment). */
export function listAttachmentsByOwnerPrefix(db: Database.Database, domain: string, prefix: string): Attachment[] {
  const rows = db
    .prepare('SELECT * FROM attachments WHERE owner_domain = ? AND substr(owner_entity, 1, length(?)) = ? ORDER BY added_at, id')
    .all(domain, prefix, prefix);
  return (rows as AttachmentRow[]).map(toAttachment);
}

/** Links the same stored files to another record as well (the content is stored once, by hash). */
export function copyAttachments(db: Database.Database, from: Attachment[], owner: (attachment: Attachment) => Attachment['owner']): void {
  for (const attachment of from) insertAttachment(db, { ...attachment, id: crypto.randomUUID(), owner: owner(attachment) });
}

export const filesHandlers: DomainHandlers<'files'> & DomainHandlers<'attachments'> = {
  'files.upload': (input, { dataDir }) => appendUploadChunk(dataDir, input),
  'files.read': (input, { dataDir }) => readWorkspaceFileChunk(dataDir, input),
  'files.exportPath': ({ name }, { dataDir, now }) => ({ path: newExportPath(dataDir, name, now()) }),
  'attachments.add': async ({ path: source, name, owner }, { db, dataDir, now, actor, audit }) => {
    const { sha256, size } = await storeAttachmentContent(dataDir, source);
    const attachment: Attachment = {
      id: crypto.randomUUID(),
      name: name ?? source.split(/[\\/]/).pop()!,
      size,
      sha256,
      owner,
      addedAt: now().toISOString(),
      addedBy: actor,
    };
    // The content is stored before the row: a crash in between leaves an unreferenced file, never a dangling row.
    insertAttachment(db, attachment);
    audit({ entity: `attachment:${attachment.id}`, before: null, after: attachment });
    return attachment;
  },
  'attachments.list': ({ owner }, { db }) => listAttachments(db, owner),
  // The content stays in the store: another record (or an older filing) may share it.
  'attachments.remove': ({ id }, { db, audit }) => {
    const before = db.prepare('SELECT * FROM attachments WHERE id = ?').get(id) as AttachmentRow | undefined;
    const removed = db.prepare('DELETE FROM attachments WHERE id = ?').run(id).changes > 0;
    if (before) audit({ entity: `attachment:${id}`, before: toAttachment(before), after: null });
    return { removed };
  },
};

export const attachmentsData: DataSection<'attachments'> = {
  key: 'attachments',
  exportData: (db) => listAttachments(db),
  importData(db, attachments) {
    // One prepared statement for the whole list: a bulk import is the case that must stay fast.
    const insert = db.prepare('INSERT INTO attachments VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
    for (const a of attachments) insertAttachment(db, a, insert);
    return attachments.length;
  },
  clear: (db) => db.prepare('DELETE FROM attachments').run(),
};
