import type { Scenario } from '../harness';
import { auditScenarios } from './audit';
import { foundationScenarios } from './foundation';

/** Every bench scenario. A domain adds its list here. */
export const scenarios: Scenario[] = [...foundationScenarios, ...auditScenarios];
