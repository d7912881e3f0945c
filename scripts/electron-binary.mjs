// Where the Electron binary is, without triggering the electron package's on-demand download (its
// index.js downloads when the binary is missing, which cannot work on an offline machine).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const electronDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'node_modules', 'electron');

export function installedElectronBinary() {
  const pathFile = path.join(electronDir, 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const relative = fs.readFileSync(pathFile, 'utf8').trim();
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(electronDir, 'dist');
  const binary = path.join(distDir, relative);
  return fs.existsSync(binary) ? binary : null;
}

export const electronInstallScript = path.join(electronDir, 'install.js');
