import type { Scenario } from '../harness';
import { foundationScenarios } from './foundation';
import { samScenarios } from './sam';

/** Every bench scenario. A domain adds its list here. */
export const scenarios: Scenario[] = [...foundationScenarios, ...samScenarios];
