import type { Scenario } from '../harness';
import { assessmentScenarios } from './assessment';
import { auditScenarios } from './audit';
import { foundationScenarios } from './foundation';
import { mlpsScenarios } from './mlps';
import { reportsScenarios } from './reports';
import { samScenarios } from './sam';

/** Every bench scenario. A domain adds its list here. */
export const scenarios: Scenario[] = [
  ...foundationScenarios,
  ...assessmentScenarios,
  ...mlpsScenarios,
  ...samScenarios,
  ...reportsScenarios,
  ...auditScenarios,
];
