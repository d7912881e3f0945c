/**
 * Graded protection at scale: 500 level-3 objects, each with a status for every one of its 211 items, a filing
 * and a remediation task. Each figure goes through the backend's edge (validation included); its baseline reads
 * the same rows with raw SQL on a second connection.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { createBackend, type Backend } from '../../../main/backend';
import { gbt22239Catalog } from '../../../shared/catalogs/mlps/gbt22239-2019';
import { DATA_FORMAT_VERSION } from '../../../shared/contract/data';
import type { MlpsData } from '../../../shared/contract/mlps/records';
import { ITEM_STATUSES, RISK_RATINGS } from '../../../shared/contract/mlps/schemas';
import { mlpsSchedule } from '../../../shared/catalogs/mlps/schedule';
import { addMonths } from '../../../shared/domain/mlps';
import { makeTempDir } from '../../support/workspace';
import { medianMs, timeMs, type Scenario } from '../harness';

const OBJECTS = 500;
const RUNS = 20;
const DASHBOARD_TARGET_MS = 50;

interface Fixture {
  backend: Backend;
  raw: Database.Database;
  objectIds: string[];
  setupMs: number;
}

/** Deterministic statuses: a fixed mix of compliant, partial and non-compliant, with risks on the gaps. */
function fixtureData(): MlpsData {
  const items = gbt22239Catalog.items.filter((item) => item.level === 3 && item.set === 'general');
  const objects: MlpsData['objects'] = [];
  const assessments: MlpsData['assessments'] = [];
  const remediation: MlpsData['remediation'] = [];
  for (let n = 0; n < OBJECTS; n++) {
    const id = `obj-${String(n).padStart(4, '0')}`;
    objects.push({
      id,
      name: `系统 ${n}`,
      number: `SYS-${n}`,
      kind: 'information-system',
      businessType: '',
      businessDescription: '',
      serviceScope: '',
      serviceUsers: '',
      networkCoverage: '',
      interconnections: '',
      keyProducts: '',
      newSystem: false,
      subsystem: false,
      ownerDepartment: '',
      extensions: [],
      dataCategories: [],
      processesMuchPersonalInfo: false,
      servesPublic: false,
      materialChange: null,
      grading: {
        business: { object: 'society', degree: 'serious' },
        service: { object: 'citizen', degree: 'general' },
        gradedOn: '2024-03-01',
      },
      filing: {
        authority: '公安机关',
        filedOn: `2024-${String((n % 12) + 1).padStart(2, '0')}-15`,
        assessments: [{ completedOn: '2025-01-10', agency: '' }],
      },
    });
    assessments.push({
      objectId: id,
      items: items.map((item, index) => {
        const status = ITEM_STATUSES[(index + n) % 7 === 0 ? 2 : (index + n) % 5 === 0 ? 1 : 0]!;
        return { itemId: item.id, status, ...(status === 'compliant' ? {} : { risk: RISK_RATINGS[(index + n) % 3]! }), note: '' };
      }),
      controlPoints: [],
    });
    remediation.push({
      id: `task-${n}`,
      objectId: id,
      itemId: items[0]!.id,
      title: `整改 ${n}`,
      owner: '',
      status: 'open',
      notes: '',
      dueOn: '2025-12-31',
    });
  }
  return {
    objects,
    unit: null,
    filingForms: [],
    assessments,
    remediation,
    recovery: [],
    emergencyPlans: [],
    drills: [],
    risks: [],
    majorHiddenRisks: [],
    scheduleRecords: [],
    infoProtection: [],
    duties: [],
    catalogs: [],
    activeCatalog: null,
  };
}

let fixture: Promise<Fixture> | null = null;

