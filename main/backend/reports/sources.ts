/**
 * What a report prints from: the workspace's canonical data JSON (`WorkspaceData`, as exportWorkspaceData gives
 * it — every section already validated by its domain's schema on its way into the workspace), projected into
 * what the report sections need. No shape is guessed here and nothing is re-validated: each part below reads the
 * domain's own section and applies the domain's own rules (grading, schedule, gap scoring, the filing form, the
 * licence position).
 *
 * Where a section of the data is empty the part is empty (or null), and every report section prints a short
 * "not recorded" line for it.
 */
import type { AssessmentRecord, AssessmentScore, Finalization, Template } from '../../../shared/contract/assessment/schemas';
import type { Finding } from '../../../shared/contract/core';
import type { WorkspaceData } from '../../../shared/contract/data';
import type { DeclarationRecord } from '../../../shared/contract/declarations/schemas';
import type { FormDefinition } from '../../../shared/contract/forms/schemas';
import type { GovernanceData } from '../../../shared/contract/governance/schemas';
import {
  TABLE4_DOCUMENTS,
  type FilingForm,
  type FilingFormFields,
  type FilingRecord,
  type MajorHiddenRisk,
  type ObjectView as MlpsObjectView,
  type ProtectedObject,
  type RecoveryRecord,
  type RemediationTask,
} from '../../../shared/contract/mlps/records';
import type {
  CatalogLevel,
  ControlCatalog,
  ControlPointAssessment,
  ExtensionSet,
  GradedObject,
  ItemAssessment,
  MlpsLevel,
} from '../../../shared/contract/mlps/schemas';
import type { PlanPolicy, PlanRecord } from '../../../shared/contract/plan/schemas';
import { BUILT_IN_POLICIES } from '../../../shared/catalogs/plan/policies';
import { pickPolicy } from '../../../shared/domain/plan';
import type { Profile } from '../../../shared/contract/profile/schemas';
import {
  assessableLevel,
  buildFilingForm,
  catalogInUse,
  checkGrading,
  gradedObjectOf,
  gradeObject,
  scoreObjectGap,
  type FilingDocument,
  type ScoreReport,
} from '../../../shared/domain/mlps';
import { computeLicencePosition, type LicencePosition } from '../../../shared/domain/sam/position';
import { BUILTIN_TEMPLATES } from '../assessment/templates';
import { findFormIn, formEntries } from '../declarations/forms';
import { filingDocumentEntity } from '../mlps';
import { scheduleOf } from '../mlps/objects';

// ── assessment: the finalized result of each year ─────────────────────────────────────────────────────

export type FinalizedRecord = AssessmentRecord & { finalization: Finalization };

export interface FinalizedAssessment {
  record: FinalizedRecord;
  /** The score stored when the assessment was finalized: what was finalized is what is printed. */
  score: AssessmentScore;
  /** Its template (for element and indicator names); null if the data does not carry it. */
  template: Template | null;
}

/**
 * One finalized assessment per year, oldest year first: the year's highest finalized revision. A revision
 * supersedes the finalized one before it only once it is finalized itself (as the assessment domain reads
 * the current grade), so a draft revision in progress leaves the finalized one standing.
 */
export function finalizedByYear(records: readonly AssessmentRecord[], templates: readonly Template[]): FinalizedAssessment[] {
  const known = [...templates, ...BUILTIN_TEMPLATES];
  const byYear = new Map<number, FinalizedRecord>();
  for (const record of records) {
    if (record.status !== 'finalized' || record.finalization === null) continue;
    const previous = byYear.get(record.year);
    if (!previous || previous.revision < record.revision) byYear.set(record.year, { ...record, finalization: record.finalization });
  }
  return [...byYear.values()]
    .sort((a, b) => a.year - b.year)
    .map((record) => ({
      record,
      score: record.finalization.score,
      template: known.find((t) => t.id === record.templateId && t.version === record.templateVersion) ?? null,
    }));
}

// ── plan: the latest climbing plan ────────────────────────────────────────────────────────────────────

/** The plan of the latest year (one plan per year), with its status and progress snapshots. */
export function latestPlan(plans: readonly PlanRecord[]): PlanRecord | null {
  return plans.reduce<PlanRecord | null>(
    (latest, record) => (latest === null || record.plan.year > latest.plan.year ? record : latest),
    null,
  );
}

// ── mlps: each protected object with everything the domain's rules say about it ──────────────────────

