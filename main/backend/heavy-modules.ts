/// <reference path="./reports/render/fontkit.d.ts" />
/**
 * Heavy libraries, loaded on first use instead of at start-up.
 *
 * Every command of the CLI and the backend worker load the whole backend, so a static import makes
 * `denggao profile show` pay for exceljs, echarts and fontkit (about 0.6 s together) although it never
 * writes a spreadsheet or draws a chart. Modules import the types with `import type` (erased) and take the
 * values from these getters when they need them. The bench's start-up scenario measures the effect.
 */
import type ExcelJSModule from 'exceljs';
import type * as EChartsModule from 'echarts';
import type * as FontkitModule from 'fontkit';
import type * as X509Module from '@peculiar/x509';
import type * as SmCryptoModule from 'sm-crypto-v2';
import { webcrypto } from 'node:crypto';
import { createRequire } from 'node:module';

/** A getter that loads once, on its first call. */
function loadedOnFirstUse<T>(load: () => T): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= load());
}

// A require (not `await import`) keeps the callers synchronous. It is made from this module's URL so that it
// works wherever the backend runs: the CommonJS bundles (scripts/build-main.mjs defines import.meta.url there),
// vitest, and tsx's ES modules (the bench, the fuzz and crash runs), where no global require exists.
const require = createRequire(import.meta.url);
export const exceljs = loadedOnFirstUse(() => require('exceljs') as typeof ExcelJSModule);
export const echarts = loadedOnFirstUse(() => require('echarts') as typeof EChartsModule);
export const fontkit = loadedOnFirstUse(() => require('fontkit') as typeof FontkitModule);
export const smCrypto = loadedOnFirstUse(() => require('sm-crypto-v2') as typeof SmCryptoModule);

/** @peculiar/x509 (with tsyringe and reflect-metadata, the heaviest of all), set to run on Node's WebCrypto. */
export const x509 = loadedOnFirstUse(() => {
  require('reflect-metadata'); // x509's dependency injection needs it loaded first
  const loaded = require('@peculiar/x509') as typeof X509Module;
  // Node's WebCrypto is the standard one, but the library types it as the DOM's Crypto: hence `as never`.
  loaded.cryptoProvider.set(webcrypto as never);
  return loaded;
});
