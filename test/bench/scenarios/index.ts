import type { Scenario } from '../harness';
import { filingScenarios } from './filing';
import { foundationScenarios } from './foundation';

/** Every bench scenario. A domain adds its list here. */
export const scenarios: Scenario[] = [...foundationScenarios, ...filingScenarios];
