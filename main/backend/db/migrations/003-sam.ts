import type { Migration } from '../migrate';

/**
 * Software asset management: products, entitlements, installations, devices and users, and saved import
 * mappings. Each register row carries its natural key (`nkey`, shared/contract/sam/schemas.ts) under a
 * unique index: an import upserts on it, and the same record can never be stored twice. Records are flat,
 * as spreadsheets are: an installation names its product by publisher, name, version and edition.
 */
export const migration003Sam: Migration = {
  version: 3,
  name: 'sam',
  up(db) {
    db.exec(`
      CREATE TABLE sam_products (
        id INTEGER PRIMARY KEY,
        nkey TEXT NOT NULL,
        publisher TEXT NOT NULL,
        name TEXT NOT NULL,
        version TEXT NOT NULL,
        edition TEXT NOT NULL,
        category TEXT NOT NULL,
        licence_type TEXT NOT NULL CHECK (licence_type IN ('commercial', 'subscription', 'free-open-source', 'oem')),
        licence_name TEXT NOT NULL,
        swid_tag_id TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX sam_products_nkey ON sam_products (nkey);

      CREATE TABLE sam_entitlements (
        id INTEGER PRIMARY KEY,
        nkey TEXT NOT NULL,
        publisher TEXT NOT NULL,
        name TEXT NOT NULL,
        version TEXT NOT NULL,
        edition TEXT NOT NULL,
        metric TEXT NOT NULL,
        quantity INTEGER CHECK (quantity IS NULL OR quantity >= 0),
        scope_kind TEXT NOT NULL CHECK (scope_kind IN ('enterprise', 'subsidiary', 'department')),
        scope_name TEXT NOT NULL,
        term TEXT NOT NULL CHECK (term IN ('perpetual', 'subscription')),
        start TEXT,
        end TEXT,
        unit_cost REAL CHECK (unit_cost IS NULL OR unit_cost >= 0),
        total_cost REAL CHECK (total_cost IS NULL OR total_cost >= 0),
        currency TEXT NOT NULL,
        purchase_order TEXT NOT NULL,
        contract TEXT NOT NULL,
        vendor TEXT NOT NULL,
        asset_number TEXT NOT NULL,
        downgrade_rights INTEGER NOT NULL CHECK (downgrade_rights IN (0, 1)),
        CHECK (start IS NULL OR end IS NULL OR end >= start)
      ) STRICT;
      CREATE UNIQUE INDEX sam_entitlements_nkey ON sam_entitlements (nkey);
      CREATE INDEX sam_entitlements_product ON sam_entitlements (publisher, name);
      CREATE INDEX sam_entitlements_end ON sam_entitlements (end) WHERE end IS NOT NULL;

      CREATE TABLE sam_installations (
        id INTEGER PRIMARY KEY,
        nkey TEXT NOT NULL,
        publisher TEXT NOT NULL,
        name TEXT NOT NULL,
        version TEXT NOT NULL,
        edition TEXT NOT NULL,
        device TEXT NOT NULL,
        user TEXT NOT NULL,
        department TEXT NOT NULL,
        subsidiary TEXT NOT NULL,
        install_date TEXT,
        cores INTEGER CHECK (cores IS NULL OR cores > 0),
        source TEXT NOT NULL,
        CHECK (device <> '' OR user <> '')
      ) STRICT;
      CREATE UNIQUE INDEX sam_installations_nkey ON sam_installations (nkey);
      CREATE INDEX sam_installations_product ON sam_installations (publisher, name);
      CREATE INDEX sam_installations_device ON sam_installations (device);

      CREATE TABLE sam_devices (
        id INTEGER PRIMARY KEY,
        nkey TEXT NOT NULL,
        name TEXT NOT NULL,
        department TEXT NOT NULL,
        subsidiary TEXT NOT NULL,
        cores INTEGER CHECK (cores IS NULL OR cores > 0),
        asset_number TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX sam_devices_nkey ON sam_devices (nkey);

      CREATE TABLE sam_users (
        id INTEGER PRIMARY KEY,
        nkey TEXT NOT NULL,
        name TEXT NOT NULL,
        department TEXT NOT NULL,
        subsidiary TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX sam_users_nkey ON sam_users (nkey);

      CREATE TABLE sam_mapping_profiles (
        name TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('products', 'entitlements', 'installations')),
        columns TEXT NOT NULL
      ) STRICT;
    `);
  },
};
