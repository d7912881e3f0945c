import type Database from 'better-sqlite3';
import type { Profile } from '../../../shared/contract/profile/schemas';

interface ProfileRow {
  name: string;
  uscc: string;
  address: string;
  region_code: string;
  industry: string;
  unit_type: Profile['unitType'];
  role: Profile['role'];
  group_name: string;
  group_uscc: string;
  legal_representative: string;
  department: string;
  contact_name: string;
  contact_phone: string;
  contact_email: string;
}

export function readProfile(db: Database.Database): Profile | null {
  const row = db.prepare('SELECT * FROM profile WHERE id = 1').get() as ProfileRow | undefined;
  if (!row) return null;
  return {
    name: row.name,
    uscc: row.uscc,
    address: row.address,
    regionCode: row.region_code,
    industry: row.industry,
    unitType: row.unit_type,
    role: row.role,
    group: { name: row.group_name, uscc: row.group_uscc },
    legalRepresentative: row.legal_representative,
    department: row.department,
    contact: { name: row.contact_name, phone: row.contact_phone, email: row.contact_email },
  };
}

export function writeProfile(db: Database.Database, profile: Profile, updatedAt: Date): void {
  db.prepare(
    `INSERT INTO profile (id, name, uscc, address, region_code, industry, unit_type, role, group_name, group_uscc,
       legal_representative, department, contact_name, contact_phone, contact_email, updated_at)
     VALUES (1, @name, @uscc, @address, @regionCode, @industry, @unitType, @role, @groupName, @groupUscc,
       @legalRepresentative, @department, @contactName, @contactPhone, @contactEmail, @updatedAt)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, uscc = excluded.uscc, address = excluded.address,
       region_code = excluded.region_code, industry = excluded.industry, unit_type = excluded.unit_type,
       role = excluded.role, group_name = excluded.group_name, group_uscc = excluded.group_uscc,
       legal_representative = excluded.legal_representative, department = excluded.department,
       contact_name = excluded.contact_name, contact_phone = excluded.contact_phone,
       contact_email = excluded.contact_email, updated_at = excluded.updated_at`,
  ).run({
    name: profile.name,
    uscc: profile.uscc,
    address: profile.address,
    regionCode: profile.regionCode,
    industry: profile.industry,
    unitType: profile.unitType,
    role: profile.role,
    groupName: profile.group.name,
    groupUscc: profile.group.uscc,
    legalRepresentative: profile.legalRepresentative,
    department: profile.department,
    contactName: profile.contact.name,
    contactPhone: profile.contact.phone,
    contactEmail: profile.contact.email,
    updatedAt: updatedAt.toISOString(),
  });
}
