/** The plain mlps registers and their tables (see table.ts for the mapping). */
import type { TableSpec } from './table';

export const objectsTable: TableSpec = {
  table: 'mlps_objects',
  key: 'id',
  fields: [
    'id',
    'name',
    'number',
    'kind',
    'businessType',
    'businessDescription',
    'serviceScope',
    'serviceUsers',
    'networkCoverage',
    'interconnections',
    'keyProducts',
    'goLiveOn',
    'newSystem',
    'subsystem',
    'ownerDepartment',
    'hostedOn',
    'extensions',
    'dataCategories',
    'processesMuchPersonalInfo',
    'servesPublic',
  ],
  booleans: ['newSystem', 'subsystem', 'processesMuchPersonalInfo', 'servesPublic'],
  json: ['extensions', 'dataCategories'],
  orderBy: 'name, id',
};

export const remediationTable: TableSpec = {
  table: 'mlps_remediation',
  key: 'id',
  fields: ['id', 'objectId', 'itemId', 'title', 'owner', 'dueOn', 'status', 'cost', 'notes'],
  orderBy: 'due_on IS NULL, due_on, title, id',
};

export const recoveryTable: TableSpec = {
  table: 'mlps_recovery',
  key: 'objectId',
  fields: [
    'objectId',
    'level',
    'targetRtoMinutes',
    'targetRpoMinutes',
    'testedRtoMinutes',
    'testedRpoMinutes',
    'lastDrillOn',
    'notes',
    'elements',
  ],
  json: ['elements'],
  orderBy: 'object_id',
};

export const emergencyPlansTable: TableSpec = {
  table: 'mlps_emergency_plans',
  key: 'id',
  fields: ['id', 'title', 'scope', 'version', 'owner', 'approvedOn', 'reviewedOn', 'notes'],
  orderBy: 'title, id',
};

export const drillsTable: TableSpec = {
  table: 'mlps_drills',
  key: 'id',
  fields: ['id', 'planId', 'heldOn', 'scenario', 'participants', 'findings', 'improvements'],
  orderBy: 'held_on DESC, id',
};

export const risksTable: TableSpec = {
  table: 'mlps_risks',
  key: 'id',
  fields: ['id', 'title', 'objectId', 'description', 'rating', 'owner', 'measures', 'status', 'identifiedOn', 'reviewedOn'],
  orderBy: "CASE rating WHEN 'high' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END, title, id",
};

export const infoProtectionTable: TableSpec = {
  table: 'mlps_info_protection',
  key: 'id',
  fields: ['id', 'title', 'objectId', 'dataClass', 'holder', 'measures', 'reviewedOn'],
  orderBy: 'title, id',
};

export const dutiesTable: TableSpec = {
  table: 'mlps_duties',
  key: 'id',
  fields: ['id', 'role', 'title', 'person', 'objectId', 'department', 'appointedOn', 'notes'],
  orderBy: 'object_id IS NOT NULL, object_id, role, person, id',
};

export const majorHiddenRisksTable: TableSpec = {
  table: 'mlps_major_hidden_risks',
  key: 'id',
  fields: ['id', 'objectId', 'title', 'itemIds', 'principles', 'identifiedOn', 'remediated', 'remediatedOn', 'note'],
  booleans: ['remediated'],
  json: ['itemIds', 'principles'],
  orderBy: 'object_id, remediated, title, id',
};

/** Self-inspections and 保护工作方案 recorded as done, which satisfy the schedule's recurring items. */
export const scheduleRecordsTable: TableSpec = {
  table: 'mlps_schedule_records',
  key: 'id',
  fields: ['id', 'objectId', 'kind', 'doneOn', 'note'],
  orderBy: 'object_id, done_on DESC, id',
};
