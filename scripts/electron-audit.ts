/**
 * `npm run electron-audit` (part of `npm test`): Electronegativity over the Electron door — main/electron,
 * main/common (the CSP), renderer/index.html and package.json (the Electron version). Every finding must
 * be fixed or justified in main/electron/electronegativity-allowlist.json (a reason per check and file);
 * a finding not there, or an allowlist entry nothing matches any more, fails the run.
 */
import { auditElectron, formatAudit } from '../test/electron/electronegativity';

const result = await auditElectron();
process.stdout.write(`${formatAudit(result)}\n`);
process.exitCode = result.unexplained.length === 0 && result.stale.length === 0 && result.errors.length === 0 ? 0 : 1;
