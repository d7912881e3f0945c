#!/usr/bin/env node
// The system packages the test suite needs, said up front: without them the suite would fail minutes in
// (Playwright without a browser, report tests without pdftotext, filing tests without openssl).
// One list, used by `npm test` (stop with the install command) and by .ci/run (`--missing` prints what
// to install). Node built-ins only: .ci/run calls this before `npm ci`.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

/** Each Debian package with the test that tells whether this machine already has it. */
const REQUIRED = [
  {
    pkg: 'chromium',
    why: "Playwright drives Debian's Chromium",
    present: () => existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'),
  },
  {
    pkg: 'fonts-noto-cjk',
    why: 'Chinese text in the browser tests',
    present: () => existsSync('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'),
  },
  { pkg: 'poppler-utils', why: 'pdftotext reads the PDF reports back', present: () => onPath('pdftotext') },
  { pkg: 'openssl', why: 'filing signatures are checked against OpenSSL', present: () => onPath('openssl') },
];

function onPath(command) {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const missing = REQUIRED.filter((requirement) => !requirement.present());

if (process.argv.includes('--missing')) {
  process.stdout.write(missing.map((requirement) => requirement.pkg).join(' '));
  process.exit(0);
}
if (missing.length > 0) {
  const lines = missing.map((requirement) => `  ${requirement.pkg.padEnd(15)} ${requirement.why}`);
  process.stderr.write(
    `The tests need system packages this machine lacks:\n${lines.join('\n')}\n\n` +
      `Install them with:\n  sudo apt-get install -y ${missing.map((requirement) => requirement.pkg).join(' ')}\n`,
  );
  process.exit(1);
}
