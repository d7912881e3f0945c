import os from 'node:os';
import path from 'node:path';

export const PRODUCT_NAME = 'Denggao';

/**
 * The per-user data folder, the same one Electron's app.getPath('userData') gives for our product name, so
 * the desktop app and the CLI see one workspace. DENGGAO_DATA_DIR overrides it for both.
 */
export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home = os.homedir(),
): string {
  if (env.DENGGAO_DATA_DIR) return path.resolve(env.DENGGAO_DATA_DIR);
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', PRODUCT_NAME);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), PRODUCT_NAME);
}
