import type { DataSection, DomainHandlers } from '../context';
import { readProfile, writeProfile } from './repository';

export const profileHandlers: DomainHandlers<'profile'> = {
  'profile.get': (_input, { db }) => readProfile(db),
  'profile.save': (profile, { db, now }) => {
    db.transaction(() => writeProfile(db, profile, now()))();
    return readProfile(db)!;
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
