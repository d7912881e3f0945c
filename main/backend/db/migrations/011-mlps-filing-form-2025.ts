import type { Migration } from '../migrate';
import { unitFormNumberOf, type LegacyFormNumber } from '../../../../shared/domain/mlps/filing';

/**
 * The 2025 filing form. The 11-digit number stored per system as 备案证明编号 was in fact the unit's 备案表编号
 * (the form's cover, docs/standards.md §2), and real certificate numbers such as `11010243001-26001` did not fit
 * it. So:
 * - the column becomes `form_number` (its 11-digit check still fits) and a free-text `certificate_number` is added;
 * - the unit's 备案表编号 moves to the new one-row `mlps_unit` (table 1 of the form beyond the profile): the number
 *   the systems share, or the most frequent (ties: the latest filed); a system that had another keeps it as the
 *   number it was filed under, so nothing entered is lost;
 * - `mlps_filing_form_fields` holds tables 2–3's coded options per object.
 * Self-contained: it only needs the mlps tables of migration 004.
 */
export const migration011MlpsFilingForm2025: Migration = {
  version: 11,
  name: 'mlps-filing-form-2025',
  up(db) {
    db.exec(`
      ALTER TABLE mlps_filings RENAME COLUMN filing_number TO form_number;
      ALTER TABLE mlps_filings ADD COLUMN certificate_number TEXT;
      CREATE TABLE mlps_unit (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        form_number TEXT CHECK (form_number IS NULL OR (length(form_number) = 11 AND form_number NOT GLOB '*[^0-9]*')),
        -- Table 1's particulars: one small record owned by the unit, never queried by field.
        details TEXT NOT NULL CHECK (json_valid(details))
      ) STRICT;
      CREATE TABLE mlps_filing_form_fields (
        object_id TEXT PRIMARY KEY REFERENCES mlps_objects (id) ON DELETE CASCADE,
        details TEXT NOT NULL CHECK (json_valid(details))
      ) STRICT;
    `);
    const legacy = db
      .prepare('SELECT form_number AS number, filed_on AS filedOn FROM mlps_filings WHERE form_number IS NOT NULL')
      .all() as LegacyFormNumber[];
    const unitNumber = unitFormNumberOf(legacy);
    if (unitNumber === null) return;
    db.prepare("INSERT INTO mlps_unit (id, form_number, details) VALUES (1, ?, '{}')").run(unitNumber);
    db.prepare('UPDATE mlps_filings SET form_number = NULL WHERE form_number = ?').run(unitNumber);
  },
};