export type GradingView = NonNullable<MlpsObjectView['grading']>;
export type ObjectSchedule = MlpsObjectView['schedule'];

/** An object's stored gap assessment within its scope (its level and extensions). */
export interface ObjectGapAssessment {
  level: CatalogLevel;
  extensions: ExtensionSet[];
  items: Array<ItemAssessment & { note: string }>;
  controlPoints: Array<ControlPointAssessment & { note: string }>;
}

export interface MlpsObjectSource {
  /** The register's fields (table 2 of the filing form). */
  object: ProtectedObject;
  /** The two judgements, their levels and the sign-offs; null while ungraded. */
  grading: GradingView | null;
  level: MlpsLevel | null;
  filing: FilingRecord | null;
  /** Filing, certificate and assessment deadlines as of the report's day (none while ungraded). */
  schedule: ObjectSchedule;
  /** Null when the object has no gap assessment recorded, or cannot be assessed (ungraded, level not in the catalog). */
  gap: ObjectGapAssessment | null;
  score: ScoreReport | null;
  remediation: RemediationTask[];
  /** Its 重大风险隐患, for the 保护工作方案. */
  majorHiddenRisks: MajorHiddenRisk[];
  recovery: RecoveryRecord | null;
  /** Tables 1–4 of the 2025 filing form with its data sheets, as the mlps domain builds them. */
  filingForm: FilingForm;
  /** Grading checks that concern this object (a host graded lower, a missing sign-off …). */
  findings: Finding[];
}

export interface MlpsSource {
  objects: MlpsObjectSource[];
  /** The catalog assessments are scored against: the imported active one, else the built-in one. */
  catalog: ControlCatalog;
}

/** Names of the files attached as each filing document, from the data JSON's attachment index. */
function filingAttachments(attachments: WorkspaceData['attachments'], objectId: string): Partial<Record<FilingDocument, string[]>> {
  const documents: FilingDocument[] = ['gradingReport', ...TABLE4_DOCUMENTS];
  return Object.fromEntries(
    documents.map((document) => {
      const entity = filingDocumentEntity(objectId, document);
      return [document, attachments.filter((a) => a.owner.domain === 'mlps' && a.owner.entityId === entity).map((a) => a.name)];
    }),
  );
}

/** The object's filing-form fields as the data JSON carries them, without the object id. */
function fieldsOf(all: WorkspaceData['mlps']['filingForms'], objectId: string): FilingFormFields | null {
  const found = all.find((entry) => entry.objectId === objectId);
  if (!found) return null;
  const { objectId: _id, ...fields } = found;
  return fields;
}

export function mlpsSource(data: WorkspaceData, asOf: string): MlpsSource | null {
  const { mlps } = data;
  if (mlps.objects.length === 0) return null;
  const catalog = catalogInUse(mlps);
  const gradings = mlps.objects.map((object): GradingView | null => {
    if (!object.grading) return null;
    const levels = gradeObject(object.grading);
    return { ...object.grading, businessLevel: levels.business, serviceLevel: levels.service, level: levels.level };
  });
  const register: GradedObject[] = mlps.objects.map((object, row) => gradedObjectOf(object, gradings[row] ?? null, object.materialChange));
  const gradingFindings = checkGrading(register);
  const levels = register.map((entry) => ({ id: entry.id, name: entry.name, level: entry.level ?? null }));

  return {
    catalog,
    objects: mlps.objects.map(({ grading: _grading, filing, materialChange: _change, ...object }, row): MlpsObjectSource => {
      const grading = gradings[row] ?? null;
      const stored = mlps.assessments.find((assessment) => assessment.objectId === object.id);
      // Scored as the mlps domain scopes it: graded, at a level the catalog has, over the object's extensions.
      const level = grading ? assessableLevel(catalog, grading.level) : null;
      const gap: ObjectGapAssessment | null =
        stored && level !== null
          ? { level, extensions: object.extensions, items: stored.items, controlPoints: stored.controlPoints }
          : null;
      return {
        object,
        grading,
        level: grading?.level ?? null,
        filing,
        schedule: scheduleOf(
          object,
          grading,
          filing,
          mlps.scheduleRecords.filter((record) => record.objectId === object.id),
          asOf,
        ),
        gap,
        score: gap
          ? scoreObjectGap(catalog, { ...gap, majorHiddenRisks: mlps.majorHiddenRisks.filter((risk) => risk.objectId === object.id) })
          : null,
        remediation: mlps.remediation.filter((task) => task.objectId === object.id),
        majorHiddenRisks: mlps.majorHiddenRisks.filter((risk) => risk.objectId === object.id),
        recovery: mlps.recovery.find((record) => record.objectId === object.id) ?? null,
        filingForm: buildFilingForm({
          profile: data.profile,
          register: levels,
          object,
          grading,
          filing,
          unit: mlps.unit,
          fields: fieldsOf(mlps.filingForms, object.id),
          attachments: filingAttachments(data.attachments, object.id),
        }),
        findings: gradingFindings.filter((finding) => finding.row === row || finding.params?.platformId === object.id),
      };
    }),
  };
}

