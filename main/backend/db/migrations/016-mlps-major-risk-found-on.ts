import type { Migration } from '../migrate';

/**
 * When a major hidden risk was found (发现日期), so a remediation date before it can be refused. Optional:
 * risks recorded before this column keep no date, and nothing is compared for them.
 */
export const migration016MlpsMajorRiskFoundOn: Migration = {
  version: 16,
  name: 'mlps-major-risk-found-on',
  up(db) {
    db.exec('ALTER TABLE mlps_major_hidden_risks ADD COLUMN identified_on TEXT');
  },
};
