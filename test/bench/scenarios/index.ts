import type { Scenario } from '../harness';
import { assessmentScenarios } from './assessment';
import { auditScenarios } from './audit';
import { filingScenarios } from './filing';
import { foundationScenarios } from './foundation';
import { mlpsScenarios } from './mlps';
import { receiverScenarios } from './receiver';
import { reportsScenarios } from './reports';
import { samScenarios } from './sam';
import { startupScenarios } from './startup';

/** Every bench scenario. A domain adds its list here. */
export const scenarios: Scenario[] = [
  ...foundationScenarios,
  ...startupScenarios,
  ...assessmentScenarios,
  ...mlpsScenarios,
  ...samScenarios,
  ...reportsScenarios,
  ...filingScenarios,
  ...auditScenarios,
  ...receiverScenarios,
];
