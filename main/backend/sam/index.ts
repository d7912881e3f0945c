import type Database from 'better-sqlite3';
import type { SamData } from '../../../shared/contract/sam/data';
import { SAM_REGISTERS, type SamRegister, type SamRegisterRecordOf } from '../../../shared/contract/sam/schemas';
import type { DataSection, DomainHandlers } from '../context';
import { exportTable } from './export-jobs';
import { commit, dryRun, prepare } from './import-jobs';
import { withKeptNames } from './import-products';
import { computePosition, dashboardSummary, estateIndex, invalidateEstate } from './position';
import { positionFromIndex } from '../../../shared/domain/sam/position';
import { snapshotOf } from '../../../shared/domain/sam/snapshot';
import { translate } from '../../../shared/i18n';
import { localIsoDate } from '../dates';
import { assertRegisterWithin } from '../limits';
import {
  aliasDictionary,
  allRecords,
  clearRegisters,
  countRecords,
  deleteProfile,
  deleteRecords,
  editedAliasDictionary,
  insertSnapshot,
  listProfiles,
  listRecords,
  listSnapshots,
  saveAliasDictionary,
  saveProfile,
  saveRecord,
  upsertRecords,
} from './repository';

/** Runs a write to the SAM tables (inside the backend's transaction) and drops the cached estate afterwards. */
function write<T>(db: Database.Database, work: () => T): T {
  try {
    return work();
  } finally {
    invalidateEstate(db);
  }
}

export const samHandlers: DomainHandlers<'sam'> = {
  'sam.list': (query, { db }) => ({ register: query.register, ...listRecords(db, query) }) as never,
  'sam.save': (input, { db, locale }) => {
    if (input.id === undefined)
      assertRegisterWithin(countRecords(db, input.register) + 1, translate(locale, `sam.kind.${input.register}`), 'record');
    const record = input.register === 'devices' || input.register === 'users' ? input.record : withKeptNames(db, input.record);
    return { id: write(db, () => saveRecord(db, input.register, record as never, input.id)) };
  },
  'sam.delete': ({ register, ids }, { db }) => ({ deleted: write(db, () => deleteRecords(db, register, ids)) }),
  'sam.import.prepare': (spec) => prepare(spec),
  'sam.import.dryRun': (spec, ctx) => dryRun(ctx.db, spec, ctx),
  // Holds its own transaction (contract: transaction 'handler') open across the file's reads
  'sam.import.commit': async (input, ctx) => commit(ctx.db, input, ctx),
  'sam.profiles.list': ({ kind }, { db }) => listProfiles(db, kind),
  'sam.profiles.save': (profile, { db }) => {
    saveProfile(db, profile);
    return profile;
  },
  'sam.profiles.delete': ({ name }, { db }) => ({ deleted: deleteProfile(db, name) }),
  'sam.aliases.get': (_input, { db }) => {
    const edited = editedAliasDictionary(db);
    return { edited: edited !== null, dictionary: edited ?? aliasDictionary(db) };
  },
  'sam.aliases.save': ({ dictionary }, { db }) => {
    saveAliasDictionary(db, dictionary);
    return { edited: dictionary !== null };
  },
  'sam.position': ({ scope, today }, { db, now, locale }) => computePosition(db, { today: today ?? localIsoDate(now()), scope, locale }),
  'sam.snapshots.take': ({ note }, { db, now }) => {
    const taken = now();
    const snapshot = snapshotOf(positionFromIndex(estateIndex(db), localIsoDate(taken)), taken.toISOString(), note ?? '');
    insertSnapshot(db, snapshot);
    return snapshot;
  },
  'sam.snapshots.list': (_input, { db }) => listSnapshots(db),
  'sam.summary': ({ today }, { db, now }) => dashboardSummary(db, today ?? localIsoDate(now())),
  'sam.export': (input, ctx) =>
    exportTable(ctx.db, input, ctx, () =>
      computePosition(ctx.db, { today: localIsoDate(ctx.now()), scope: input.scope, locale: ctx.locale }),
    ),
};

export const samData: DataSection<'sam'> = {
  key: 'sam',
  exportData(db): SamData {
    const registers = Object.fromEntries(SAM_REGISTERS.map((register) => [register, allRecords(db, register)])) as {
      [R in SamRegister]: SamRegisterRecordOf[R][];
    };
    return { ...registers, mappingProfiles: listProfiles(db), aliases: editedAliasDictionary(db), snapshots: listSnapshots(db) };
  },
  importData(db, data) {
    let written = 0;
    for (const register of SAM_REGISTERS)
      written += upsertRecords(db, register, (data[register] as SamRegisterRecordOf[SamRegister][]).map((record) => ({ record })) as never);
    for (const profile of data.mappingProfiles) saveProfile(db, profile);
    if (data.aliases !== null) saveAliasDictionary(db, data.aliases);
    for (const snapshot of data.snapshots) insertSnapshot(db, snapshot);
    invalidateEstate(db);
    return written + data.mappingProfiles.length + data.snapshots.length;
  },
  clear(db) {
    clearRegisters(db);
    db.prepare('DELETE FROM sam_mapping_profiles').run();
    saveAliasDictionary(db, null);
    invalidateEstate(db);
  },
};