function getFixture(): Promise<Fixture> {
  fixture ??= (async () => {
    const dir = makeTempDir('denggao-bench-mlps-');
    process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
    const backend = createBackend({ dataDir: dir });
    const document = { formatVersion: DATA_FORMAT_VERSION as typeof DATA_FORMAT_VERSION, profile: null, mlps: fixtureData() };
    let result: Awaited<ReturnType<Backend['call']>> | undefined;
    const setupMs = await timeMs(async () => {
      result = await backend.call('workspace.importData', document);
    });
    if (!result?.ok) throw new Error(`fixture import failed: ${JSON.stringify(result)}`);
    const raw = new Database(path.join(dir, 'denggao.sqlite'), { readonly: true });
    return { backend, raw, objectIds: document.mlps.objects.map((object) => object.id), setupMs };
  })();
  return fixture;
}

async function ok<T>(promise: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>): Promise<T> {
  const result = await promise;
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

export const mlpsScenarios: Scenario[] = [
  {
    name: `mlps dashboard summary, ${OBJECTS} level-3 objects`,
    async run() {
      const { backend, raw, setupMs } = await getFixture();
      const summary = await ok(backend.call('mlps.dashboard', {}));
      const figure = await medianMs(RUNS, () => backend.call('mlps.dashboard', {}));
      const dueRows = raw.prepare(
        `SELECT d.object_id, o.name, g.level, d.kind, d.due FROM mlps_due d JOIN mlps_objects o ON o.id = d.object_id
         JOIN mlps_gradings g ON g.object_id = d.object_id WHERE d.done = 0 AND d.due <= ? ORDER BY d.due, o.name`,
      );
      const scoreRows = raw.prepare(
        'SELECT s.*, o.name FROM mlps_scores s JOIN mlps_objects o ON o.id = s.object_id WHERE s.score IS NOT NULL ORDER BY s.score LIMIT 10',
      );
      const taskRows = raw.prepare("SELECT * FROM mlps_remediation WHERE status IN ('open', 'in-progress') ORDER BY due_on LIMIT 10");
      const baseline = await medianMs(RUNS, () => {
        dueRows.all(addMonths(summary.today, mlpsSchedule.renewalWindowMonths + 1));
        scoreRows.all();
        taskRows.all();
      });
      return {
        figure,
        baseline,
        unit: 'ms (median)',
        baselineLabel: 'raw SQL of the same rows',
        extra: {
          [`target ≤ ${DASHBOARD_TARGET_MS} ms`]: figure <= DASHBOARD_TARGET_MS ? 'met' : 'MISSED',
          'overdue items': summary.dueCounts.overdue,
          'fixture import (ms)': Math.round(setupMs),
        },
      };
    },
  },
  {
    name: `mlps scoring all ${OBJECTS} objects (211 statuses each)`,
    async run() {
      const { backend, raw, objectIds } = await getFixture();
      const figure = await timeMs(async () => {
        for (const objectId of objectIds) await ok(backend.call('mlps.score', { objectId }));
      });
      const rows = raw.prepare('SELECT item_id, status, risk, note FROM mlps_item_statuses WHERE object_id = ? ORDER BY item_id');
      const baseline = await timeMs(() => {
        for (const objectId of objectIds) rows.all(objectId);
      });
      return {
        figure,
        baseline,
        unit: `ms for ${OBJECTS}`,
        baselineLabel: 'raw SQL select of the same statuses',
        extra: { 'per object (ms)': +(figure / OBJECTS).toFixed(3) },
      };
    },
  },
  {
    name: "mlps loading one object's 211 items for the assessment page",
    async run() {
      const { backend, raw, objectIds } = await getFixture();
      const objectId = objectIds[Math.floor(objectIds.length / 2)]!;
      const view = await ok(backend.call('mlps.getAssessment', { objectId }));
      const figure = await medianMs(RUNS, () => backend.call('mlps.getAssessment', { objectId }));
      const rows = raw.prepare('SELECT item_id, status, risk, note FROM mlps_item_statuses WHERE object_id = ? ORDER BY item_id');
      const baseline = await medianMs(RUNS, () => rows.all(objectId));
      return {
        figure,
        baseline,
        unit: 'ms (median)',
        baselineLabel: 'raw SQL select of its 211 statuses',
        extra: { items: view.items.length, 'reply (KB)': Math.round(JSON.stringify(view).length / 1024) },
      };
    },
  },
];
