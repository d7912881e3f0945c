import type { Scenario } from '../harness';
import { foundationScenarios } from './foundation';
import { mlpsScenarios } from './mlps';

/** Every bench scenario. A domain adds its list here. */
export const scenarios: Scenario[] = [...foundationScenarios, ...mlpsScenarios];
