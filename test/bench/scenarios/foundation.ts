import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { createBackend } from '../../../main/backend';
import { startBridge, type BridgeBackend } from '../../../main/bridge/server';
import { makeTempDir, sampleProfile } from '../../support/workspace';
import { medianMs, timeMs, type Scenario } from '../harness';

const STARTS = 20;
const CALLS = 1000;

export const foundationScenarios: Scenario[] = [
  {
    name: 'backend cold start (open + migrate an empty workspace)',
    async run() {
      const root = makeTempDir('denggao-bench-');
      let n = 0;
      const figure = await medianMs(STARTS, () => createBackend({ dataDir: path.join(root, `w${n++}`) }).close());
      const baseline = await medianMs(STARTS, () => {
        const dir = path.join(root, `raw${n++}`);
        fs.mkdirSync(dir);
        const db = new Database(path.join(dir, 'raw.sqlite'));
        db.pragma('journal_mode = WAL');
        db.close();
      });
      fs.rmSync(root, { recursive: true, force: true });
      return { figure, baseline, unit: 'ms (median)', baselineLabel: 'raw better-sqlite3 open + WAL' };
    },
  },
  {
    name: `${CALLS} profile.get calls through the HTTP bridge`,
    async run() {
      const dir = makeTempDir('denggao-bench-');
      const backend = createBackend({ dataDir: dir });
      await backend.call('profile.save', sampleProfile());
      const staticDir = makeTempDir('denggao-bench-static-');
      const bridge = await startBridge({ backend: backend as unknown as BridgeBackend, staticDir });
      const headers = { 'Content-Type': 'application/json', 'X-Denggao-Token': bridge.token };
      const body = JSON.stringify({ method: 'profile.get', input: {} });
      const figure = await timeMs(async () => {
        for (let i = 0; i < CALLS; i++) await (await fetch(`${bridge.url}api/call`, { method: 'POST', headers, body })).json();
      });
      const baseline = await timeMs(async () => {
        for (let i = 0; i < CALLS; i++) await backend.call('profile.get', {});
      });
      await bridge.close();
      backend.close();
      fs.rmSync(dir, { recursive: true, force: true });
      fs.rmSync(staticDir, { recursive: true, force: true });
      return {
        figure,
        baseline,
        unit: `ms for ${CALLS}`,
        baselineLabel: 'direct backend.call',
        extra: { 'per call (ms)': +(figure / CALLS).toFixed(3) },
      };
    },
  },
];
