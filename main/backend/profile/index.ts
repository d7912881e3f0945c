import type { DataSection, DomainHandlers } from '../context';
import { readProfile, writeProfile } from './repository';

export const profileHandlers: DomainHandlers<'profile'> = {
  'profile.get': (_input, { db }) => readProfile(db),
  'profile.save': (profile, { db, now, audit }) => {
    const before = readProfile(db);
    writeProfile(db, profile, now());
    const after = readProfile(db)!;
    audit({ entity: 'profile', before, after });
    return after;
  },
};

export const profileData: DataSection<'profile'> = {
  key: 'profile',
  exportData: (db) => readProfile(db),
  importData(db, profile) {
    if (!profile) return 0;
    writeProfile(db, profile, new Date());
    return 1;
  },
  clear: (db) => db.prepare('DELETE FROM profile').run(),
};
