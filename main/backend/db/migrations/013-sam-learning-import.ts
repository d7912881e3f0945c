import type { Migration } from '../migrate';

/**
 * The import that learns the user's spreadsheet (issue 16): a saved mapping keeps the user's value
 * mappings (站点授权 → site) and constant columns beside its columns, and the publisher and product alias
 * dictionary a user edits is kept whole (one row; absent = the shipped dictionary). Profiles saved before
 * keep their columns and get no value mappings or constants.
 */
export const migration013SamLearningImport: Migration = {
  version: 13,
  name: 'sam-learning-import',
  up(db) {
    db.exec(`
      ALTER TABLE sam_mapping_profiles ADD COLUMN value_maps TEXT NOT NULL DEFAULT '{}';
      ALTER TABLE sam_mapping_profiles ADD COLUMN constants TEXT NOT NULL DEFAULT '{}';

      CREATE TABLE sam_alias_dictionary (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        body TEXT NOT NULL
      ) STRICT;
    `);
  },
};
