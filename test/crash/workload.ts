/**
 * The crash test's child process: opens the workspace and writes forever — whole-workspace imports of a
 * large document, profile edits, attachments added and removed — until the parent kills it with SIGKILL.
 * It reports each step on stdout with synchronous writes, so the parent knows what a kill interrupted.
 * Usage: node workload.cjs DATA_DIR SEED PROFILE_JSON
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createBackend } from '../../main/backend';
import type { Profile } from '../../shared/contract/profile/schemas';
import { EDIT_OWNER, generationOf, importDocument } from './plan';

const [dataDir, seedText, profileFile] = process.argv.slice(2) as [string, string, string];
const baseProfile = JSON.parse(fs.readFileSync(profileFile, 'utf8')) as Profile;
let state = Number(seedText) >>> 0 || 1;
/** xorshift32: the child's choices follow from the seed, so a run can be replayed. */
const random = () => {
  state ^= state << 13;
  state ^= state >>> 17;
  state ^= state << 5;
  return (state >>> 0) / 0x100000000;
};
const say = (line: string) => fs.writeSync(1, `${line}\n`);

async function main(): Promise<void> {
  const backend = createBackend({ dataDir });
  const unwrap = <T>(result: { ok: true; value: T } | { ok: false; error: { code: string; message: string } }): T => {
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.value;
  };
  await backend.call('workspace.saveSettings', { actorName: '崩溃测试', backupKeepCount: 3 });
  say('ready');
  const added: string[] = [];
  for (let step = 0; ; step++) {
    const roll = random();
    const profile = unwrap(await backend.call('profile.get', {}));
    if (roll < 0.35 || !profile) {
      const generation = generationOf(profile?.name) + 1;
      say(`import ${generation}`);
      unwrap(await backend.call('workspace.importData', importDocument(generation, { ...baseProfile }) as never));
      say(`imported ${generation}`);
    } else if (roll < 0.7) {
      say('edit profile');
      unwrap(await backend.call('profile.save', { ...profile, department: `部门-${step}` }));
    } else if (roll < 0.85) {
      say('add attachment');
      const file = path.join(dataDir, `evidence-${crypto.randomUUID()}.txt`);
      fs.writeFileSync(file, crypto.randomBytes(1 + Math.floor(random() * 64 * 1024)));
      added.push(unwrap(await backend.call('attachments.add', { path: file, owner: { domain: EDIT_OWNER, entityId: String(step) } })).id);
      fs.rmSync(file);
    } else if (added.length > 0) {
      say('remove attachment');
      unwrap(await backend.call('attachments.remove', { id: added.shift()! }));
    }
  }
}

main().catch((error: unknown) => {
  say(`error ${String(error)}`);
  process.exit(3);
});
