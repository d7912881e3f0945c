/**
 * Graded protection (等级保护) methods: the register, grading, filing and schedule, the control catalog, gap
 * assessment and remediation, the action plan export, the enterprise mechanisms, the filing form's data and the
 * dashboard summary.
 */
import { z } from 'zod';
import { method } from '../core';
import { pathField } from '../path-fields';
import {
  assessmentViewSchema,
  catalogItemViewSchema,
  catalogRefSchema,
  catalogSummarySchema,
  dashboardSchema,
  drillFieldsSchema,
  drillSchema,
  dutyFieldsSchema,
  dutySchema,
  emergencyPlanFieldsSchema,
  emergencyPlanSchema,
  filingFormFieldsSchema,
  filingFormSchema,
  filingRecordSchema,
  findingSchema,
  gradingRecordSchema,
  infoProtectionFieldsSchema,
  infoProtectionSchema,
  itemStatusPatchSchema,
  majorHiddenRiskFieldsSchema,
  majorHiddenRiskSchema,
  mlpsUnitSchema,
  objectSummarySchema,
  objectViewSchema,
  recordIdSchema,
  recoveryRecordSchema,
  recoveryViewSchema,
  remediationEntrySchema,
  remediationFieldsSchema,
  remediationStatusSchema,
  remediationTaskSchema,
  riskFieldsSchema,
  riskSchema,
  saveObjectInputSchema,
  scheduleRecordFieldsSchema,
  scoreReportSchema,
} from './records';
import { EXTENSION_SETS, controlPointStatusSchema, gradingInputSchema, gradingResultSchema } from './schemas';

const byId = z.object({ id: recordIdSchema });
const byObject = z.object({ objectId: recordIdSchema });
const removed = z.object({ removed: z.boolean() });
const extensionsSchema = z.array(z.enum(EXTENSION_SETS, { message: 'validation.invalidOption' })).default([]);

const list = <R extends z.ZodType>(record: R) => method({ kind: 'read', input: z.object({}), output: z.array(record) });
const remove = method({ kind: 'write', input: byId, output: removed });

