import type { Scenario } from '../harness';
import { assessmentScenarios } from './assessment';
import { foundationScenarios } from './foundation';

/** Every bench scenario. A domain adds its list here. */
export const scenarios: Scenario[] = [...foundationScenarios, ...assessmentScenarios];
