/**
 * Child process of the audit-log memory bench: makes a workspace whose audit log is about `mb` MB, or runs
 * one reader of it and reports its own time and peak RSS (so the parent's memory does not blur the figure).
 * Usage: audit-child.ts make DIR MB | audit-child.ts idle|verify|export|receive DIR
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { createBackend } from '../../main/backend';
import { checkAuditLogStream } from '../../main/backend/audit/json-stream';
import { appendAuditEntry, verifyStoredAuditChain, writeAuditChainFile } from '../../main/backend/audit/log';

const [mode, dir, mb] = process.argv.slice(2) as [string, string, string | undefined];
const logFile = path.join(dir, 'log.json');

/** Entries like a busy year of profile edits: about 1.3 KB each with their values before and after. */
function makeLog(db: Database.Database, bytes: number): number {
  let entries = 0;
  db.transaction(() => {
    for (let written = 0; written < bytes; written += 1300, entries++) {
      const value = {
        name: `示例集团第${entries}分公司`,
        department: `信息化部 ${entries}`,
        note: 'x'.repeat(400),
        list: [entries, entries + 1],
      };
      appendAuditEntry(db, {
        at: new Date(1_700_000_000_000 + entries * 1000).toISOString(),
        actor: '李晓华',
        method: 'profile.save',
        entity: 'profile',
        before: value,
        after: { ...value, department: '数字化部' },
      });
    }
  })();
  return entries;
}

let peak = process.memoryUsage().rss;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
const start = performance.now();
let detail: unknown = null;
const backend = createBackend({ dataDir: dir }); // creates and migrates the workspace on 'make'
const file = backend.databaseFile;
backend.close();
const db = new Database(file);
if (mode === 'make') detail = { entries: makeLog(db, Number(mb) * 1024 ** 2), logBytes: writeAuditChainFile(db, logFile) };
else if (mode === 'verify') detail = verifyStoredAuditChain(db).ok;
else if (mode === 'export') {
  const out = path.join(dir, `export-${process.pid}.json`);
  detail = writeAuditChainFile(db, out);
  fs.rmSync(out);
} else if (mode === 'receive') {
  const result = await checkAuditLogStream(fs.createReadStream(logFile, { highWaterMark: 1024 * 1024 }));
  detail = result.ok && result.chain.ok;
}
db.close();
clearInterval(sampler);
peak = Math.max(peak, process.resourceUsage().maxRSS * 1024);
process.stdout.write(JSON.stringify({ ms: performance.now() - start, peakRssMb: peak / 1024 ** 2, detail }));