// ── declarations: each one with the definition it was entered against ────────────────────────────────

export interface DeclarationSource {
  declaration: DeclarationRecord;
  /**
   * The definition of the version it was entered against (shipped or imported); failing that, the current
   * one of its form (the report says the versions differ); null when the form is not known at all.
   */
  definition: FormDefinition | null;
}

export function declarationSources(declarations: WorkspaceData['declarations']): DeclarationSource[] {
  const entries = formEntries(declarations.forms);
  return declarations.items.map((declaration) => ({
    declaration,
    definition: findFormIn(entries, declaration.formId, declaration.formVersion) ?? findFormIn(entries, declaration.formId),
  }));
}

// ── sam: the effective licence position, as SAM's rules compute it ───────────────────────────────────

export interface SamView {
  counts: { products: number; entitlements: number; installations: number };
  /** The effective licence position as of the report's day. */
  position: LicencePosition;
  /** Position snapshots, oldest first: the rate and the domestic share over time. */
  history: WorkspaceData['sam']['snapshots'];
}

/** Null while the SAM registers are empty. */
export function samSource(sam: WorkspaceData['sam'], asOf: string): SamView | null {
  const { products, entitlements, installations } = sam;
  if (products.length + entitlements.length + installations.length === 0) return null;
  return {
    counts: { products: products.length, entitlements: entitlements.length, installations: installations.length },
    position: computeLicencePosition({ products, entitlements, installations, today: asOf }),
    history: sam.snapshots,
  };
}

/** The plan's cycle policy as the workspace judges it: its newest loaded version, else the built-in one. */
function planPolicyOf(plan: PlanRecord | null, loaded: WorkspaceData['planPolicies']): PlanPolicy | null {
  return plan ? (pickPolicy(plan.plan.cycleId, loaded, BUILT_IN_POLICIES) ?? null) : null;
}

// ── everything together ──────────────────────────────────────────────────────────────────────────────

export interface ReportSources {
  /** The day the report is as of (YYYY-MM-DD): deadlines and "overdue" are judged against it. */
  asOf: string;
  profile: Profile | null;
  /** Finalized assessments, one per year, oldest first; empty when none is finalized. */
  assessments: FinalizedAssessment[];
  plan: PlanRecord | null;
  /** The policy of the plan's cycle; null without a plan or for a cycle this workspace does not know. */
  planPolicy: PlanPolicy | null;
  /** Null while the register is empty. */
  mlps: MlpsSource | null;
  /** The mechanisms of the opinion's point 5, as recorded (risks, emergency plans, drills, information, posts). */
  mechanisms: Pick<WorkspaceData['mlps'], 'risks' | 'emergencyPlans' | 'drills' | 'infoProtection' | 'duties' | 'majorHiddenRisks'>;
  sam: SamView | null;
  governance: GovernanceData;
  declarations: DeclarationSource[];
}

/** `asOf`: the day the report is as of (YYYY-MM-DD). */
export function collectSources(data: WorkspaceData, asOf: string): ReportSources {
  return {
    asOf,
    profile: data.profile,
    assessments: finalizedByYear(data.assessments, data.assessmentTemplates),
    plan: latestPlan(data.plans),
    planPolicy: planPolicyOf(latestPlan(data.plans), data.planPolicies),
    mlps: mlpsSource(data, asOf),
    mechanisms: {
      majorHiddenRisks: data.mlps.majorHiddenRisks,
      risks: data.mlps.risks,
      emergencyPlans: data.mlps.emergencyPlans,
      drills: data.mlps.drills,
      infoProtection: data.mlps.infoProtection,
      duties: data.mlps.duties,
    },
    sam: samSource(data.sam, asOf),
    governance: data.governance,
    declarations: declarationSources(data.declarations),
  };
}