export const mlpsMethods = {
  // Register
  'mlps.listObjects': method({ kind: 'read', input: z.object({}), output: z.array(objectSummarySchema) }),
  'mlps.getObject': method({ kind: 'read', input: byId, output: objectViewSchema }),
  'mlps.saveObject': method({ kind: 'write', input: saveObjectInputSchema, output: objectViewSchema }),
  /** Refused while other objects are hosted on it; its grading, filing, assessment and tasks go with it. */
  'mlps.removeObject': method({ kind: 'write', input: byId, output: removed }),

  // Grading
  /** The matrix alone: nothing is stored. */
  'mlps.grade': method({ kind: 'read', input: gradingInputSchema, output: gradingResultSchema }),
  'mlps.saveGrading': method({ kind: 'write', input: gradingRecordSchema.extend({ objectId: recordIdSchema }), output: objectViewSchema }),
  /** The grading checks across the whole register. */
  'mlps.checkGrading': method({ kind: 'read', input: z.object({}), output: z.array(findingSchema) }),

  // Filing and schedule
  'mlps.saveFiling': method({ kind: 'write', input: filingRecordSchema.extend({ objectId: recordIdSchema }), output: objectViewSchema }),
  'mlps.removeFiling': method({ kind: 'write', input: byObject, output: objectViewSchema }),
  /** Records a self-inspection (自查) or a 保护工作方案 as done on a day; the schedule's next due date follows it. */
  'mlps.saveScheduleRecord': method({
    kind: 'write',
    input: scheduleRecordFieldsSchema.extend({ id: recordIdSchema.optional() }),
    output: objectViewSchema,
  }),
  'mlps.removeScheduleRecord': method({ kind: 'write', input: byId, output: objectViewSchema }),
  /** Tables 1–4 of the 2025 filing form and its data inventory sheets, for the reports to print. */
  'mlps.filingForm': method({ kind: 'read', input: byObject, output: filingFormSchema }),
  /** Table 1 beyond the profile, with the unit's 备案表编号: one record per unit (empty fields until saved). */
  'mlps.getUnit': method({ kind: 'read', input: z.object({}), output: mlpsUnitSchema }),
  /** A code not in its list is refused at its field; nothing is stored. */
  'mlps.saveUnit': method({ kind: 'write', input: mlpsUnitSchema, output: mlpsUnitSchema }),
  /** Tables 2–3's coded options of one object; a code not in its list is refused at its field. */
  'mlps.saveFilingFormFields': method({
    kind: 'write',
    input: filingFormFieldsSchema.extend({ objectId: recordIdSchema }),
    output: filingFormSchema,
  }),

  // Catalog
  'mlps.catalogItems': method({
    kind: 'read',
    input: z.object({ level: z.number().int({ message: 'validation.invalidType' }), extensions: extensionsSchema }),
    output: z.object({ catalog: catalogRefSchema, items: z.array(catalogItemViewSchema) }),
  }),
  'mlps.listCatalogs': method({ kind: 'read', input: z.object({}), output: z.array(catalogSummarySchema) }),
  /** A catalog JSON file; one whose counts differ from the standard's is accepted with the warnings returned. */
  'mlps.importCatalog': method({
    kind: 'write',
    backupBefore: true,
    input: z.object({ path: pathField('read') }),
    output: z.object({ catalog: catalogSummarySchema, warnings: z.array(findingSchema) }),
  }),
  'mlps.activateCatalog': method({
    kind: 'write',
    input: z.object({ id: z.string().min(1), version: z.string().min(1) }),
    output: catalogSummarySchema,
  }),

  // Gap assessment
  'mlps.getAssessment': method({ kind: 'read', input: byObject, output: assessmentViewSchema }),
  /** All or nothing: one item outside the object's scope and no status is saved. */
  'mlps.saveItemStatuses': method({
    kind: 'write',
    input: z.object({ objectId: recordIdSchema, items: z.array(itemStatusPatchSchema).min(1) }),
    output: scoreReportSchema,
  }),
  'mlps.saveControlPoint': method({
    kind: 'write',
    input: z.object({
      objectId: recordIdSchema,
      controlPointId: z.string().min(1),
      status: controlPointStatusSchema,
      note: z.string().max(2000).optional(),
    }),
    output: scoreReportSchema,
  }),
  'mlps.score': method({ kind: 'read', input: byObject, output: scoreReportSchema }),
  /** Replaces the target's statuses with the source's, for the items both have in scope. */
  'mlps.copyAssessment': method({
    kind: 'write',
    input: z.object({ fromObjectId: recordIdSchema, toObjectId: recordIdSchema }),
    output: z.object({ copiedItems: z.number().int(), copiedControlPoints: z.number().int(), skippedItems: z.number().int() }),
  }),

  // Major hidden risks (重大风险隐患): a register per object that the 2025 conclusion reads
  'mlps.listMajorHiddenRisks': method({
    kind: 'read',
    input: z.object({ objectId: recordIdSchema.optional() }),
    output: z.array(majorHiddenRiskSchema),
  }),
  /** Refused, nothing stored, when a finding it names is not in the object's assessment (at `itemIds[n]`). */
  'mlps.saveMajorHiddenRisk': method({
    kind: 'write',
    input: majorHiddenRiskFieldsSchema.extend({ id: recordIdSchema.optional() }),
    output: majorHiddenRiskSchema,
  }),
  'mlps.removeMajorHiddenRisk': remove,

  // Remediation and the action plan
  'mlps.listRemediation': method({
    kind: 'read',
    input: z.object({ objectId: recordIdSchema.optional(), status: remediationStatusSchema.optional() }),
    output: z.array(remediationEntrySchema),
  }),
  'mlps.saveRemediation': method({
    kind: 'write',
    input: remediationFieldsSchema.extend({ id: recordIdSchema.optional() }),
    output: remediationTaskSchema,
  }),
  'mlps.removeRemediation': remove,
  /** Open gaps and remediation of every object (or one) as an XLSX plan of action and milestones. */
  'mlps.exportActionPlan': method({
    kind: 'read',
    consistency: 'committed',
    long: true,
    input: z.object({ path: pathField('write'), objectId: recordIdSchema.optional() }),
    output: z.object({ path: z.string(), gaps: z.number().int(), tasks: z.number().int() }),
  }),

  // Enterprise mechanisms
  'mlps.listEmergencyPlans': list(emergencyPlanSchema),
  'mlps.saveEmergencyPlan': method({
    kind: 'write',
    input: emergencyPlanFieldsSchema.extend({ id: recordIdSchema.optional() }),
    output: emergencyPlanSchema,
  }),
  'mlps.removeEmergencyPlan': remove,
  'mlps.listDrills': list(drillSchema),
  'mlps.saveDrill': method({ kind: 'write', input: drillFieldsSchema.extend({ id: recordIdSchema.optional() }), output: drillSchema }),
  'mlps.removeDrill': remove,
  'mlps.listRisks': list(riskSchema),
  'mlps.saveRisk': method({ kind: 'write', input: riskFieldsSchema.extend({ id: recordIdSchema.optional() }), output: riskSchema }),
  'mlps.removeRisk': remove,
  'mlps.listInfoProtection': list(infoProtectionSchema),
  'mlps.saveInfoProtection': method({
    kind: 'write',
    input: infoProtectionFieldsSchema.extend({ id: recordIdSchema.optional() }),
    output: infoProtectionSchema,
  }),
  'mlps.removeInfoProtection': remove,
  /** The posts with the separation check of the three administrators, per object and enterprise-wide. */
  'mlps.listDuties': method({
    kind: 'read',
    input: z.object({}),
    output: z.object({ duties: z.array(dutySchema), findings: z.array(findingSchema) }),
  }),
  'mlps.saveDuty': method({ kind: 'write', input: dutyFieldsSchema.extend({ id: recordIdSchema.optional() }), output: dutySchema }),
  'mlps.removeDuty': remove,
  'mlps.listRecovery': method({ kind: 'read', input: z.object({}), output: z.array(recoveryViewSchema) }),
  'mlps.saveRecovery': method({ kind: 'write', input: recoveryRecordSchema, output: recoveryViewSchema }),
  'mlps.removeRecovery': method({ kind: 'write', input: byObject, output: removed }),

  // Dashboard
  'mlps.dashboard': method({ kind: 'read', input: z.object({}), output: dashboardSchema }),
};
