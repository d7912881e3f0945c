import crypto from 'node:crypto';
import os from 'node:os';
import path from 'node:path';

/**
 * The one-time launch code the bridge of this run accepts: chosen here, given to the bridge through its
 * environment (DENGGAO_BRIDGE_LAUNCH_CODE), spent by global-setup.ts. Playwright loads the config in every
 * worker process; the environment carries the first choice to all of them.
 */
process.env.DENGGAO_E2E_LAUNCH_CODE ??= crypto.randomBytes(24).toString('hex');
export const E2E_LAUNCH_CODE = process.env.DENGGAO_E2E_LAUNCH_CODE;
export const E2E_STORAGE_STATE = path.join(os.tmpdir(), `denggao-e2e-session-${E2E_LAUNCH_CODE.slice(0, 12)}.json`);
