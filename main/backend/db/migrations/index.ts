import type { Migration } from '../migrate';
import { migration001Core } from './001-core';
import { migration002AssessmentPlan } from './002-assessment-plan';
import { migration003Sam } from './003-sam';
import { migration004Mlps } from './004-mlps';
import { migration005Governance } from './005-governance';
import { migration006Filing } from './006-filing';
import { migration008Audit } from './008-audit';
import { migration009MlpsMajorHiddenRisks } from './009-mlps-major-hidden-risks';
import { migration010PlanCycles } from './010-plan-cycles';
import { migration011MlpsFilingForm2025 } from './011-mlps-filing-form-2025';
import { migration012MlpsScheduleRules } from './012-mlps-schedule-rules';
import { migration013SamLearningImport } from './013-sam-learning-import';
import { migration014SamInspectionFields } from './014-sam-inspection-fields';
import { migration015FilingChain } from './015-filing-chain';
import { migration016MlpsMajorRiskFoundOn } from './016-mlps-major-risk-found-on';
import { migration017FilingRollup } from './017-filing-rollup';
import { migration018FilingFacts } from './018-filing-facts';

/** Every migration, in order. Numbers only go up; a released migration is never edited. */
export const migrations: readonly Migration[] = [
  migration001Core,
  migration002AssessmentPlan,
  migration003Sam,
  migration004Mlps,
  migration005Governance,
  migration006Filing,
  migration008Audit,
  migration009MlpsMajorHiddenRisks,
  migration010PlanCycles,
  migration011MlpsFilingForm2025,
  migration012MlpsScheduleRules,
  migration013SamLearningImport,
  migration014SamInspectionFields,
  migration015FilingChain,
  migration016MlpsMajorRiskFoundOn,
  migration017FilingRollup,
  migration018FilingFacts,
];
