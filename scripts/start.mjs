// `npm start`: the desktop app when an Electron runtime is installed (or can be fetched); otherwise the same
// app served on 127.0.0.1 by the development bridge, with a plain message saying so and the URL to open.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { electronInstallScript, installedElectronBinary } from './electron-binary.mjs';

function electronBinary() {
  const installed = installedElectronBinary();
  if (installed || process.env.DENGGAO_NO_ELECTRON_DOWNLOAD || !fs.existsSync(electronInstallScript)) return installed;
  // electron ≥ 42 fetches its binary on first use; try once, briefly, then fall back.
  spawnSync(process.execPath, [electronInstallScript], { stdio: 'ignore', timeout: 120_000 });
  return installedElectronBinary();
}

const binary = electronBinary();
let child;
if (binary) {
  child = spawn(binary, ['.'], { stdio: 'inherit' });
} else {
  process.stdout.write(
    'Electron runtime not available on this machine (the electron package has no binary and none could be fetched).\n' +
      'Serving Denggao on this computer instead: open the one-time launch URL below in a browser.\n' +
      '未找到 Electron 运行时：改为在本机提供服务，请在浏览器中打开下面的一次性启动地址。\n',
  );
  child = spawn(process.execPath, ['dist/main/bridge.cjs', ...process.argv.slice(2)], { stdio: 'inherit' });
}
child.on('exit', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
