/**
 * Child process of the filing bench: exports or verifies one package and reports its own time and peak
 * RSS (so the parent's memory does not blur the figure). Usage: filing-child.ts '<json options>'.
 */
import { loadSigningKeys } from '../../main/backend/filing/keys';
import { verifyPackage } from '../../main/backend/filing/package-reader';
import { writePackage } from '../../main/backend/filing/package-writer';

interface Options {
  mode: 'export' | 'verify';
  out: string;
  keyDir: string;
  passphrase: string;
  files: string[];
  trust: string;
}

const options = JSON.parse(process.argv[2] ?? '{}') as Options;
let ms: number;
let detail: unknown;
let rssBeforeMb = 0;
if (options.mode === 'export') {
  // Decrypting the keys runs scrypt with 128 MiB of memory: part of a real export's peak, reported apart.
  const keys = await loadSigningKeys(options.keyDir, options.passphrase);
  rssBeforeMb = process.memoryUsage().rss / 1024 ** 2;
  const start = performance.now();
  const result = await writePackage({
    outFile: options.out,
    meta: {
      generator: { name: 'Denggao', version: 'bench' },
      enterprise: { name: '基准测试企业', uscc: '91110000100017643K' },
      period: '2025',
      catalogs: [],
    },
    sources: [
      { path: 'data/workspace.json', data: Buffer.from('{"formatVersion":1}') },
      ...options.files.map((file, index) => ({ path: `attachments/file-${index}.bin`, file })),
    ],
    keys,
  });
  ms = performance.now() - start;
  detail = { packageBytes: result.packageBytes };
} else {
  rssBeforeMb = process.memoryUsage().rss / 1024 ** 2;
  const start = performance.now();
  const result = await verifyPackage(options.out, { trust: { certificates: [options.trust] } });
  ms = performance.now() - start;
  detail = { valid: result.valid, errors: result.errors.map((e) => e.code) };
}
process.stdout.write(JSON.stringify({ ms, maxRssMb: process.resourceUsage().maxRSS / 1024, rssBeforeMb, detail }));
